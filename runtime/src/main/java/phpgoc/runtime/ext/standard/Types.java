package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/** Type predicates and conversions of ext/standard (is_*, gettype, intval, settype...). */
public final class Types {
    private Types() {}

    public static boolean is_int(Object value) { return value instanceof Long; }
    public static boolean is_float(Object value) { return value instanceof Double; }
    public static boolean is_string(Object value) { return Values.isString(value); }
    public static boolean is_bool(Object value) { return value instanceof Boolean; }
    public static boolean is_array(Object value) { return value instanceof PhpArray; }
    public static boolean is_null(Object value) { return value == null || value == Values.UNDEF; }
    public static boolean is_iterable(Object value) {
        return value instanceof PhpArray || value instanceof phpgoc.runtime.PhpObject o && o.cls.isA("traversable");
    }

    public static boolean is_countable(Object value) { return value instanceof PhpArray || phpgoc.runtime.Spl.isCountable(value); }

    public static boolean is_scalar(Object value) {
        return value instanceof Long || value instanceof Double || value instanceof Boolean || Values.isString(value);
    }

    public static boolean is_numeric(Object value) {
        if (value instanceof Long || value instanceof Double) return true;
        return Values.isString(value) && Convert.isNumericString(Convert.toStr(value));
    }

    public static String gettype(Object value) { return Values.getType(value); }

    public static String get_debug_type(Object value) {
        Object v = Values.deref(value);
        return v instanceof phpgoc.runtime.PhpResource r ? r.debugType() : Values.typeName(v);
    }

    public static boolean is_resource(Object value) {
        return Values.deref(value) instanceof phpgoc.runtime.PhpResource r && !r.isClosed();
    }

    public static long intval(Object value) { return Convert.castLong(value); }

    public static long intval(Object value, Object base) {
        long b = Args.toInt(base, "intval", 2, "base");
        if (!Values.isString(value) || b == 10) return Convert.castLong(value);
        String s = Convert.toStr(value);
        if (b == 0 || b == 2) {
            int i = 0;
            while (i < s.length() && isSpace(s.charAt(i))) i++;
            String t = s.substring(i);
            if (t.length() > 2) {
                int off = t.charAt(0) == '-' || t.charAt(0) == '+' ? 1 : 0;
                if (t.charAt(off) == '0' && (t.charAt(off + 1) == 'b' || t.charAt(off + 1) == 'B')) {
                    return strtol(t.substring(0, off) + t.substring(off + 2), 2);
                }
            }
        }
        return strtol(s, (int) b);
    }

    private static boolean isSpace(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

    /** C's strtol: whitespace, sign, base prefix (base 0 or 16), digits; saturates on overflow. */
    static long strtol(String s, int base) {
        if (base != 0 && (base < 2 || base > 36)) return 0;
        int i = 0, n = s.length();
        while (i < n && isSpace(s.charAt(i))) i++;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) neg = s.charAt(i++) == '-';
        if ((base == 0 || base == 16) && i + 1 < n && s.charAt(i) == '0' && (s.charAt(i + 1) | 0x20) == 'x'
                && i + 2 < n && Character.digit(s.charAt(i + 2), 16) >= 0 && s.charAt(i + 2) < 128) {
            i += 2;
            base = 16;
        } else if (base == 0) {
            base = i < n && s.charAt(i) == '0' ? 8 : 10;
        }
        long acc = 0;
        boolean overflow = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            int d = c < 128 ? Character.digit(c, base) : -1;
            if (d < 0) break;
            if (!overflow) {
                // accumulate negatively so that Long.MIN_VALUE fits
                if (acc < (Long.MIN_VALUE + d) / base) overflow = true;
                else acc = acc * base - d;
            }
        }
        if (overflow) return neg ? Long.MIN_VALUE : Long.MAX_VALUE;
        if (neg) return acc;
        return acc == Long.MIN_VALUE ? Long.MAX_VALUE : -acc;
    }

    public static double floatval(Object value) { return Convert.castDouble(value); }

    public static String strval(Object value) { return Convert.toStr(value); }

    public static boolean boolval(Object value) { return Convert.toBool(value); }

    public static boolean settype(Context ctx, Ref var, Object type) {
        String t = Args.str(type, "settype", 2, "type");
        Object v = var.get();
        Object r = switch (t.toLowerCase(java.util.Locale.ROOT)) {
            case "boolean", "bool" -> Convert.toBool(v);
            case "integer", "int" -> Convert.castLong(v);
            case "float", "double" -> Convert.castDouble(v);
            case "string" -> Convert.toStr(v);
            case "array" -> v instanceof PhpArray ? v : phpgoc.runtime.ObjectArrays.toArray(v);
            case "object" -> phpgoc.runtime.ObjectArrays.toObject(ctx, v);
            case "null" -> null;
            default -> throw new PhpError("ValueError", "settype(): Argument #2 ($type) must be a valid type");
        };
        var.set(r);
        return true;
    }
}
