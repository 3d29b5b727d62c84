package phpgoc.runtime.ext.standard;

import java.security.SecureRandom;
import phpgoc.runtime.Args;
import phpgoc.runtime.Arith;
import phpgoc.runtime.Compare;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Values;

/**
 * The math functions of ext/standard (and mt_rand &amp; co. of ext/random). This class shadows
 * {@code java.lang.Math} inside the package, so Java's is always written out in full.
 */
public final class Math {
    private Math() {}

    // ---- integer division, abs, min/max

    public static long intdiv(Object num1, Object num2) {
        long a = Args.toInt(num1, "intdiv", 1, "num1");
        long b = Args.toInt(num2, "intdiv", 2, "num2");
        if (b == 0) throw new PhpError("DivisionByZeroError", "Division by zero");
        if (b == -1 && a == Long.MIN_VALUE) {
            throw new PhpError("ArithmeticError", "Division of PHP_INT_MIN by -1 is not an integer");
        }
        return a / b;
    }

    public static Object abs(Object num) {
        Object n = Args.number(num, "abs", 1, "num");
        if (n instanceof Long l) return l == Long.MIN_VALUE ? (Object) (-(double) Long.MIN_VALUE) : (Object) java.lang.Math.abs(l);
        return java.lang.Math.abs((Double) n);
    }

    public static Object max(Object value, Object[] values) { return extreme("max", value, values, 1); }

    public static Object min(Object value, Object[] values) { return extreme("min", value, values, -1); }

    private static Object extreme(String fn, Object value, Object[] values, int sign) {
        if (values.length == 0) {
            if (!(value instanceof PhpArray a)) {
                throw new PhpError("TypeError", fn + "(): Argument #1 ($value) must be of type array, " + Values.typeName(value) + " given");
            }
            if (a.size() == 0) throw new PhpError("ValueError", fn + "(): Argument #1 ($value) must contain at least one element");
            int p = a.firstPos();
            Object best = a.valueAt(p);
            for (p = a.nextPos(p); p >= 0; p = a.nextPos(p)) {
                Object v = a.valueAt(p);
                if (Compare.compare(v, best) * sign > 0) best = v;
            }
            return Values.copyOnAssign(best);
        }
        Object best = value;
        for (Object v : values) if (Compare.compare(v, best) * sign > 0) best = v;
        return Values.copyOnAssign(best);
    }

    // ---- rounding

    public static double floor(Object num) {
        Object n = Args.number(num, "floor", 1, "num");
        return n instanceof Long l ? (double) l : java.lang.Math.floor((Double) n);
    }

    public static double ceil(Object num) {
        Object n = Args.number(num, "ceil", 1, "num");
        return n instanceof Long l ? (double) l : java.lang.Math.ceil((Double) n);
    }

    public static double round(Object num) { return round(num, 0L, 1L); }
    public static double round(Object num, Object precision) { return round(num, precision, 1L); }

    public static double round(Object num, Object precision, Object mode) {
        Object n = Args.number(num, "round", 1, "num");
        long places = Args.toInt(precision, "round", 2, "precision");
        int m = (int) Args.toInt(mode, "round", 3, "mode");
        if (n instanceof Long l && places >= 0) return (double) l;
        double d = n instanceof Long l ? (double) l : (Double) n;
        int p = (int) java.lang.Math.max(Integer.MIN_VALUE + 1, java.lang.Math.min(Integer.MAX_VALUE, places));
        return phpRound(d, p, m);
    }

