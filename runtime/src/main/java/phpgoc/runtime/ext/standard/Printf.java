package phpgoc.runtime.ext.standard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;

/**
 * {@code printf}, {@code sprintf}, {@code vprintf}, {@code vsprintf}: a port of php's
 * {@code ext/standard/formatted_print.c}, quirks included (zero padding of left-aligned strings and
 * floats, "-NF" for {@code %010f} of -INF, {@code %e} exponents without padding).
 */
public final class Printf {
    private Printf() {}

    private static final int FLOAT_PRECISION = 6, MAX_FLOAT_PRECISION = 53;

    public static String sprintf(Object format, Object[] values) {
        return format("sprintf", Args.str(format, "sprintf", 1, "format"), values, 1);
    }

    public static long printf(Context ctx, Object format, Object[] values) {
        String s = format("printf", Args.str(format, "printf", 1, "format"), values, 1);
        ctx.out.write(s);
        return s.length();
    }

    public static String vsprintf(Object format, Object values) {
        String f = Args.str(format, "vsprintf", 1, "format");
        return format("vsprintf", f, arrayValues(Args.array(values, "vsprintf", 2, "values")), -1);
    }

    public static long vprintf(Context ctx, Object format, Object values) {
        String f = Args.str(format, "vprintf", 1, "format");
        String s = format("vprintf", f, arrayValues(Args.array(values, "vprintf", 2, "values")), -1);
        ctx.out.write(s);
        return s.length();
    }

