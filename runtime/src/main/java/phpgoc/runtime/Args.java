package phpgoc.runtime;

/**
 * Argument coercion for library functions, in php's weak mode, with php's exact TypeError text:
 * {@code strlen(): Argument #1 ($string) must be of type string, array given}; null to a scalar
 * parameter gives the 8.1 deprecation "Passing null to parameter #1 ($string) of type string is deprecated".
 */
public final class Args {
    private Args() {}

    private static final double TWO_63 = 9223372036854775808.0;

    public static String str(Object v, String fn, int argNo, String param) { return str(v, fn, argNo, param, "string"); }

    /** {@link #str} of a parameter declared {@code array|string} whose value is not an array: php names that type. */
    public static String strOfArrayOrString(Object v, String fn, int argNo, String param) {
        return str(v, fn, argNo, param, "array|string");
    }

    private static String str(Object v, String fn, int argNo, String param, String type) {
        if (v instanceof String s) return s;
        if (v instanceof Ref r) v = r.value;
        if (v instanceof ConcatString c) return c.toString();
        if (v instanceof PhpObject o && Magic.hasToString(o)) return Magic.toStr(o);
        if (strict()) throw strictError(fn, argNo, param, type, v);
        if (v instanceof Long || v instanceof Double) return Convert.toStr(v);
        if (v instanceof Boolean b) return b ? "1" : "";
        if (v == null || v == Values.UNDEF) {
            nullDeprecated(fn, argNo, param, type);
            return "";
        }
        throw typeError(fn, argNo, param, type, v);
    }

    public static long toInt(Object v, String fn, int argNo, String param) {
        if (v instanceof Long l) return l;
        if (v instanceof Ref r) v = r.value;
        if (v instanceof Long l) return l;
        if (strict()) throw strictError(fn, argNo, param, "int", v);
        if (v instanceof Double d) {
            if (!fitsLong(d)) throw typeError(fn, argNo, param, "int", v);
            return Arith.floatToIntOperand(d);
        }
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v == null || v == Values.UNDEF) {
            nullDeprecated(fn, argNo, param, "int");
            return 0;
        }
        if (Values.isString(v)) {
            String s = Convert.toStr(v);
            Object n = NumericString.parseWhole(s);
            if (n instanceof Long l) return l;
            if (n instanceof Double d && fitsLong(d)) {
                long l = (long) d.doubleValue();
                if ((double) l != d) {
                    Convert.deprecated("Implicit conversion from float-string \"" + s + "\" to int loses precision");
                }
                return l;
            }
        }
        throw typeError(fn, argNo, param, "int", v);
    }

    private static boolean fitsLong(double d) { return d >= -TWO_63 && d < TWO_63; }

    public static double toFloat(Object v, String fn, int argNo, String param) {
        if (v instanceof Double d) return d;
        if (v instanceof Ref r) v = r.value;
        if (v instanceof Double d) return d;
        if (v instanceof Long l) return l;
        if (strict()) throw strictError(fn, argNo, param, "float", v);
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v == null || v == Values.UNDEF) {
            nullDeprecated(fn, argNo, param, "float");
            return 0;
        }
        if (Values.isString(v)) {
            Object n = NumericString.parseWhole(Convert.toStr(v));
            if (n != null) return ((Number) n).doubleValue();
        }
        throw typeError(fn, argNo, param, "float", v);
    }

    public static boolean toBool(Object v, String fn, int argNo, String param) {
        if (v instanceof Boolean b) return b;
        if (v instanceof Ref r) v = r.value;
        if (v instanceof Boolean b) return b;
        if (strict()) throw strictError(fn, argNo, param, "bool", v);
        if (v == null || v == Values.UNDEF) {
            nullDeprecated(fn, argNo, param, "bool");
            return false;
        }
        if (v instanceof Boolean || v instanceof Long || v instanceof Double || Values.isString(v)) return Convert.toBool(v);
        throw typeError(fn, argNo, param, "bool", v);
    }

    public static PhpArray array(Object v, String fn, int argNo, String param) {
        if (v instanceof PhpArray a) return a;
        if (v instanceof Ref r && r.value instanceof PhpArray a) return a;
        throw typeError(fn, argNo, param, "array", v instanceof Ref r ? r.value : v);
    }

    /** int|float parameters: a Long or Double. */
    public static Object number(Object v, String fn, int argNo, String param) {
        if (v instanceof Long || v instanceof Double) return v;
        if (v instanceof Ref r) v = r.value;
        if (v instanceof Long || v instanceof Double) return v;
        if (strict()) throw strictError(fn, argNo, param, "int|float", v);
        if (v instanceof Boolean b) return b ? 1L : 0L;
        if (v == null || v == Values.UNDEF) {
            nullDeprecated(fn, argNo, param, "int|float");
            return 0L;
        }
        if (Values.isString(v)) {
            Object n = NumericString.parseWhole(Convert.toStr(v));
            if (n != null) return n;
        }
        throw typeError(fn, argNo, param, "int|float", v);
    }

    /** ?string parameters: null stays null, anything else as {@link #str}. */
    public static String strOrNull(Object v, String fn, int argNo, String param) {
        if (v instanceof Ref r) v = r.value;
        if (v == null || v == Values.UNDEF) return null;
        return str(v, fn, argNo, param);
    }

    /** Whether the running call comes from a strict_types file ({@link Context#strictArgs}): no coercion. */
    private static boolean strict() {
        Context c = Context.current();
        return c != null && c.strictArgs;
    }

    private static PhpError strictError(String fn, int argNo, String param, String type, Object v) {
        Context.current().strictArgs = false;
        return typeError(fn, argNo, param, type, v);
    }

    /** The TypeError php raises for a parameter of type {@code type} given v. */
    public static PhpError typeError(String fn, int argNo, String param, String type, Object v) {
        return new PhpError("TypeError", fn + "(): Argument #" + argNo + " ($" + param + ") must be of type " + type
                + ", " + Values.typeName(v) + " given");
    }

    private static void nullDeprecated(String fn, int argNo, String param, String type) {
        NullCoercions.learn(fn, argNo, type);
        Convert.deprecated(fn + "(): Passing null to parameter #" + argNo + " ($" + param + ") of type " + type + " is deprecated");
    }
}
