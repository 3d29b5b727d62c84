package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;

/** The string comparison functions of ext/standard (strcmp and its case-insensitive, length-limited and natural-order variants). */
public final class StringCompare {
    private StringCompare() {}

    /** zend_binary_strcmp: the first differing byte's difference, else the length difference. */
    static long compareBytes(String a, String b, int n, boolean ci) {
        int m = java.lang.Math.min(java.lang.Math.min(a.length(), b.length()), n);
        for (int i = 0; i < m; i++) {
            int x = a.charAt(i), y = b.charAt(i);
            if (ci) {
                x = Strings.lower((char) x);
                y = Strings.lower((char) y);
            }
            if (x != y) return x - y;
        }
        return java.lang.Math.min(a.length(), n) - java.lang.Math.min(b.length(), n);
    }

    public static long strnatcmp(Object string1, Object string2) {
        return Natural.compare(Args.str(string1, "strnatcmp", 1, "string1"), Args.str(string2, "strnatcmp", 2, "string2"), false);
    }

    public static long strnatcasecmp(Object string1, Object string2) {
        return Natural.compare(Args.str(string1, "strnatcasecmp", 1, "string1"), Args.str(string2, "strnatcasecmp", 2, "string2"), true);
    }

    public static long strcmp(Object string1, Object string2) {
        return compareBytes(Args.str(string1, "strcmp", 1, "string1"), Args.str(string2, "strcmp", 2, "string2"), Integer.MAX_VALUE, false);
    }

    public static long strcasecmp(Object string1, Object string2) {
        return compareBytes(Args.str(string1, "strcasecmp", 1, "string1"), Args.str(string2, "strcasecmp", 2, "string2"), Integer.MAX_VALUE, true);
    }

    public static long strncmp(Object string1, Object string2, Object length) {
        return ncmp("strncmp", string1, string2, length, false);
    }

    public static long strncasecmp(Object string1, Object string2, Object length) {
        return ncmp("strncasecmp", string1, string2, length, true);
    }

    private static long ncmp(String fn, Object string1, Object string2, Object length, boolean ci) {
        String a = Args.str(string1, fn, 1, "string1");
        String b = Args.str(string2, fn, 2, "string2");
        long n = Args.toInt(length, fn, 3, "length");
        if (n < 0) throw Strings.valueError(fn, 3, "length", "must be greater than or equal to 0");
        return compareBytes(a, b, (int) java.lang.Math.min(n, Integer.MAX_VALUE), ci);
    }
}
