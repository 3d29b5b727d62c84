package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/**
 * More of ext/standard's string functions, after php's string.c: chunk_split, similar_text,
 * levenshtein, soundex, quotemeta, addcslashes/stripcslashes, substr_compare, strripos, strtok,
 * count_chars, strcoll (the C locale: byte order). Strings hold one byte per char.
 */
public final class StringsMore {
    private StringsMore() {}

    private static String str(Object v, String fn, int n, String param) { return Args.str(v, fn, n, param); }

    private static boolean given(Object v) { return v != Values.UNDEF; }

    public static String chunk_split(Object string) { return chunk_split(string, 76L, "\r\n"); }
    public static String chunk_split(Object string, Object length) { return chunk_split(string, length, "\r\n"); }

    public static String chunk_split(Object string, Object length, Object separator) {
        String s = str(string, "chunk_split", 1, "string");
        long len = given(length) ? Args.toInt(length, "chunk_split", 2, "length") : 76;
        String sep = given(separator) ? str(separator, "chunk_split", 3, "separator") : "\r\n";
        if (len < 1) throw Strings.valueError("chunk_split", 2, "length", "must be greater than 0");
        if (len > s.length()) return s + sep;
        StringBuilder sb = new StringBuilder(s.length() + (s.length() / (int) len + 1) * sep.length());
        for (int i = 0; i < s.length(); i += (int) len) {
            sb.append(s, i, (int) java.lang.Math.min(s.length(), i + len)).append(sep);
        }
        return sb.toString();
    }

    // ---- similar_text, levenshtein, soundex

    public static long similar_text(Object string1, Object string2) { return similar_text(string1, string2, null); }

    public static long similar_text(Object string1, Object string2, Ref percent) {
        String a = str(string1, "similar_text", 1, "string1");
        String b = str(string2, "similar_text", 2, "string2");
        if (a.isEmpty() && b.isEmpty()) {
            if (percent != null) percent.set(0.0);
            return 0;
        }
        long sim = similar(a, 0, a.length(), b, 0, b.length());
        if (percent != null) percent.set(sim * 2.0 * 100.0 / (a.length() + b.length()));
        return sim;
    }

    /** php_similar_char: the first longest common substring, then the same left and right of it. */
    private static long similar(String a, int a0, int a1, String b, int b0, int b1) {
        int max = 0, pos1 = 0, pos2 = 0, count = 0;
        for (int p = a0; p < a1; p++) {
            for (int q = b0; q < b1; q++) {
                int l = 0;
                while (p + l < a1 && q + l < b1 && a.charAt(p + l) == b.charAt(q + l)) l++;
                if (l > max) {
                    max = l;
                    count++;
                    pos1 = p;
                    pos2 = q;
                }
            }
        }
        long sum = max;
        if (sum == 0) return 0;
        if (pos1 > a0 && pos2 > b0 && count > 1) sum += similar(a, a0, pos1, b, b0, pos2);
        if (pos1 + max < a1 && pos2 + max < b1) sum += similar(a, pos1 + max, a1, b, pos2 + max, b1);
        return sum;
    }

    public static long levenshtein(Object string1, Object string2) { return levenshtein(string1, string2, 1L, 1L, 1L); }
    public static long levenshtein(Object string1, Object string2, Object insertion_cost) {
        return levenshtein(string1, string2, insertion_cost, 1L, 1L);
    }
    public static long levenshtein(Object string1, Object string2, Object insertion_cost, Object replacement_cost) {
        return levenshtein(string1, string2, insertion_cost, replacement_cost, 1L);
    }

    public static long levenshtein(Object string1, Object string2, Object insertion_cost, Object replacement_cost,
            Object deletion_cost) {
        String a = str(string1, "levenshtein", 1, "string1");
        String b = str(string2, "levenshtein", 2, "string2");
        long ins = given(insertion_cost) ? Args.toInt(insertion_cost, "levenshtein", 3, "insertion_cost") : 1;
        long rep = given(replacement_cost) ? Args.toInt(replacement_cost, "levenshtein", 4, "replacement_cost") : 1;
        long del = given(deletion_cost) ? Args.toInt(deletion_cost, "levenshtein", 5, "deletion_cost") : 1;
        if (a.isEmpty()) return b.length() * ins;
        if (b.isEmpty()) return a.length() * del;
        long[] p1 = new long[b.length() + 1], p2 = new long[b.length() + 1];
        for (int i = 0; i <= b.length(); i++) p1[i] = i * ins;
        for (int i = 0; i < a.length(); i++) {
            p2[0] = p1[0] + del;
            for (int j = 0; j < b.length(); j++) {
                long c0 = p1[j] + (a.charAt(i) == b.charAt(j) ? 0 : rep);
                long c1 = p1[j + 1] + del;
                if (c1 < c0) c0 = c1;
                long c2 = p2[j] + ins;
                if (c2 < c0) c0 = c2;
                p2[j + 1] = c0;
            }
            long[] t = p1;
            p1 = p2;
            p2 = t;
        }
        return p1[b.length()];
    }

