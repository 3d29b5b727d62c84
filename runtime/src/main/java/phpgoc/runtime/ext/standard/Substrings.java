package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Values;

/** Finding and replacing parts of strings: strstr and kin, strspn/strcspn, strtr, substr_replace. */
public final class Substrings {
    private Substrings() {}

    // ---- strstr, stristr, strrchr, strpbrk

    public static Object strstr(Object haystack, Object needle) { return strstr(haystack, needle, false); }
    public static Object strstr(Object haystack, Object needle, Object before_needle) {
        String h = Args.str(haystack, "strstr", 1, "haystack");
        return cut(h, h.indexOf(Args.str(needle, "strstr", 2, "needle")),
                Args.toBool(before_needle, "strstr", 3, "before_needle"));
    }

    public static Object stristr(Object haystack, Object needle) { return stristr(haystack, needle, false); }
    public static Object stristr(Object haystack, Object needle, Object before_needle) {
        String h = Args.str(haystack, "stristr", 1, "haystack");
        String n = Args.str(needle, "stristr", 2, "needle");
        return cut(h, Strings.asciiLower(h).indexOf(Strings.asciiLower(n)),
                Args.toBool(before_needle, "stristr", 3, "before_needle"));
    }

    private static Object cut(String h, int at, boolean before) {
        if (at < 0) return false;
        return before ? h.substring(0, at) : h.substring(at);
    }

    /** From the last occurrence of the needle's first byte. */
    public static Object strrchr(Object haystack, Object needle) {
        String h = Args.str(haystack, "strrchr", 1, "haystack");
        String n = Args.str(needle, "strrchr", 2, "needle");
        int at = h.lastIndexOf(n.isEmpty() ? '\0' : n.charAt(0));
        return at < 0 ? false : h.substring(at);
    }

    public static Object strpbrk(Object string, Object characters) {
        String s = Args.str(string, "strpbrk", 1, "string");
        String cs = Args.str(characters, "strpbrk", 2, "characters");
        if (cs.isEmpty()) throw Strings.valueError("strpbrk", 2, "characters", "must be a non-empty string");
        for (int i = 0; i < s.length(); i++) {
            if (cs.indexOf(s.charAt(i)) >= 0) return s.substring(i);
        }
        return false;
    }

    // ---- strspn, strcspn

    public static long strspn(Object string, Object characters) { return span("strspn", string, characters, 0L, null, true); }
    public static long strspn(Object string, Object characters, Object offset) { return span("strspn", string, characters, offset, null, true); }
    public static long strspn(Object string, Object characters, Object offset, Object length) {
        return span("strspn", string, characters, offset, length, true);
    }
    public static long strcspn(Object string, Object characters) { return span("strcspn", string, characters, 0L, null, false); }
    public static long strcspn(Object string, Object characters, Object offset) { return span("strcspn", string, characters, offset, null, false); }
    public static long strcspn(Object string, Object characters, Object offset, Object length) {
        return span("strcspn", string, characters, offset, length, false);
    }

    /** The length of the initial run of bytes in (accept) or not in (!accept) the set, within substr(offset, length). */
    private static long span(String fn, Object string, Object characters, Object offset, Object length, boolean accept) {
        String s = Args.str(string, fn, 1, "string");
        String cs = Args.str(characters, fn, 2, "characters");
        long len = s.length();
        long off = Args.toInt(offset, fn, 3, "offset");
        if (off < 0) off = java.lang.Math.max(0, len + off);
        if (off > len) return 0;
        long end = len;
        if (length != null && length != Values.UNDEF) {
            long l = Args.toInt(length, fn, 4, "length");
            end = l < 0 ? java.lang.Math.max(off, len + l) : java.lang.Math.min(len, off + l);
        }
        long n = 0;
        for (long i = off; i < end && (cs.indexOf(s.charAt((int) i)) >= 0) == accept; i++) n++;
        return n;
    }

    // ---- strtr

    public static String strtr(Object string, Object from) {
        String s = Args.str(string, "strtr", 1, "string");
        if (!(Values.deref(from) instanceof PhpArray pairs)) {
            throw Args.typeError("strtr", 2, "from", "array", from);
        }
        return strtrPairs(s, pairs);
    }

