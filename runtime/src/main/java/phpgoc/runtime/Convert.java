package phpgoc.runtime;

/** PHP's type conversions (casts, numeric strings, array keys, float printing). */
public final class Convert {
    private Convert() {}

    private static final double TWO_63 = 9223372036854775808.0;
    private static final double TWO_64 = 18446744073709551616.0;

    /** {@code (bool)}. */
    public static boolean toBool(Object v) {
        if (v instanceof Boolean b) return b;
        if (v == null || v == Values.UNDEF) return false;
        if (v instanceof Long l) return l != 0;
        if (v instanceof Double d) return d != 0.0;
        if (v instanceof String s) return !(s.isEmpty() || (s.length() == 1 && s.charAt(0) == '0'));
        if (v instanceof ConcatString c) return !(c.length() == 0 || (c.length() == 1 && c.charAt(0) == '0'));
        if (v instanceof PhpArray a) return a.size() > 0;
        if (v instanceof Ref r) return toBool(r.value);
        return true;
    }

    /**
     * {@code (int)}: no warnings. Floats truncate; NaN and infinities give 0; finite floats out of
     * range wrap modulo 2^64 (php 8 on 64-bit). Numeric strings that denote floats out of range
     * saturate at PHP_INT_MAX/PHP_INT_MIN.
     */
    public static long toLong(Object v) {
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return doubleToLong(d);
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v == null || v == Values.UNDEF) return 0;
        if (v instanceof String s) return strToLong(s);
        if (v instanceof ConcatString c) return strToLong(c.toString());
        if (v instanceof PhpArray a) return a.size() > 0 ? 1 : 0;
        if (v instanceof Ref r) return toLong(r.value);
        if (v instanceof PhpResource r) return r.id;
        return 1;
    }

    /** {@code (int)} as the cast and intval() do it: an object warns and gives 1. */
    public static long castLong(Object v) {
        if (v instanceof Long l) return l;
        if (v instanceof PhpObject o) {
            Context.current().warning("Object of class " + o.cls.name + " could not be converted to int");
            return 1;
        }
        return toLong(v);
    }

    /** {@code (float)} as the cast and floatval() do it: an object warns and gives 1.0. */
    public static double castDouble(Object v) {
        if (v instanceof Double d) return d;
        if (v instanceof PhpObject o) {
            Context.current().warning("Object of class " + o.cls.name + " could not be converted to float");
            return 1;
        }
        return toDouble(v);
    }

    /** php's zend_dval_to_lval: truncation, 0 for NaN/INF, modular arithmetic out of range. */
    public static long doubleToLong(double d) {
        if (d >= -TWO_63 && d < TWO_63) return (long) d;
        if (Double.isNaN(d) || Double.isInfinite(d)) return 0;
        double dmod = d % TWO_64;
        if (dmod < 0) {
            if (dmod == -TWO_63) return Long.MIN_VALUE;
            dmod += TWO_64;
        }
        if (dmod >= TWO_63) dmod -= TWO_64;
        return (long) dmod;
    }

    /** The string's integer value as {@code (int)"..."} gives it. */
    static long strToLong(String s) {
        Object n = NumericString.parseWhole(s);
        if (n == null) {
            NumericString.Num r = NumericString.parse(s);
            if (r == null) return 0;
            n = r.value();
        }
        if (n instanceof Long l) return l;
        return doubleToLongCap((Double) n);
    }

    /** zend_dval_to_lval_cap: strings denoting out-of-range floats saturate. */
    static long doubleToLongCap(double d) {
        if (Double.isNaN(d)) return 0;
        if (!(d >= -TWO_63 && d < TWO_63)) return d > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        return (long) d;
    }

    /** {@code (float)}. */
    public static double toDouble(Object v) {
        if (v instanceof Double d) return d;
        if (v instanceof Long l) return l;
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v == null || v == Values.UNDEF) return 0;
        if (v instanceof String s) return strToDouble(s);
        if (v instanceof ConcatString c) return strToDouble(c.toString());
        if (v instanceof PhpArray a) return a.size() > 0 ? 1 : 0;
        if (v instanceof Ref r) return toDouble(r.value);
        if (v instanceof PhpResource r) return r.id;
        return 1;
    }

    /** php's {@code zend_strtod} of the numeric prefix: {@code "-0"} is -0.0 (an integer 0 would lose the sign). */
    static double strToDouble(String s) {
        NumericString.Num r = NumericString.parse(s);
        if (r == null) return 0;
        if (!(r.value() instanceof Long l)) return (Double) r.value();
        if (l == 0 && s.indexOf('-') >= 0 && s.stripLeading().startsWith("-")) return -0.0;
        return l;
    }

    /** {@code (string)}: floats use ini precision (14 by default); arrays give "Array" with a warning. */
    public static String toStr(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof ConcatString c) return c.toString();
        if (v instanceof Long l) return Long.toString(l);
        if (v == null || v == Values.UNDEF) return "";
        if (v instanceof Boolean b) return b ? "1" : "";
        if (v instanceof Double d) return doubleToString(d, precision());
        if (v instanceof PhpArray) {
            warn("Array to string conversion");
            return "Array";
        }
        if (v instanceof Ref r) return toStr(r.value);
        if (v instanceof PhpResource r) return r.toString();
        if (v instanceof PhpObject o) return Magic.toStr(o);
        throw new PhpError("Error", "Object of class " + Values.typeName(v) + " could not be converted to string");
    }

    static int precision() {
        Context ctx = Context.current();
        return ctx == null ? 14 : ctx.ini.precision;
    }

    /** A float as {@code echo} prints it at {@code precision} significant digits ("0.3", "1.0E+25", "-0", "INF", "NAN"). */
    public static String doubleToString(double d, int precision) {
        if (precision == 14 && d == (long) d && Math.abs(d) < 1e14 && (d != 0 || 1 / d > 0)) {
            return Long.toString((long) d);
        }
        return FloatFormat.format(d, precision);
    }

    /** A float as var_dump/var_export/json print it (serialize_precision -1: shortest round-trip repr, "1.0E+25", "0.30000000000000004"). */
    public static String doubleRepr(double d) {
        if (d == (long) d && Math.abs(d) < 1e15 && (d != 0 || 1 / d > 0)) return Long.toString((long) d);
        return FloatFormat.repr(d);
    }

    /** The number a numeric string denotes (Long or Double), allowing leading/trailing whitespace; null if not numeric. */
    public static Object parseNumeric(String s) { return NumericString.parseWhole(s); }

    /** {@code is_numeric} on a string. */
    public static boolean isNumericString(String s) { return NumericString.parseWhole(s) != null; }

    /** Normalises an array key: int stays, canonical decimal strings become int, floats truncate (deprecation if fractional), bools 0/1, null "". Returns Long or String. Throws TypeError "Illegal offset type" for arrays. */
    public static Object toKey(Object v) {
        if (v instanceof Long) return v;
        if (v instanceof String s) return strKey(s);
        if (v instanceof ConcatString c) return strKey(c.toString());
        if (v instanceof Double d) return doubleKey(d);
        if (v instanceof Boolean b) return b ? 1L : 0L;
        if (v == null || v == Values.UNDEF) return "";
        if (v instanceof Ref r) return toKey(r.value);
        if (v instanceof PhpResource r) {
            warn("Resource ID#" + r.id + " used as offset, casting to integer (" + r.id + ")");
            return r.id;
        }
        throw new PhpError("TypeError", "Illegal offset type");
    }

    /** Whether v can be an array key at all (int, string, float, bool, null). */
    static boolean isKeyType(Object v) {
        if (v instanceof Ref r) v = r.value;
        return v == null || v == Values.UNDEF || v instanceof Long || v instanceof Double || v instanceof Boolean
                || Values.isString(v);
    }

    static Object strKey(String s) {
        int n = s.length();
        if (n == 0 || n > 20) return s;
        char c = s.charAt(0);
        if ((c < '0' || c > '9') && c != '-') return s;
        Long l = NumericString.canonicalInt(s);
        return l != null ? l : s;
    }

    static Long doubleKey(double d) {
        long l = doubleToLong(d);
        if (!Double.isFinite(d) || (double) l != d) {
            deprecated("Implicit conversion from float " + doubleRepr(d) + " to int loses precision");
        }
        return l;
    }

    /** {@code (array)} cast. */
    public static PhpArray toArray(Object v) {
        if (v instanceof Ref r) v = r.value;
        if (v instanceof PhpArray a) return a;
        if (v == null || v == Values.UNDEF) return new PhpArray();
        return PhpArray.of(v);
    }

    // ---- diagnostics through the current context (skipped when there is none, e.g. in unit tests)

    static void warn(String msg) {
        Context ctx = Context.current();
        if (ctx != null) ctx.warning(msg);
    }

    static void deprecated(String msg) {
        Context ctx = Context.current();
        if (ctx != null) ctx.deprecated(msg);
    }

    static UnsupportedOperationException todo() { return new UnsupportedOperationException("not implemented yet"); }
}