    private static final String SOUNDEX = "01230120022455012623010202";

    public static String soundex(Object string) {
        String s = str(string, "soundex", 1, "string");
        char[] out = new char[4];
        int n = 0;
        char last = 0;
        for (int i = 0; i < s.length() && n < 4; i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') c -= 32;
            if (c < 'A' || c > 'Z') continue;
            char code = SOUNDEX.charAt(c - 'A');
            if (code == '0') code = 0;
            if (n == 0) {
                out[n++] = c;
                last = code;
            } else if (code != last) {
                if (code != 0) out[n++] = code;
                last = code;
            }
        }
        while (n < 4) out[n++] = '0';
        return new String(out);
    }

    // ---- escaping

    public static String quotemeta(Object string) {
        String s = str(string, "quotemeta", 1, "string");
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (".\\+*?[^]$()".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    public static String addcslashes(Object string, Object characters) {
        String s = str(string, "addcslashes", 1, "string");
        boolean[] mask = Strings.charMask("addcslashes", str(characters, "addcslashes", 2, "characters"));
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!mask[c & 0xFF]) {
                sb.append(c);
                continue;
            }
            sb.append('\\');
            if (c < 32 || c > 126) {
                switch (c) {
                    case '\n' -> sb.append('n');
                    case '\t' -> sb.append('t');
                    case '\r' -> sb.append('r');
                    case 7 -> sb.append('a');
                    case 11 -> sb.append('v');
                    case '\b' -> sb.append('b');
                    case '\f' -> sb.append('f');
                    default -> {
                        String o = Integer.toOctalString(c & 0xFF);
                        sb.append("000", 0, 3 - o.length()).append(o);
                    }
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public static String stripcslashes(Object string) {
        String s = str(string, "stripcslashes", 1, "string");
        StringBuilder sb = new StringBuilder(s.length());
        int end = s.length();
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= end) {
                sb.append(c);
                continue;
            }
            c = s.charAt(++i);
            switch (c) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 'a' -> sb.append((char) 7);
                case 't' -> sb.append('\t');
                case 'v' -> sb.append((char) 11);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case '\\' -> sb.append('\\');
                default -> {
                    if (c == 'x' && i + 1 < end && Character.digit(s.charAt(i + 1), 16) >= 0 && s.charAt(i + 1) < 128) {
                        int v = Character.digit(s.charAt(++i), 16);
                        if (i + 1 < end && Character.digit(s.charAt(i + 1), 16) >= 0 && s.charAt(i + 1) < 128) {
                            v = v * 16 + Character.digit(s.charAt(++i), 16);
                        }
                        sb.append((char) v);
                        break;
                    }
                    int v = 0, n = 0;
                    while (i < end && n < 3 && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                        v = v * 8 + (s.charAt(i++) - '0');
                        n++;
                    }
                    if (n > 0) {
                        sb.append((char) (v & 0xFF));
                        i--;
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    // ---- comparing and searching

    public static long substr_compare(Object haystack, Object needle, Object offset) {
        return substr_compare(haystack, needle, offset, null, false);
    }
    public static long substr_compare(Object haystack, Object needle, Object offset, Object length) {
        return substr_compare(haystack, needle, offset, length, false);
    }

    public static long substr_compare(Object haystack, Object needle, Object offset, Object length, Object case_insensitive) {
        String h = str(haystack, "substr_compare", 1, "haystack");
        String n = str(needle, "substr_compare", 2, "needle");
        long off = Args.toInt(offset, "substr_compare", 3, "offset");
        boolean dflt = length == null || length == Values.UNDEF;
        long len = dflt ? 0 : Args.toInt(length, "substr_compare", 4, "length");
        boolean ci = given(case_insensitive) && Args.toBool(case_insensitive, "substr_compare", 5, "case_insensitive");
        if (!dflt && len <= 0) {
            if (len == 0) return 0;
            throw Strings.valueError("substr_compare", 4, "length", "must be greater than or equal to 0");
        }
        if (off < 0) off = java.lang.Math.max(0, h.length() + off);
        if (off > h.length()) throw Strings.valueError("substr_compare", 3, "offset", "must be contained in argument #1 ($haystack)");
        int rest = h.length() - (int) off;
        long cmpLen = dflt ? java.lang.Math.max(n.length(), rest) : len;
        int m = (int) java.lang.Math.min(cmpLen, java.lang.Math.min(rest, n.length()));
        for (int i = 0; i < m; i++) {
            int a = h.charAt((int) off + i) & 0xFF, b = n.charAt(i) & 0xFF;
            if (ci) {
                a = lower(a);
                b = lower(b);
            }
            if (a != b) return a - b; // php returns the bytes' difference, lengths compare as -1/0/1
        }
        return Long.compare(java.lang.Math.min(cmpLen, rest), java.lang.Math.min(cmpLen, n.length()));
    }

    private static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

    private static String lower(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) if (cs[i] >= 'A' && cs[i] <= 'Z') cs[i] += 32;
        return new String(cs);
    }

    public static Object strripos(Object haystack, Object needle) { return strripos(haystack, needle, 0L); }

    public static Object strripos(Object haystack, Object needle, Object offset) {
        String h = lower(str(haystack, "strripos", 1, "haystack"));
        String n = lower(str(needle, "strripos", 2, "needle"));
        long off = Args.toInt(offset, "strripos", 3, "offset");
        int len = h.length();
        int from, to;
        if (off >= 0) {
            if (off > len) throw Strings.offsetError("strripos", 3, "offset");
            from = (int) off;
            to = len;
        } else {
            if (off < -Long.MAX_VALUE || -off > len) throw Strings.offsetError("strripos", 3, "offset");
            from = 0;
            to = -off < n.length() ? len : (int) (len + off + n.length());
        }
        int i = h.lastIndexOf(n, to - n.length());
        return i < from ? (Object) Boolean.FALSE : (Object) (long) i;
    }

    /** strtok()'s string and position, per run. */
    private static final class Tok {
        String s;
        int last;
    }

    public static Object strtok(Context ctx, Object string) { return strtok(ctx, string, null); }

    public static Object strtok(Context ctx, Object string, Object token) {
        String s = str(string, "strtok", 1, "string");
        Tok t = ctx.extensionState(Tok.class, Tok::new);
        String tok;
        if (token == null || token == Values.UNDEF) {
            tok = s;
        } else {
            tok = str(token, "strtok", 2, "token");
            t.s = s;
            t.last = 0;
        }
        if (t.s == null) return Boolean.FALSE;
        int p = t.last, pe = t.s.length();
        if (p >= pe) return Boolean.FALSE;
        boolean[] delim = new boolean[256];
        for (int i = 0; i < tok.length(); i++) delim[tok.charAt(i) & 0xFF] = true;
        int start = p;
        while (delim[t.s.charAt(p) & 0xFF]) {
            if (++p >= pe) {
                t.s = null;
                return Boolean.FALSE;
            }
            start = p;
        }
        while (++p < pe && !delim[t.s.charAt(p) & 0xFF]) { }
        String out = t.s.substring(start, p);
        t.last = p + 1;
        return out;
    }

    // ---- counting

    public static Object count_chars(Object string) { return count_chars(string, 0L); }

    public static Object count_chars(Object string, Object mode) {
        String s = str(string, "count_chars", 1, "string");
        long m = Args.toInt(mode, "count_chars", 2, "mode");
        if (m < 0 || m > 4) throw Strings.valueError("count_chars", 2, "mode", "must be between 0 and 4 (inclusive)");
        long[] counts = new long[256];
        for (int i = 0; i < s.length(); i++) counts[s.charAt(i) & 0xFF]++;
        if (m >= 3) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < 256; c++) if ((counts[c] != 0) == (m == 3)) sb.append((char) c);
            return sb.toString();
        }
        PhpArray out = new PhpArray();
        for (int c = 0; c < 256; c++) {
            if (m == 0 || (m == 1) == (counts[c] != 0)) out.put((long) c, (Object) counts[c]);
        }
        return out;
    }

    /** strcoll() in the C locale php -n runs in: glibc's strcmp, the difference of the first differing bytes. */
    public static long strcoll(Object string1, Object string2) {
        String a = str(string1, "strcoll", 1, "string1");
        String b = str(string2, "strcoll", 2, "string2");
        int n = java.lang.Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int x = a.charAt(i) & 0xFF, y = b.charAt(i) & 0xFF;
            if (x == 0 || y == 0 || x != y) return x - y;
        }
        int x = n < a.length() ? a.charAt(n) & 0xFF : 0, y = n < b.length() ? b.charAt(n) & 0xFF : 0;
        return x - y;
    }

    static PhpError valueError(String fn, int n, String param, String what) { return Strings.valueError(fn, n, param, what); }
}
