package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Values;

/** {@code str_getcsv}: php's php_fgetcsv state machine on one buffer. */
public final class Csv {
    private Csv() {}

    public static PhpArray str_getcsv(Object string) { return str_getcsv(string, ",", "\"", "\\"); }
    public static PhpArray str_getcsv(Object string, Object separator) { return str_getcsv(string, separator, "\"", "\\"); }
    public static PhpArray str_getcsv(Object string, Object separator, Object enclosure) {
        return str_getcsv(string, separator, enclosure, "\\");
    }

    public static PhpArray str_getcsv(Object string, Object separator, Object enclosure, Object escape) {
        String s = Args.str(string, "str_getcsv", 1, "string");
        char delim = oneChar(separator, 2, "separator");
        char encl = oneChar(enclosure, 3, "enclosure");
        String e = escape == Values.UNDEF ? "\\" : Args.str(escape, "str_getcsv", 4, "escape");
        if (e.length() > 1) throw Strings.valueError("str_getcsv", 4, "escape", "must be empty or a single character");
        return parse(s, delim, encl, e.isEmpty() ? -1 : e.charAt(0));
    }

    private static char oneChar(Object v, int n, String param) {
        String s = v == Values.UNDEF ? "," : Args.str(v, "str_getcsv", n, param);
        if (s.length() != 1) throw Strings.valueError("str_getcsv", n, param, "must be a single character");
        return s.charAt(0);
    }

    private static boolean isSpace(char c) { return c == ' ' || c >= '\t' && c <= '\r'; }

    static PhpArray parse(String s, char delim, char encl, int esc) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) end--;
        PhpArray out = new PhpArray();
        int p = 0;
        boolean first = true, more;
        do {
            StringBuilder f = new StringBuilder();
            int t = p;
            while (t < end && s.charAt(t) != delim && isSpace(s.charAt(t))) t++;
            if (t < end && s.charAt(t) == encl) p = t; // leading space before an enclosure is dropped
            if (first && p == end) {
                out.append(null);
                break;
            }
            first = false;
            if (p < end && s.charAt(p) == encl) {
                int hunk = ++p, state = 0; // 1: after the escape char, 2: after an enclosure char
                while (true) {
                    if (p >= end) {
                        if (state == 2) {
                            f.append(s, hunk, p - 1);
                            hunk = p;
                        }
                        break;
                    }
                    char c = s.charAt(p);
                    if (state == 1) {
                        p++;
                        state = 0;
                    } else if (state == 2) {
                        if (c != encl) { // the closing enclosure
                            f.append(s, hunk, p - 1);
                            hunk = p;
                            break;
                        }
                        f.append(s, hunk, p); // a doubled enclosure: one is kept
                        hunk = ++p;
                        state = 0;
                    } else {
                        if (c == encl) state = 2;
                        else if (esc >= 0 && c == esc) state = 1;
                        p++;
                    }
                }
                while (p < end && s.charAt(p) != delim) p++;
                f.append(s, hunk, p);
            } else {
                int hunk = p;
                while (p < end && s.charAt(p) != delim) p++;
                int fe = p;
                while (fe > hunk && (s.charAt(fe - 1) == '\n' || s.charAt(fe - 1) == '\r')) fe--;
                f.append(s, hunk, fe);
            }
            more = p < end;
            if (more) p++;
            out.append(f.toString());
        } while (more);
        return out;
    }
}
