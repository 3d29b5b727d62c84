package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Values;

/** {@code version_compare}: php's canonical form ("1.0rc1" is "1.0.rc.1") and order of special forms. */
public final class Versions {
    private Versions() {}

    public static long version_compare(Object version1, Object version2) {
        return compare(Args.str(version1, "version_compare", 1, "version1"), Args.str(version2, "version_compare", 2, "version2"));
    }

    public static Object version_compare(Object version1, Object version2, Object operator) {
        long c = version_compare(version1, version2);
        if (operator == null || operator == Values.UNDEF) return c;
        return switch (Args.str(operator, "version_compare", 3, "operator")) {
            case "<", "lt" -> c < 0;
            case "<=", "le" -> c <= 0;
            case ">", "gt" -> c > 0;
            case ">=", "ge" -> c >= 0;
            case "==", "eq" -> c == 0;
            case "!=", "<>", "ne" -> c != 0;
            default -> throw Strings.valueError("version_compare", 3, "operator", "must be a valid comparison operator");
        };
    }

    private static boolean digit(char c) { return c >= '0' && c <= '9'; }

    /** php_canonicalize_version: '-', '_', '+' and other non-alphanumerics become '.', and a '.' goes between digits and letters. */
    static String canonical(String v) {
        if (v.isEmpty()) return v;
        StringBuilder q = new StringBuilder();
        char lp = v.charAt(0);
        q.append(lp);
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            char last = q.charAt(q.length() - 1);
            boolean dig = digit(c) && c != '.', ndig = !digit(c) && c != '.';
            boolean ldig = digit(lp) && lp != '.', lndig = !digit(lp) && lp != '.';
            if (c == '-' || c == '_' || c == '+') {
                if (last != '.') q.append('.');
            } else if ((lndig && dig) || (ldig && ndig)) {
                if (last != '.') q.append('.');
                q.append(c);
            } else if (!Character.isLetterOrDigit(c) || c > 127) {
                if (last != '.') q.append('.');
            } else {
                q.append(c);
            }
            lp = c;
        }
        return q.toString();
    }

    private static final String[][] FORMS = {
        {"dev", "0"}, {"alpha", "1"}, {"a", "1"}, {"beta", "2"}, {"b", "2"}, {"RC", "3"}, {"rc", "3"}, {"#", "4"}, {"pl", "5"}, {"p", "5"},
    };

    private static int special(String form) {
        for (String[] f : FORMS) if (form.startsWith(f[0])) return Integer.parseInt(f[1]);
        return -1;
    }

    private static int compareSpecial(String a, String b) { return Integer.signum(special(a) - special(b)); }

    static int compare(String v1, String v2) {
        if (v1.isEmpty() || v2.isEmpty()) return v1.isEmpty() && v2.isEmpty() ? 0 : v1.isEmpty() ? -1 : 1;
        String[] a = canonical(v1).split("\\.", -1), b = canonical(v2).split("\\.", -1);
        int i = 0, c = 0;
        for (; i < a.length && i < b.length && !a[i].isEmpty() && !b[i].isEmpty(); i++) {
            String p1 = a[i], p2 = b[i];
            boolean d1 = !p1.isEmpty() && digit(p1.charAt(0)), d2 = !p2.isEmpty() && digit(p2.charAt(0));
            if (d1 && d2) c = Long.signum(leadingLong(p1) - leadingLong(p2));
            else if (!d1 && !d2) c = compareSpecial(p1, p2);
            else c = d1 ? compareSpecial("#N#", p2) : compareSpecial(p1, "#N#");
            if (c != 0) return c;
        }
        if (i < a.length) return digit0(a[i]) ? 1 : compare(rest(a, i), "#N#");
        if (i < b.length) return digit0(b[i]) ? -1 : compare("#N#", rest(b, i));
        return 0;
    }

    private static boolean digit0(String s) { return !s.isEmpty() && digit(s.charAt(0)); }

    private static String rest(String[] parts, int from) { return String.join(".", java.util.Arrays.copyOfRange(parts, from, parts.length)); }

    private static long leadingLong(String s) {
        long v = 0;
        for (int i = 0; i < s.length() && digit(s.charAt(i)); i++) {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Long.MAX_VALUE / 10) return Long.MAX_VALUE; // strtol saturates
        }
        return v;
    }
}
