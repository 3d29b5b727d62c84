package phpgoc.runtime;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * php's float printing ({@code zend_gcvt}): digits are either the value correctly rounded to
 * {@code precision} significant digits (echo, precision ini) or the shortest round-trip digits
 * (serialize_precision -1: var_dump, var_export, json_encode), then laid out in fixed notation
 * unless the decimal exponent is below -4 or at least the precision (17 for the shortest form).
 */
final class FloatFormat {
    private FloatFormat() {}

    static String format(double d, int precision) {
        if (precision == -1) return repr(d);
        if (Double.isNaN(d)) return "NAN";
        if (Double.isInfinite(d)) return d > 0 ? "INF" : "-INF";
        if (precision == 0) precision = 1;
        if (precision > 40) precision = 40;
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        if (d == 0) return neg ? "-0" : "0";
        double ad = Math.abs(d);
        if (ad < 1e15 && ad == Math.rint(ad)) {
            String all = Long.toString((long) ad);
            if (all.length() > precision && isEvenTie(all, precision)) {
                // zend_dtoa's exact small-integer path keeps trailing zeros when a tie rounds down
                return layout(neg, all.substring(0, precision), all.length(), precision);
            }
        }
        BigDecimal bd = new BigDecimal(ad).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        String digits = bd.unscaledValue().toString();
        int decpt = digits.length() - bd.scale(); // position of the decimal point from the first digit
        digits = stripZeros(digits);
        return layout(neg, digits, decpt, precision);
    }

    static String repr(double d) {
        if (Double.isNaN(d)) return "NAN";
        if (Double.isInfinite(d)) return d > 0 ? "INF" : "-INF";
        boolean neg = d < 0 || (d == 0 && 1 / d < 0);
        if (d == 0) return neg ? "-0" : "0";
        // Double.toString gives the shortest round-trip digits (JDK 19+): "1.2345E-5", "123.45", "1.0E25"
        String s = Double.toString(Math.abs(d));
        int e = s.indexOf('E');
        int exp = 0;
        String mant = s;
        if (e >= 0) {
            exp = Integer.parseInt(s.substring(e + 1));
            mant = s.substring(0, e);
        }
        int dot = mant.indexOf('.');
        String intPart = mant.substring(0, dot);
        String frac = mant.substring(dot + 1);
        String all = intPart + frac;
        int decpt = intPart.length() + exp;
        int lead = 0;
        while (lead < all.length() - 1 && all.charAt(lead) == '0') { lead++; decpt--; }
        String digits = stripZeros(all.substring(lead));
        if (digits.length() == 2) {
            // Double.toString prints at least two digits ("4.9E-324"); php wants the shortest ("5.0E-324")
            BigDecimal one = new BigDecimal(Math.abs(d)).round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (one.doubleValue() == Math.abs(d)) {
                digits = one.unscaledValue().toString();
                decpt = digits.length() - one.scale();
                digits = stripZeros(digits);
            }
        }
        return layout(neg, digits, decpt, 17);
    }

    /** Whether the digits after the first {@code p} are exactly "50...0" and digit p is even. */
    private static boolean isEvenTie(String all, int p) {
        if (all.charAt(p) != '5' || ((all.charAt(p - 1) - '0') & 1) != 0) return false;
        for (int i = p + 1; i < all.length(); i++) {
            if (all.charAt(i) != '0') return false;
        }
        return true;
    }

    private static String stripZeros(String digits) {
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        return digits.substring(0, end);
    }

    /** php_gcvt's layout of digits d1 d2 ... with the decimal point after {@code decpt} digits. */
    private static String layout(boolean neg, String digits, int decpt, int ndigit) {
        StringBuilder sb = new StringBuilder(24);
        if (neg) sb.append('-');
        if (decpt < 0 ? decpt < -3 : decpt > ndigit) {
            int e = decpt - 1;
            sb.append(digits.charAt(0)).append('.');
            if (digits.length() == 1) sb.append('0'); else sb.append(digits, 1, digits.length());
            sb.append('E').append(e < 0 ? '-' : '+').append(Math.abs(e));
        } else if (decpt <= 0) {
            sb.append("0.");
            for (int i = decpt; i < 0; i++) sb.append('0');
            sb.append(digits);
        } else {
            if (digits.length() <= decpt) {
                sb.append(digits);
                for (int i = digits.length(); i < decpt; i++) sb.append('0');
            } else {
                sb.append(digits, 0, decpt).append('.').append(digits, decpt, digits.length());
            }
        }
        return sb.toString();
    }
}