    /** Byte by byte: from[i] becomes to[i], over the shorter of the two. */
    public static String strtr(Object string, Object from, Object to) {
        String s = Args.str(string, "strtr", 1, "string");
        String f = Args.str(from, "strtr", 2, "from");
        String t = Args.str(to, "strtr", 3, "to");
        int n = java.lang.Math.min(f.length(), t.length());
        if (n == 0) return s;
        char[] map = new char[256];
        for (int i = 0; i < 256; i++) map[i] = (char) i;
        for (int i = 0; i < n; i++) map[f.charAt(i) & 0xFF] = t.charAt(i);
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) cs[i] = map[cs[i] & 0xFF];
        return new String(cs);
    }

    /** The longest key matching at each position is replaced; replaced text is not searched again. */
    private static String strtrPairs(String s, PhpArray pairs) {
        java.util.Map<String, String> table = new java.util.HashMap<>();
        int min = Integer.MAX_VALUE, max = 0;
        for (int p = pairs.firstPos(); p >= 0; p = pairs.nextPos(p)) {
            String k = Convert.toStr(pairs.keyAt(p));
            if (k.isEmpty()) {
                Context.current().warning("strtr(): Ignoring replacement of empty string");
                continue;
            }
            table.put(k, Convert.toStr(pairs.valueAt(p)));
            min = java.lang.Math.min(min, k.length());
            max = java.lang.Math.max(max, k.length());
        }
        if (table.isEmpty()) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        outer:
        while (i < s.length()) {
            for (int l = java.lang.Math.min(max, s.length() - i); l >= min; l--) {
                String v = table.get(s.substring(i, i + l));
                if (v != null) {
                    sb.append(v);
                    i += l;
                    continue outer;
                }
            }
            sb.append(s.charAt(i++));
        }
        return sb.toString();
    }

    // ---- substr_replace

    public static Object substr_replace(Object string, Object replace, Object offset) {
        return substr_replace(string, replace, offset, null);
    }

    public static Object substr_replace(Object string, Object replace, Object offset, Object length) {
        Object subject = Values.deref(string);
        Object rep = Values.deref(replace), off = Values.deref(offset);
        Object len = length == Values.UNDEF ? null : Values.deref(length);
        if (!(subject instanceof PhpArray subjects)) {
            String s = Args.strOfArrayOrString(subject, "substr_replace", 1, "string");
            if (off instanceof PhpArray) throw arrayForString(3, "offset");
            if (len instanceof PhpArray) throw arrayForString(4, "length");
            String r = rep instanceof PhpArray ra ? (ra.size() == 0 ? "" : Convert.toStr(ra.valueAt(ra.firstPos())))
                    : Args.strOfArrayOrString(rep, "substr_replace", 2, "replace");
            return replaceOne(s, r, Args.toInt(off, "substr_replace", 3, "offset"),
                    len == null ? null : Args.toInt(len, "substr_replace", 4, "length"));
        }
        PhpArray out = new PhpArray();
        Cursor reps = new Cursor(rep), offs = new Cursor(off), lens = new Cursor(len);
        for (int p = subjects.firstPos(); p >= 0; p = subjects.nextPos(p)) {
            String s = Convert.toStr(subjects.valueAt(p));
            Object r = reps.next("");
            Object o = offs.next(0L);
            Object l = lens.next(null);
            out.put(subjects.keyAt(p), replaceOne(s, Convert.toStr(r), Convert.toLong(o),
                    l == null ? null : Convert.toLong(l)));
        }
        return out;
    }

    private static PhpError arrayForString(int n, String param) {
        return new PhpError("TypeError", "substr_replace(): Argument #" + n + " ($" + param
                + ") cannot be an array when working on a single string");
    }

    /** A scalar argument, or the next element of an array argument (then {@code dflt} when it runs out). */
    private static final class Cursor {
        private final Object scalar;
        private final PhpArray array;
        private int pos;

        Cursor(Object v) {
            scalar = v;
            array = v instanceof PhpArray a ? a : null;
            pos = array == null ? -1 : array.firstPos();
        }

        Object next(Object dflt) {
            if (array == null) return scalar;
            if (pos < 0) return dflt;
            Object v = array.valueAt(pos);
            pos = array.nextPos(pos);
            return v;
        }
    }

    private static String replaceOne(String s, String r, long f, Long length) {
        long n = s.length();
        if (f < 0) f = java.lang.Math.max(0, n + f);
        else if (f > n) f = n;
        long l = length == null ? n : length;
        if (l < 0) l = java.lang.Math.max(0, (n - f) + l);
        if (l > n - f) l = n - f;
        return s.substring(0, (int) f) + r + s.substring((int) (f + l));
    }
}