    private static final double[] POW10 = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22
    };

    private static double intpow10(int power) {
        if (power < 0 || power > 22) return java.lang.Math.pow(10.0, power);
        return POW10[power];
    }

    /** php_round_helper: rounds to an integer by {@code mode} (PHP_ROUND_HALF_UP/DOWN/EVEN/ODD = 1..4). */
    private static double roundHelper(double v, int mode) {
        double r;
        switch (mode) {
            case 2 -> r = v >= 0.0 ? java.lang.Math.ceil(v - 0.5) : java.lang.Math.floor(v + 0.5);
            case 3, 4 -> {
                double f = java.lang.Math.floor(v);
                double diff = v - f;
                if (diff > 0.5) r = f + 1;
                else if (diff < 0.5) r = f;
                else {
                    boolean fEven = f % 2 == 0;
                    r = (mode == 3) == fEven ? f : f + 1;
                }
            }
            default -> r = v >= 0.0 ? java.lang.Math.floor(v + 0.5) : java.lang.Math.ceil(v - 0.5);
        }
        return r;
    }

    /** _php_math_round of php 8.2: rounding with "pre-rounding" to 15 significant digits. */
    static double phpRound(double value, int places, int mode) {
        if (!Double.isFinite(value) || value == 0.0) return value;
        int precisionPlaces = 14 - (int) java.lang.Math.floor(java.lang.Math.log10(java.lang.Math.abs(value)));
        double f1 = intpow10(java.lang.Math.abs(places));
        double tmp;
        if (precisionPlaces > places && precisionPlaces - 15 < places) {
            int usePrecision = java.lang.Math.max(precisionPlaces, -(4 * 15));
            double f2 = intpow10(java.lang.Math.abs(usePrecision));
            tmp = usePrecision >= 0 ? value * f2 : value / f2;
            tmp = roundHelper(tmp, mode);
            usePrecision = java.lang.Math.max(-(4 * 15), places - usePrecision);
            // because places < precision_places
            tmp = tmp / intpow10(java.lang.Math.abs(usePrecision));
        } else {
            tmp = places >= 0 ? value * f1 : value / f1;
            if (java.lang.Math.abs(tmp) >= 1e15) return value;
        }
        tmp = roundHelper(tmp, mode);
        if (java.lang.Math.abs(places) < 23) {
            tmp = places > 0 ? tmp / f1 : tmp * f1;
        } else {
            String s = String.format(java.util.Locale.ROOT, "%15fe%d", tmp, -places);
            try {
                tmp = Double.parseDouble(s.trim());
            } catch (NumberFormatException e) {
                return value;
            }
            if (!Double.isFinite(tmp)) return value;
        }
        return tmp;
    }

    // ---- float functions

    static double f(Object v, String fn, int n, String param) { return Args.toFloat(v, fn, n, param); }

    public static double sqrt(Object num) { return java.lang.Math.sqrt(f(num, "sqrt", 1, "num")); }
    public static Object pow(Object num, Object exponent) { return Arith.pow(num, exponent); }
    public static double fmod(Object num1, Object num2) { return f(num1, "fmod", 1, "num1") % f(num2, "fmod", 2, "num2"); }
    public static double fdiv(Object num1, Object num2) { return f(num1, "fdiv", 1, "num1") / f(num2, "fdiv", 2, "num2"); }
    public static double pi() { return java.lang.Math.PI; }
    public static boolean is_nan(Object num) { return Double.isNaN(f(num, "is_nan", 1, "num")); }
    public static boolean is_infinite(Object num) { return Double.isInfinite(f(num, "is_infinite", 1, "num")); }
    public static boolean is_finite(Object num) { return Double.isFinite(f(num, "is_finite", 1, "num")); }
    public static double exp(Object num) { return java.lang.Math.exp(f(num, "exp", 1, "num")); }
    public static double log10(Object num) { return java.lang.Math.log10(f(num, "log10", 1, "num")); }
    public static double log2(Object num) { return log2(f(num, "log2", 1, "num")); }
    public static double sin(Object num) { return java.lang.Math.sin(f(num, "sin", 1, "num")); }
    public static double cos(Object num) { return java.lang.Math.cos(f(num, "cos", 1, "num")); }
    public static double tan(Object num) { return java.lang.Math.tan(f(num, "tan", 1, "num")); }
    public static double asin(Object num) { return java.lang.Math.asin(f(num, "asin", 1, "num")); }
    public static double acos(Object num) { return java.lang.Math.acos(f(num, "acos", 1, "num")); }
    public static double atan(Object num) { return java.lang.Math.atan(f(num, "atan", 1, "num")); }
    public static double sinh(Object num) { return java.lang.Math.sinh(f(num, "sinh", 1, "num")); }
    public static double cosh(Object num) { return java.lang.Math.cosh(f(num, "cosh", 1, "num")); }
    public static double tanh(Object num) { return java.lang.Math.tanh(f(num, "tanh", 1, "num")); }
    public static double atan2(Object y, Object x) { return java.lang.Math.atan2(f(y, "atan2", 1, "y"), f(x, "atan2", 2, "x")); }
    public static double hypot(Object x, Object y) { return java.lang.Math.hypot(f(x, "hypot", 1, "x"), f(y, "hypot", 2, "y")); }
    public static double deg2rad(Object num) { return f(num, "deg2rad", 1, "num") / 180.0 * java.lang.Math.PI; }
    public static double rad2deg(Object num) { return f(num, "rad2deg", 1, "num") / java.lang.Math.PI * 180.0; }

    public static double log(Object num) { return java.lang.Math.log(f(num, "log", 1, "num")); }

    public static double log(Object num, Object base) {
        double x = f(num, "log", 1, "num");
        double b = f(base, "log", 2, "base");
        if (b == 2.0) return log2(x);
        if (b == 10.0) return java.lang.Math.log10(x);
        if (b == 1.0) return Double.NaN;
        if (b <= 0.0) throw new PhpError("ValueError", "log(): Argument #2 ($base) must be greater than 0");
        return java.lang.Math.log(x) / java.lang.Math.log(b);
    }

    private static double log2(double x) {
        if (x > 0 && Double.isFinite(x)) {
            int e = java.lang.Math.getExponent(x);
            if (x == java.lang.Math.scalb(1.0, e)) return e; // exact for powers of two, as C's log2
        }
        return java.lang.Math.log(x) / java.lang.Math.log(2.0);
    }

    // ---- base conversion

    public static String base_convert(Object num, Object from_base, Object to_base) {
        String s = Args.str(num, "base_convert", 1, "num");
        long from = Args.toInt(from_base, "base_convert", 2, "from_base");
        long to = Args.toInt(to_base, "base_convert", 3, "to_base");
        if (from < 2 || from > 36) {
            throw new PhpError("ValueError", "base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)");
        }
        if (to < 2 || to > 36) {
            throw new PhpError("ValueError", "base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)");
        }
        Object n = baseToNumber(s, (int) from);
        String digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        if (n instanceof Double d) {
            double fv = java.lang.Math.abs(d);
            if (Double.isInfinite(fv)) {
                Fmt.warning("Number too large");
                return "";
            }
            StringBuilder sb = new StringBuilder();
            do {
                sb.append(digits.charAt((int) (fv % to)));
                fv /= to;
            } while (java.lang.Math.abs(fv) >= 1);
            return sb.reverse().toString();
        }
        return Long.toString((Long) n, (int) to).toLowerCase(java.util.Locale.ROOT);
    }

    public static String dechex(Object num) { return Long.toHexString(Args.toInt(num, "dechex", 1, "num")); }
    public static String decbin(Object num) { return Long.toBinaryString(Args.toInt(num, "decbin", 1, "num")); }
    public static String decoct(Object num) { return Long.toOctalString(Args.toInt(num, "decoct", 1, "num")); }
    public static Object hexdec(Object hex_string) { return baseToNumber(Args.str(hex_string, "hexdec", 1, "hex_string"), 16); }
    public static Object bindec(Object binary_string) { return baseToNumber(Args.str(binary_string, "bindec", 1, "binary_string"), 2); }
    public static Object octdec(Object octal_string) { return baseToNumber(Args.str(octal_string, "octdec", 1, "octal_string"), 8); }

    /**
     * _php_math_basetozval: digits of {@code base}, others ignored with a deprecation; an int, or a
     * float once it overflows. Prefixes 0x/0b/0o of the matching base are skipped.
     */
    static Object baseToNumber(String s, int base) {
        int i = 0;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char p = Strings.lower(s.charAt(1));
            if ((base == 16 && p == 'x') || (base == 8 && p == 'o') || (base == 2 && p == 'b')) i = 2;
        }
        long num = 0;
        double fnum = 0;
        boolean isFloat = false, invalid = false;
        long cutoff = Long.MAX_VALUE / base;
        long cutlim = Long.MAX_VALUE % base;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            int digit;
            if (c >= '0' && c <= '9') digit = c - '0';
            else if (c >= 'A' && c <= 'Z') digit = c - 'A' + 10;
            else if (c >= 'a' && c <= 'z') digit = c - 'a' + 10;
            else { invalid = true; continue; }
            if (digit >= base) { invalid = true; continue; }
            if (isFloat) fnum = fnum * base + digit;
            else if (num < cutoff || (num == cutoff && digit <= cutlim)) num = num * base + digit;
            else {
                fnum = (double) num * base + digit;
                isFloat = true;
            }
        }
        if (invalid) Fmt.deprecated("Invalid characters passed for attempted conversion, these have been ignored");
        return isFloat ? (Object) fnum : (Object) num;
    }

    // ---- number_format

    public static String number_format(Object num) { return number_format(num, 0L, ".", ","); }
    public static String number_format(Object num, Object decimals) { return number_format(num, decimals, ".", ","); }

    public static String number_format(Object num, Object decimals, Object decimal_separator) {
        return number_format(num, decimals, decimal_separator, ",");
    }

    public static String number_format(Object num, Object decimals, Object decimal_separator, Object thousands_separator) {
        double d = Args.toFloat(num, "number_format", 1, "num");
        long dec = Args.toInt(decimals, "number_format", 2, "decimals");
        String dp = isNullArg(decimal_separator) ? "." : Args.str(decimal_separator, "number_format", 3, "decimal_separator");
        String ts = isNullArg(thousands_separator) ? "," : Args.str(thousands_separator, "number_format", 4, "thousands_separator");
        int places = (int) java.lang.Math.max(0, java.lang.Math.min(dec, 1000));
        d = phpRound(d, places, 1);
        boolean neg = d < 0;
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return neg ? "-inf" : "inf";
        String fixed = Printf.fixed(java.lang.Math.abs(d), places);
        if (neg && d == 0) neg = false;
        if (neg && fixed.chars().allMatch(ch -> ch == '0' || ch == '.')) neg = false;
        int dot = fixed.indexOf('.');
        String intPart = dot < 0 ? fixed : fixed.substring(0, dot);
        StringBuilder sb = new StringBuilder();
        if (neg) sb.append('-');
        int first = intPart.length() % 3;
        if (first == 0) first = 3;
        sb.append(intPart, 0, java.lang.Math.min(first, intPart.length()));
        for (int i = first; i < intPart.length(); i += 3) sb.append(ts).append(intPart, i, i + 3);
        if (places > 0) sb.append(dp).append(fixed, dot + 1, fixed.length());
        return sb.toString();
    }

    // ---- random numbers: MT19937 as php seeds and ranges it, so seeded sequences match php's

    /** php's Mt19937 engine state (MT_RAND_MT19937 mode). Not thread-safe, as php's is per request. */
    static final class Mt {
        private final int[] state = new int[624];
        private int count;

        Mt(int seed) { seed(seed); }

        void seed(int seed) {
            state[0] = seed;
            for (int i = 1; i < 624; i++) {
                int prev = state[i - 1];
                state[i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
            }
            reload();
        }

        private static int twist(int m, int u, int v) {
            int mix = (u & 0x80000000) | (v & 0x7FFFFFFF);
            return m ^ (mix >>> 1) ^ (-(v & 1) & 0x9908b0df);
        }

        private void reload() {
            int[] s = state;
            int p = 0;
            for (int i = 624 - 397; i-- > 0; ++p) s[p] = twist(s[p + 397], s[p], s[p + 1]);
            for (int i = 397; --i > 0; ++p) s[p] = twist(s[p + 397 - 624], s[p], s[p + 1]);
            s[p] = twist(s[p + 397 - 624], s[p], s[0]);
            count = 0;
        }

        /** The next 32-bit output, as an unsigned value. */
        long next32() {
            if (count >= 624) reload();
            int s1 = state[count++];
            s1 ^= s1 >>> 11;
            s1 ^= (s1 << 7) & 0x9d2c5680;
            s1 ^= (s1 << 15) & 0xefc60000;
            return (s1 ^ (s1 >>> 18)) & 0xFFFFFFFFL;
        }

        /** 64 bits from two outputs, the first in the low half (php's rand_range64). */
        private long next64() {
            long lo = next32();
            return lo | (next32() << 32);
        }

        /** php_random_range: uniform in [min, max] by rejection. */
        long range(long min, long max) {
            long umax = max - min;
            if (Long.compareUnsigned(umax, 0xFFFFFFFFL) > 0) {
                long r = next64();
                if (umax == -1L) return r + min;
                long n = umax + 1;
                if ((n & (n - 1)) != 0) {
                    long limit = -1L - Long.remainderUnsigned(-1L, n) - 1;
                    while (Long.compareUnsigned(r, limit) > 0) r = next64();
                }
                return Long.remainderUnsigned(r, n) + min;
            }
            long r = next32();
            if (umax == 0xFFFFFFFFL) return r + min;
            long n = umax + 1;
            if ((n & (n - 1)) != 0) {
                long limit = 0xFFFFFFFFL - (0xFFFFFFFFL % n) - 1;
                while (r > limit) r = next32();
            }
            return r % n + min;
        }
    }

    /** Seeds for runs that did not call mt_srand; SecureRandom is thread-safe without a monitor per run. */
    private static final SecureRandom SEEDS = new SecureRandom();

    /** The run's generator, kept in its Context (per-run state never lives in statics). */
    static Mt mt(Context ctx) {
        if (ctx == null) return new Mt(SEEDS.nextInt());
        return ctx.extensionState(Mt.class, () -> new Mt(SEEDS.nextInt()));
    }

    /** A uniform number in [min, max] from the run's MT19937, as php_mt_rand_range (str_shuffle, shuffle). */
    static long mtRange(Context ctx, long min, long max) { return mt(ctx).range(min, max); }

    public static void mt_srand(Context ctx) { mt_srand(ctx, (long) SEEDS.nextInt(), 0L); }
    public static void mt_srand(Context ctx, Object seed) { mt_srand(ctx, seed, 0L); }

    public static void mt_srand(Context ctx, Object seed, Object mode) {
        long s = isNullArg(seed) ? SEEDS.nextInt() : Args.toInt(seed, "mt_srand", 1, "seed");
        Mt m = new Mt((int) s);
        if (ctx != null) ctx.setExtensionState(Mt.class, m);
    }

    public static void srand(Context ctx) { mt_srand(ctx); }
    public static void srand(Context ctx, Object seed) { mt_srand(ctx, seed, 0L); }
    public static void srand(Context ctx, Object seed, Object mode) { mt_srand(ctx, seed, mode); }

    private static boolean isNullArg(Object v) { return v == null || v == Values.UNDEF; }

    public static long mt_getrandmax() { return 2147483647L; }
    public static long getrandmax() { return 2147483647L; }

    public static long mt_rand(Context ctx) { return mt(ctx).next32() >>> 1; }

    public static long mt_rand(Context ctx, Object min, Object max) {
        if (max == Values.UNDEF) throw new PhpError("ArgumentCountError", "mt_rand() expects exactly 2 arguments, 1 given");
        long lo = Args.toInt(min, "mt_rand", 1, "min");
        long hi = Args.toInt(max, "mt_rand", 2, "max");
        if (hi < lo) {
            throw new PhpError("ValueError", "mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)");
        }
        return mt(ctx).range(lo, hi);
    }

    public static long rand(Context ctx) { return mt(ctx).next32() >>> 1; }

    public static long rand(Context ctx, Object min, Object max) {
        if (max == Values.UNDEF) throw new PhpError("ArgumentCountError", "rand() expects exactly 2 arguments, 1 given");
        long lo = Args.toInt(min, "rand", 1, "min");
        long hi = Args.toInt(max, "rand", 2, "max");
        return lo > hi ? mt(ctx).range(hi, lo) : mt(ctx).range(lo, hi);
    }

    public static long random_int(Object min, Object max) {
        long lo = Args.toInt(min, "random_int", 1, "min");
        long hi = Args.toInt(max, "random_int", 2, "max");
        if (lo > hi) {
            throw new PhpError("ValueError", "random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)");
        }
        if (hi == Long.MAX_VALUE && lo == Long.MIN_VALUE) return SEEDS.nextLong();
        return uniform(lo, hi);
    }

    private static long uniform(long lo, long hi) {
        long n = hi - lo + 1;
        if (n == 0) return SEEDS.nextLong();
        if (n > 0) return lo + nextBelow(n);
        long r;
        do r = SEEDS.nextLong(); while (Long.compareUnsigned(r, n) >= 0);
        return lo + r;
    }

    private static long nextBelow(long n) {
        long r, v;
        do {
            r = SEEDS.nextLong() >>> 1;
            v = r % n;
        } while (r - v + (n - 1) < 0);
        return v;
    }
}
