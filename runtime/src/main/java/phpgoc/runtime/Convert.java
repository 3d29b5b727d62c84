package phpgoc.runtime;

/** PHP's type conversions (casts, numeric strings, array keys, float printing). */
public final class Convert {
    private Convert() {}

    /** {@code (bool)}. */
    public static boolean toBool(Object v) { throw todo(); }
    /** {@code (int)}: no warnings; floats out of range/NaN give 0 as php 8 on 64-bit does... (see php). */
    public static long toLong(Object v) { throw todo(); }
    /** {@code (float)}. */
    public static double toDouble(Object v) { throw todo(); }
    /** {@code (string)}: floats use ini precision (14 by default); arrays give "Array" with a warning. */
    public static String toStr(Object v) { throw todo(); }
    /** A float as {@code echo} prints it at {@code precision} significant digits ("0.3", "1.0E+25", "-0", "INF", "NAN"). */
    public static String doubleToString(double d, int precision) { throw todo(); }
    /** A float as var_dump/var_export/json print it (serialize_precision -1: shortest round-trip repr, "1.0E+25", "0.30000000000000004"). */
    public static String doubleRepr(double d) { throw todo(); }
    /** The number a numeric string denotes (Long or Double), allowing leading/trailing whitespace; null if not numeric. */
    public static Object parseNumeric(String s) { throw todo(); }
    /** {@code is_numeric} on a string. */
    public static boolean isNumericString(String s) { throw todo(); }
    /** Normalises an array key: int stays, canonical decimal strings become int, floats truncate (deprecation if fractional), bools 0/1, null "". Returns Long or String. Throws TypeError "Illegal offset type" for arrays. */
    public static Object toKey(Object v) { throw todo(); }
    /** {@code (array)} cast. */
    public static PhpArray toArray(Object v) { throw todo(); }

    static UnsupportedOperationException todo() { return new UnsupportedOperationException("not implemented yet"); }
}
