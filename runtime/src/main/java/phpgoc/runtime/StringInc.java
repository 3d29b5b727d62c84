package phpgoc.runtime;

/** php's increment_string: "a" -> "b", "z" -> "aa", "Az" -> "Ba", "a9" -> "b0", "Zz" -> "AAa". */
final class StringInc {
    private StringInc() {}

    private static final int NONE = 0, LOWER = 1, UPPER = 2, NUMERIC = 3;

    static String increment(String s) {
        char[] c = s.toCharArray();
        int pos = c.length - 1;
        int last = NONE;
        boolean carry = false;
        while (pos >= 0) {
            char ch = c[pos];
            if (ch >= 'a' && ch <= 'z') {
                if (ch == 'z') { c[pos] = 'a'; carry = true; } else { c[pos]++; carry = false; }
                last = LOWER;
            } else if (ch >= 'A' && ch <= 'Z') {
                if (ch == 'Z') { c[pos] = 'A'; carry = true; } else { c[pos]++; carry = false; }
                last = UPPER;
            } else if (ch >= '0' && ch <= '9') {
                if (ch == '9') { c[pos] = '0'; carry = true; } else { c[pos]++; carry = false; }
                last = NUMERIC;
            } else {
                carry = false;
                break;
            }
            if (!carry) break;
            pos--;
        }
        String r = new String(c);
        if (carry) {
            return switch (last) {
                case NUMERIC -> "1" + r;
                case UPPER -> "A" + r;
                case LOWER -> "a" + r;
                default -> r;
            };
        }
        return r;
    }
}
