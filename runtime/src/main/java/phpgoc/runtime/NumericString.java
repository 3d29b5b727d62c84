package phpgoc.runtime;

/**
 * PHP 8 numeric strings: optional leading whitespace, sign, digits with optional fraction and
 * exponent, optional trailing whitespace. Hex, octal and binary prefixes are not numeric.
 */
final class NumericString {
    private NumericString() {}

    /** A parsed numeric prefix: its value (Long or Double) and whether it covered the whole string. */
    record Num(Object value, boolean whole) {}

    static boolean isWs(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0B || c == '\f';
    }

    /** The numeric prefix of s, or null if s does not start with a number. */
    static Num parse(String s) {
        int n = s.length();
        int i = 0;
        while (i < n && isWs(s.charAt(i))) i++;
        int start = i;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
        int intStart = i;
        while (i < n && isDigit(s.charAt(i))) i++;
        int intDigits = i - intStart;
        boolean isDouble = false;
        int fracDigits = 0;
        if (i < n && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < n && isDigit(s.charAt(j))) j++;
            fracDigits = j - i - 1;
            if (intDigits > 0 || fracDigits > 0) {
                isDouble = true;
                i = j;
            }
        }
        if (intDigits == 0 && fracDigits == 0) return null;
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) j++;
            if (j < n && isDigit(s.charAt(j))) {
                while (j < n && isDigit(s.charAt(j))) j++;
                isDouble = true;
                i = j;
            }
        }
        int end = i;
        while (i < n && isWs(s.charAt(i))) i++;
        boolean whole = i == n;
        Object value;
        if (!isDouble) {
            value = parseLong(s, start, end);
            if (value == null) value = Double.parseDouble(s.substring(start, end));
        } else {
            value = Double.parseDouble(s.substring(start, end));
        }
        return new Num(value, whole);
    }

    /** The whole-string numeric value (Long or Double), or null. */
    static Object parseWhole(String s) {
        // fast path: plain decimal integers
        int n = s.length();
        if (n > 0 && n < 19) {
            int i = 0;
            boolean neg = false;
            char c0 = s.charAt(0);
            if (c0 == '-' || c0 == '+') { neg = c0 == '-'; i = 1; }
            if (i < n) {
                long v = 0;
                int j = i;
                for (; j < n; j++) {
                    char c = s.charAt(j);
                    if (c < '0' || c > '9') break;
                    v = v * 10 + (c - '0');
                }
                if (j == n) return neg ? -v : v;
            }
        }
        Num r = parse(s);
        return r != null && r.whole ? r.value : null;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    /** Parses [sign]digits in s[start,end) as a long, or null on overflow. */
    private static Long parseLong(String s, int start, int end) {
        boolean neg = false;
        int i = start;
        if (s.charAt(i) == '-' || s.charAt(i) == '+') { neg = s.charAt(i) == '-'; i++; }
        long v = 0;
        for (; i < end; i++) {
            int d = s.charAt(i) - '0';
            if (v < (Long.MIN_VALUE + d) / 10) return null; // accumulate negatively
            v = v * 10 - d;
        }
        if (!neg) {
            if (v == Long.MIN_VALUE) return null;
            v = -v;
        }
        return v;
    }

    /** A canonical decimal integer string ("0", "-12", not "012", "-0", "+1", " 1") as its long, else null. */
    static Long canonicalInt(String s) {
        int n = s.length();
        if (n == 0 || n > 20) return null;
        int i = 0;
        if (s.charAt(0) == '-') { i = 1; if (n == 1) return null; }
        char c = s.charAt(i);
        if (c < '0' || c > '9') return null;
        if (c == '0' && (n > i + 1 || i == 1)) return null;
        for (int j = i + 1; j < n; j++) {
            char d = s.charAt(j);
            if (d < '0' || d > '9') return null;
        }
        return parseLong(s, 0, n);
    }
}
