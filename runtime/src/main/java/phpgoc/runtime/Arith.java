package phpgoc.runtime;

/** Arithmetic operators with PHP 8 semantics: int overflow to float, numeric strings, TypeErrors. */
public final class Arith {
    private Arith() {}

    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return add(x.longValue(), y.longValue());
        if (a instanceof Double x && b instanceof Double y) return x + y;
        return addSlow(a, b);
    }

    /** int + int, overflowing to float. */
    public static Object add(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) return (double) x + (double) y;
        return r;
    }

    private static Object addSlow(Object a, Object b) {
        a = Values.deref(a);
        b = Values.deref(b);
        if (a instanceof PhpArray x && b instanceof PhpArray y) return union(x, y);
        Object x = toNumber(a, "+", a, b);
        Object y = toNumber(b, "+", a, b);
        if (x instanceof Long l && y instanceof Long m) return add(l.longValue(), m.longValue());
        return ((Number) x).doubleValue() + ((Number) y).doubleValue();
    }

    /** {@code $a + $b} on arrays: the keys of b missing from a are added, a wins. */
    static PhpArray union(PhpArray a, PhpArray b) {
        if (b.size() == 0) return a.copy();
        if (a.size() == 0) return b.copy();
        PhpArray r = a.copy();
        for (int p = b.firstPos(); p >= 0; p = b.nextPos(p)) {
            Object k = b.keyAt(p);
            if (!r.containsKey(k)) {
                Object v = b.rawValueAt(p);
                if (v instanceof PhpArray arr) v = arr.copy();
                if (k instanceof Long l) r.put(l.longValue(), v); else r.putStr((String) k, v);
            }
        }
        return r;
    }

    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return sub(x.longValue(), y.longValue());
        if (a instanceof Double x && b instanceof Double y) return x - y;
        a = Values.deref(a);
        b = Values.deref(b);
        Object x = toNumber(a, "-", a, b);
        Object y = toNumber(b, "-", a, b);
        if (x instanceof Long l && y instanceof Long m) return sub(l.longValue(), m.longValue());
        return ((Number) x).doubleValue() - ((Number) y).doubleValue();
    }

    public static Object sub(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) return (double) x - (double) y;
        return r;
    }

    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return mul(x.longValue(), y.longValue());
        if (a instanceof Double x && b instanceof Double y) return x * y;
        a = Values.deref(a);
        b = Values.deref(b);
        Object x = toNumber(a, "*", a, b);
        Object y = toNumber(b, "*", a, b);
        if (x instanceof Long l && y instanceof Long m) return mul(l.longValue(), m.longValue());
        return ((Number) x).doubleValue() * ((Number) y).doubleValue();
    }

    public static Object mul(long x, long y) {
        long r = x * y;
        long hi = Math.multiplyHigh(x, y);
        if ((hi == 0 && r >= 0) || (hi == -1 && r < 0)) return r;
        return (double) x * (double) y;
    }

    public static Object div(Object a, Object b) {
        a = Values.deref(a);
        b = Values.deref(b);
        Object x = toNumber(a, "/", a, b);
        Object y = toNumber(b, "/", a, b);
        if (x instanceof Long l && y instanceof Long m) {
            long p = l, q = m;
            if (q == 0) throw divByZero();
            if (q == -1 && p == Long.MIN_VALUE) return (double) p / -1.0;
            if (p % q == 0) return p / q;
            return (double) p / (double) q;
        }
        double q = ((Number) y).doubleValue();
        if (q == 0) throw divByZero();
        return ((Number) x).doubleValue() / q;
    }

    private static PhpError divByZero() { return new PhpError("DivisionByZeroError", "Division by zero"); }

    public static Object mod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return modInts(x, y);
        return intOp(a, b, "%", Arith::modInts);
    }

    private static Object modInts(long x, long y) {
        if (y == 0) throw new PhpError("DivisionByZeroError", "Modulo by zero");
        if (y == -1) return 0L;
        return x % y;
    }

    /** An int-only operator (% << >>) on its operands once converted. */
    interface IntOp {
        Object apply(long x, long y);
    }

    /** {@code a op b} for an int-only operator: both operands deref'd and converted by {@link #toIntOperand}, a first. */
    static Object intOp(Object a, Object b, String op, IntOp f) {
        a = Values.deref(a);
        b = Values.deref(b);
        long x = toIntOperand(a, op, a, b);
        return f.apply(x, toIntOperand(b, op, a, b));
    }

    public static Object pow(Object a, Object b) {
        a = Values.deref(a);
        b = Values.deref(b);
        Object x = toNumber(a, "**", a, b);
        Object y = toNumber(b, "**", a, b);
        if (x instanceof Long l && y instanceof Long m) return powLong(l, m);
        return cPow(((Number) x).doubleValue(), ((Number) y).doubleValue());
    }

    /** C's pow: unlike Math.pow, {@code pow(1, NAN)} and {@code pow(-1, ±INF)} are 1. */
    static double cPow(double x, double y) {
        if (x == 1.0 || (x == -1.0 && Double.isInfinite(y))) return 1.0;
        return Math.pow(x, y);
    }

    /** php's pow_function_base for two ints: exact while it fits, then float. */
    static Object powLong(long base, long exp) {
        if (exp < 0) return Math.pow(base, exp);
        if (exp == 0) return 1L;
        if (base == 0) return 0L;
        long l1 = 1, l2 = base, i = exp;
        while (i >= 1) {
            if (i % 2 != 0) {
                --i;
                long r = l1 * l2;
                long hi = Math.multiplyHigh(l1, l2);
                if (!((hi == 0 && r >= 0) || (hi == -1 && r < 0))) {
                    return (double) l1 * (double) l2 * Math.pow(l2, i);
                }
                l1 = r;
            } else {
                i /= 2;
                long r = l2 * l2;
                long hi = Math.multiplyHigh(l2, l2);
                if (!((hi == 0 && r >= 0) || (hi == -1 && r < 0))) {
                    return (double) l1 * Math.pow((double) l2 * (double) l2, i);
                }
                l2 = r;
            }
        }
        return l1;
    }

    /** Unary minus. */
    public static Object neg(Object a) {
        if (a instanceof Long l) return l == Long.MIN_VALUE ? -(double) l : (Object) (-l);
        if (a instanceof Double d) return -d;
        return mul(a, -1L);
    }

    /** Unary plus. */
    public static Object plus(Object a) {
        if (a instanceof Long || a instanceof Double) return a;
        return mul(a, 1L);
    }

    /** {@code ++}: ints overflow to float, null becomes 1, strings increment alphanumerically. */
    public static Object inc(Object a) {
        if (a instanceof Long l) return l == Long.MAX_VALUE ? (double) l + 1 : (Object) (l + 1);
        if (a instanceof Double d) return d + 1;
        if (a == null || a == Values.UNDEF) return 1L;
        if (a instanceof Boolean) return a;
        if (Values.isString(a)) {
            String s = Convert.toStr(a);
            if (s.isEmpty()) return "1";
            Object n = NumericString.parseWhole(s);
            if (n != null) return inc(n);
            return StringInc.increment(s);
        }
        if (a instanceof Ref r) return inc(r.value);
        if (a instanceof PhpArray) throw new PhpError("TypeError", "Cannot increment array");
        throw new PhpError("TypeError", "Cannot increment " + Values.typeName(a));
    }

    /** {@code --}: null stays null. */
    public static Object dec(Object a) {
        if (a instanceof Long l) return l == Long.MIN_VALUE ? (double) l - 1 : (Object) (l - 1);
        if (a instanceof Double d) return d - 1;
        if (a == null || a == Values.UNDEF) return null;
        if (a instanceof Boolean) return a;
        if (Values.isString(a)) {
            String s = Convert.toStr(a);
            if (s.isEmpty()) return -1L;
            Object n = NumericString.parseWhole(s);
            if (n != null) return dec(n);
            return a;
        }
        if (a instanceof Ref r) return dec(r.value);
        if (a instanceof PhpArray) throw new PhpError("TypeError", "Cannot decrement array");
        throw new PhpError("TypeError", "Cannot decrement " + Values.typeName(a));
    }

    // ---- operand conversion

    /** An arithmetic operand as Long or Double, with php 8's warning for leading-numeric strings and TypeErrors. */
    static Object toNumber(Object v, String op, Object a, Object b) {
        if (v instanceof Long || v instanceof Double) return v;
        if (v == null || v == Values.UNDEF) return 0L;
        if (v instanceof Boolean bo) return bo ? 1L : 0L;
        if (Values.isString(v)) {
            String s = Convert.toStr(v);
            Object n = NumericString.parseWhole(s);
            if (n != null) return n;
            NumericString.Num r = NumericString.parse(s);
            if (r == null) throw unsupported(op, a, b);
            Convert.warn("A non-numeric value encountered");
            return r.value();
        }
        throw unsupported(op, a, b);
    }

    static PhpError unsupported(String op, Object a, Object b) {
        return new PhpError("TypeError", "Unsupported operand types: " + Values.typeName(a) + " " + op + " " + Values.typeName(b));
    }

    /** An operand of an int-only operator (% << >> & | ^): floats truncate with php 8.1's deprecation. */
    static long toIntOperand(Object v, String op, Object a, Object b) {
        if (v instanceof Long l) return l;
        if (v instanceof Double d) return floatToIntOperand(d);
        if (v == null || v == Values.UNDEF) return 0;
        if (v instanceof Boolean bo) return bo ? 1 : 0;
        if (Values.isString(v)) {
            String s = Convert.toStr(v);
            Object n = NumericString.parseWhole(s);
            if (n == null) {
                NumericString.Num r = NumericString.parse(s);
                if (r == null) throw unsupported(op, a, b);
                Convert.warn("A non-numeric value encountered");
                n = r.value();
            }
            if (n instanceof Long l) return l;
            double d = (Double) n;
            long l = Convert.doubleToLongCap(d);
            if ((double) l != d) {
                Convert.deprecated("Implicit conversion from float-string \"" + s + "\" to int loses precision");
            }
            return l;
        }
        throw unsupported(op, a, b);
    }

    static long floatToIntOperand(double d) {
        long l = Convert.doubleToLong(d);
        if (!Double.isFinite(d) || (double) l != d) {
            Convert.deprecated("Implicit conversion from float " + Convert.doubleRepr(d) + " to int loses precision");
        }
        return l;
    }
}
