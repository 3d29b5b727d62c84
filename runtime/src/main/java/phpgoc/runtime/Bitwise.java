package phpgoc.runtime;

/** Bitwise operators (also on byte strings for & | ^ ~). */
public final class Bitwise {
    private Bitwise() {}

    public static Object and(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x & y;
        a = Values.deref(a);
        b = Values.deref(b);
        if (Values.isString(a) && Values.isString(b)) return bytes(Convert.toStr(a), Convert.toStr(b), '&');
        return Arith.toIntOperand(a, "&", a, b) & Arith.toIntOperand(b, "&", a, b);
    }

    public static Object or(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x | y;
        a = Values.deref(a);
        b = Values.deref(b);
        if (Values.isString(a) && Values.isString(b)) return bytes(Convert.toStr(a), Convert.toStr(b), '|');
        return Arith.toIntOperand(a, "|", a, b) | Arith.toIntOperand(b, "|", a, b);
    }

    public static Object xor(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x ^ y;
        a = Values.deref(a);
        b = Values.deref(b);
        if (Values.isString(a) && Values.isString(b)) return bytes(Convert.toStr(a), Convert.toStr(b), '^');
        return Arith.toIntOperand(a, "^", a, b) ^ Arith.toIntOperand(b, "^", a, b);
    }

    /** Bytewise string operation: {@code |} keeps the longer length, {@code & ^} the shorter. */
    private static String bytes(String x, String y, char op) {
        int n = op == '|' ? Math.max(x.length(), y.length()) : Math.min(x.length(), y.length());
        char[] r = new char[n];
        for (int i = 0; i < n; i++) {
            char c = i < x.length() ? x.charAt(i) : 0, d = i < y.length() ? y.charAt(i) : 0;
            r[i] = (char) (op == '&' ? c & d : op == '|' ? c | d : c ^ d);
        }
        return new String(r);
    }

    public static Object not(Object a) {
        if (a instanceof Long x) return ~x;
        a = Values.deref(a);
        if (a instanceof Long x) return ~x;
        if (a instanceof Double d) return ~Arith.floatToIntOperand(d);
        if (Values.isString(a)) {
            String s = Convert.toStr(a);
            char[] r = new char[s.length()];
            for (int i = 0; i < r.length; i++) r[i] = (char) (~s.charAt(i) & 0xFF);
            return new String(r);
        }
        throw new PhpError("TypeError", "Cannot perform bitwise not on " + Values.typeName(a));
    }

    public static Object shl(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return shlInts(x, y);
        return Arith.intOp(a, b, "<<", Bitwise::shlInts);
    }

    public static Object shr(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return shrInts(x, y);
        return Arith.intOp(a, b, ">>", Bitwise::shrInts);
    }

    private static Object shlInts(long x, long y) {
        if (y < 0) throw new PhpError("ArithmeticError", "Bit shift by negative number");
        return y >= 64 ? 0L : x << y;
    }

    private static Object shrInts(long x, long y) {
        if (y < 0) throw new PhpError("ArithmeticError", "Bit shift by negative number");
        return y >= 64 ? (x < 0 ? -1L : 0L) : x >> y;
    }
}