    private static Object[] arrayValues(PhpArray a) {
        Object[] out = new Object[a.size()];
        int i = 0;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) out[i++] = a.valueAt(p);
        return out;
    }

    /**
     * Formats {@code args} by {@code fmt}. {@code extra} is how many PHP arguments precede the values
     * (1 for the format of printf/sprintf), or -1 for the v* forms, whose errors speak of "the
     * arguments array".
     */
    static String format(String fn, String fmt, Object[] args, int extra) {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int n = fmt.length();
        int currarg = 0;
        int maxMissing = -1;
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c != '%') { out.append(c); i++; continue; }
            if (i + 1 < n && fmt.charAt(i + 1) == '%') { out.append('%'); i += 2; continue; }
            i++;
            // argnum
            int argnum = -1;
            int t = i;
            while (t < n && isDigit(fmt.charAt(t))) t++;
            if (t < n && t > i && fmt.charAt(t) == '$') {
                long num = number(fmt, i, t);
                if (num <= 0 || num > Integer.MAX_VALUE) throw argnumError();
                argnum = (int) num - 1;
                i = t + 1;
            } else if (t < n && t == i && fmt.charAt(t) == '$') {
                throw argnumError();
            }
            // modifiers
            char padding = ' ';
            boolean left = false, alwaysSign = false;
            for (;; i++) {
                char m = i < n ? fmt.charAt(i) : '\0';
                if (m == ' ' || m == '0') padding = m;
                else if (m == '-') left = true;
                else if (m == '+') alwaysSign = true;
                else if (m == '\'') {
                    if (i + 1 < n) padding = fmt.charAt(++i);
                    else throw new PhpError("ValueError", "Missing padding character");
                } else break;
            }
            // width
            int width = 0;
            if (i < n && fmt.charAt(i) == '*') {
                i++;
                int[] pos = {i};
                int wa = starArg(fmt, pos);
                i = pos[0];
                if (wa < 0) wa = currarg++;
                if (wa >= args.length) throw missing(wa, args.length, extra);
                Object w = args[wa];
                if (!(w instanceof Long l)) throw new PhpError("ValueError", "Width must be an integer");
                if (l < 0 || l > Integer.MAX_VALUE) {
                    throw new PhpError("ValueError", "Width must be greater than zero and less than 2147483647");
                }
                width = (int) (long) l;
            } else if (i < n && isDigit(fmt.charAt(i))) {
                int s = i;
                while (i < n && isDigit(fmt.charAt(i))) i++;
                long w = number(fmt, s, i);
                if (w > Integer.MAX_VALUE) {
                    throw new PhpError("ValueError", "Width must be greater than zero and less than 2147483647");
                }
                width = (int) w;
            }
            // precision
            int precision = 0;
            boolean adjPrecision = false, expprec = false;
            if (i < n && fmt.charAt(i) == '.') {
                i++;
                adjPrecision = true;
                if (i < n && fmt.charAt(i) == '*') {
                    i++;
                    int[] pos = {i};
                    int pa = starArg(fmt, pos);
                    i = pos[0];
                    if (pa < 0) pa = currarg++;
                    if (pa >= args.length) throw missing(pa, args.length, extra);
                    Object p = args[pa];
                    if (!(p instanceof Long l)) throw new PhpError("ValueError", "Precision must be an integer");
                    if (l < -1 || l > Integer.MAX_VALUE) {
                        throw new PhpError("ValueError", "Precision must be between -1 and 2147483647");
                    }
                    precision = (int) (long) l;
                    expprec = true;
                } else if (i < n && isDigit(fmt.charAt(i))) {
                    int s = i;
                    while (i < n && isDigit(fmt.charAt(i))) i++;
                    long p = number(fmt, s, i);
                    if (p > Integer.MAX_VALUE) {
                        throw new PhpError("ValueError", "Precision must be greater than zero and less than 2147483647");
                    }
                    precision = (int) p;
                    expprec = true;
                }
            }
            if (i < n && fmt.charAt(i) == 'l') i++;
            if (argnum < 0) argnum = currarg++;
            if (argnum >= args.length) {
                // php does not step over the conversion character here: it is read again as text
                // (so "%5%" with no arguments counts the trailing '%' as a second conversion)
                maxMissing = java.lang.Math.max(maxMissing, argnum);
                continue;
            }
            char spec = i < n ? fmt.charAt(i) : '\0';
            if (expprec && precision == -1 && spec != 'g' && spec != 'G' && spec != 'h' && spec != 'H') {
                throw new PhpError("ValueError", "Precision -1 is only supported for %g, %G, %h and %H");
            }
            Object arg = args[argnum];
            switch (spec) {
                case 's' -> {
                    String s = Convert.toStr(arg);
                    appendString(out, s, width, precision, padding, left, false, expprec, false);
                }
                case 'd' -> appendInt(out, Convert.toLong(arg), width, padding, left, alwaysSign);
                case 'u' -> appendUint(out, Convert.toLong(arg), width, padding, left);
                case 'e', 'E', 'f', 'F', 'g', 'G', 'h', 'H' ->
                        appendDouble(fn, out, Convert.toDouble(arg), width, padding, left, precision, adjPrecision,
                                spec, alwaysSign);
                case 'c' -> out.append((char) (Convert.toLong(arg) & 0xFF));
                case 'o' -> append2n(out, Convert.toLong(arg), width, padding, left, 3, false);
                case 'x' -> append2n(out, Convert.toLong(arg), width, padding, left, 4, false);
                case 'X' -> append2n(out, Convert.toLong(arg), width, padding, left, 4, true);
                case 'b' -> append2n(out, Convert.toLong(arg), width, padding, left, 1, false);
                case '%' -> out.append('%');
                case '\0' -> {
                    if (i >= n) throw new PhpError("ValueError", "Missing format specifier at end of string");
                    throw unknown(spec);
                }
                default -> throw unknown(spec);
            }
            i++;
        }
        if (maxMissing >= 0) throw missing(maxMissing, args.length, extra);
        return out.toString();
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** The decimal number fmt[from, to), saturating at Long.MAX_VALUE. */
    private static long number(String fmt, int from, int to) {
        long v = 0;
        for (int k = from; k < to; k++) {
            v = v * 10 + (fmt.charAt(k) - '0');
            if (v > Integer.MAX_VALUE) return Long.MAX_VALUE;
        }
        return v;
    }

    /** After a '*': an explicit {@code N$} argument index (0-based), or -1 for "the next argument". */
    private static int starArg(String fmt, int[] pos) {
        int i = pos[0], t = i;
        while (t < fmt.length() && isDigit(fmt.charAt(t))) t++;
        if (t < fmt.length() && fmt.charAt(t) == '$') {
            long num = number(fmt, i, t);
            if (num <= 0 || num > Integer.MAX_VALUE) throw argnumError();
            pos[0] = t + 1;
            return (int) num - 1;
        }
        return -1;
    }

    private static PhpError argnumError() {
        return new PhpError("ValueError", "Argument number specifier must be greater than zero and less than 2147483647");
    }

    private static PhpError unknown(char c) {
        return new PhpError("ValueError", "Unknown format specifier \"" + c + "\"");
    }

    private static PhpError missing(int argnum, int given, int extra) {
        if (extra < 0) {
            return new PhpError("ValueError",
                    "The arguments array must contain " + (argnum + 1) + " items, " + given + " given");
        }
        return new PhpError("ArgumentCountError",
                (argnum + extra + 1) + " arguments are required, " + (given + extra) + " given");
    }

    /** php_sprintf_appendstring. */
    private static void appendString(StringBuilder out, String add, int minWidth, int precision, char padding,
            boolean left, boolean neg, boolean expprec, boolean alwaysSign) {
        int len = add.length();
        int copyLen = expprec ? java.lang.Math.min(java.lang.Math.max(precision, 0), len) : len;
        int npad = minWidth < copyLen ? 0 : minWidth - copyLen;
        int from = 0;
        if (!left) {
            if ((neg || alwaysSign) && padding == '0') {
                out.append(neg ? '-' : '+');
                from++;
                copyLen--;
            }
            while (npad-- > 0) out.append(padding);
        }
        out.append(add, from, from + java.lang.Math.max(copyLen, 0));
        if (left) while (npad-- > 0) out.append(padding);
    }

    private static void appendInt(StringBuilder out, long v, int width, char padding, boolean left, boolean alwaysSign) {
        if (left && padding == '0') padding = ' '; // php: "Can't right-pad 0's on integers"
        String s = Long.toString(v);
        boolean neg = v < 0;
        if (!neg && alwaysSign) s = "+" + s;
        appendString(out, s, width, 0, padding, left, neg, false, alwaysSign);
    }

    private static void appendUint(StringBuilder out, long v, int width, char padding, boolean left) {
        if (left && padding == '0') padding = ' ';
        appendString(out, Long.toUnsignedString(v), width, 0, padding, left, false, false, false);
    }

    private static void append2n(StringBuilder out, long v, int width, char padding, boolean left, int bits,
            boolean upper) {
        String s = switch (bits) {
            case 1 -> Long.toBinaryString(v);
            case 3 -> Long.toOctalString(v);
            default -> Long.toHexString(v);
        };
        if (upper) s = s.toUpperCase(java.util.Locale.ROOT);
        appendString(out, s, width, 0, padding, left, false, false, false);
    }

    private static void appendDouble(String fn, StringBuilder out, double d, int width, char padding, boolean left,
            int precision, boolean adjPrecision, char spec, boolean alwaysSign) {
        if (!adjPrecision) precision = FLOAT_PRECISION;
        else if (precision > MAX_FLOAT_PRECISION) {
            Context ctx = Context.current();
            if (ctx != null) {
                ctx.notice(fn + "(): Requested precision of " + precision
                        + " digits was truncated to PHP maximum of " + MAX_FLOAT_PRECISION + " digits");
            }
            precision = MAX_FLOAT_PRECISION;
        }
        if (Double.isNaN(d)) {
            appendString(out, "NaN", 3, 0, padding, left, false, false, alwaysSign);
            return;
        }
        if (Double.isInfinite(d)) {
            appendString(out, "INF", 3, 0, padding, left, d < 0, false, alwaysSign);
            return;
        }
        String s;
        boolean neg;
        switch (spec) {
            case 'e', 'E', 'f', 'F' -> {
                neg = d < 0;
                String body = spec == 'f' || spec == 'F' ? fixed(java.lang.Math.abs(d), precision) : exp(java.lang.Math.abs(d), precision, spec);
                s = neg ? "-" + body : alwaysSign ? "+" + body : body;
            }
            default -> {
                if (precision == 0) precision = 1;
                String g = gcvt(d, precision, spec == 'G' || spec == 'H' ? 'E' : 'e');
                neg = g.startsWith("-");
                s = !neg && alwaysSign ? "+" + g : g;
            }
        }
        appendString(out, s, width, 0, padding, left, neg, false, alwaysSign);
    }

    /** {@code %.Nf} of a non-negative finite value: correctly rounded, as zend_dtoa mode 3. */
    static String fixed(double d, int precision) {
        return new BigDecimal(d).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** {@code %.Ne} of a non-negative finite value: one digit, point, N digits, e, sign, exponent unpadded. */
    static String exp(double d, int precision, char e) {
        String digits;
        int exponent;
        if (d == 0) {
            digits = "0";
            exponent = 0;
        } else {
            BigDecimal bd = new BigDecimal(d).round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
            digits = bd.unscaledValue().toString();
            exponent = digits.length() - 1 - bd.scale();
        }
        StringBuilder sb = new StringBuilder(precision + 8).append(digits.charAt(0));
        if (precision > 0) sb.append('.');
        for (int k = 1; k <= precision; k++) sb.append(k < digits.length() ? digits.charAt(k) : '0');
        sb.append(e);
        sb.append(exponent < 0 ? '-' : '+').append(java.lang.Math.abs(exponent));
        return sb.toString();
    }

    /**
     * zend_gcvt: {@code ndigit} significant digits (trailing zeros dropped); exponential form
     * ("1.0e+25", at least one fraction digit) when the exponent is below -4 or at least ndigit.
     */
    static String gcvt(double d, int ndigit, char e) {
        StringBuilder sb = new StringBuilder(24);
        if (d < 0 || (d == 0 && 1 / d < 0)) sb.append('-');
        double a = java.lang.Math.abs(d);
        String digits;
        int decpt;
        if (a == 0) {
            digits = "0";
            decpt = 1;
        } else {
            BigDecimal bd = new BigDecimal(a).round(new MathContext(ndigit, RoundingMode.HALF_EVEN)).stripTrailingZeros();
            digits = bd.unscaledValue().toString();
            decpt = digits.length() - bd.scale();
        }
        if (decpt < 0 ? decpt < -3 : decpt > ndigit) {
            int x = decpt - 1;
            sb.append(digits.charAt(0)).append('.');
            if (digits.length() == 1) sb.append('0');
            else sb.append(digits, 1, digits.length());
            sb.append(e).append(x < 0 ? '-' : '+').append(java.lang.Math.abs(x));
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int k = decpt; k < 0; k++) sb.append('0');
            sb.append(digits);
        } else {
            for (int k = 0; k < decpt; k++) sb.append(k < digits.length() ? digits.charAt(k) : '0');
            if (digits.length() > decpt) sb.append('.').append(digits, decpt, digits.length());
        }
        return sb.toString();
    }
}
