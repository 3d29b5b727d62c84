package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.ConcatString;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/**
 * The string functions of ext/standard. PHP strings are byte strings (chars 0..255): case mapping
 * is ASCII only, never Java's Unicode-aware one.
 */
public final class Strings {
    private Strings() {}

    static final String DEFAULT_TRIM = " \n\r\t\u000B\0";

    // ---- small helpers

    static String str(Object v, String fn, int n, String param) { return Args.str(v, fn, n, param); }
    static long toInt(Object v, String fn, int n, String param) { return Args.toInt(v, fn, n, param); }
    static boolean omitted(Object v) { return v == Values.UNDEF; }
    static boolean isNull(Object v) { return v == null || v == Values.UNDEF; }

    static char lower(char c) { return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c; }
    static char upper(char c) { return c >= 'a' && c <= 'z' ? (char) (c - 32) : c; }

    static String asciiLower(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) cs[i] = lower(cs[i]);
        return new String(cs);
    }

    static String asciiUpper(String s) {
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) cs[i] = upper(cs[i]);
        return new String(cs);
    }

    static PhpError valueError(String fn, int n, String param, String what) {
        return new PhpError("ValueError", fn + "(): Argument #" + n + " ($" + param + ") " + what);
    }

    static PhpError offsetError(String fn, int n, String param) {
        return valueError(fn, n, param, "must be contained in argument #1 ($haystack)");
    }

    // ---- length, repeat, pad, substr

    public static long strlen(Object string) {
        Object v = string instanceof Ref r ? r.value : string;
        if (v instanceof ConcatString c) return c.length(); // no copy: strlen in a .= loop stays O(1)
        return str(string, "strlen", 1, "string").length();
    }

    public static String str_repeat(Object string, Object times) {
        String s = str(string, "str_repeat", 1, "string");
        long t = toInt(times, "str_repeat", 2, "times");
        if (t < 0) throw valueError("str_repeat", 2, "times", "must be greater than or equal to 0");
        if (s.isEmpty() || t == 0) return "";
        if ((long) s.length() * t > Integer.MAX_VALUE - 16) throw new PhpError("Error", "Possible integer overflow in memory allocation");
        return s.repeat((int) t);
    }

    public static String str_pad(Object string, Object length) { return str_pad(string, length, " ", 1L); }
    public static String str_pad(Object string, Object length, Object pad_string) { return str_pad(string, length, pad_string, 1L); }

    public static String str_pad(Object string, Object length, Object pad_string, Object pad_type) {
        String s = str(string, "str_pad", 1, "string");
        long len = toInt(length, "str_pad", 2, "length");
        String pad = str(pad_string, "str_pad", 3, "pad_string");
        long type = toInt(pad_type, "str_pad", 4, "pad_type");
        if (len < 0 || len <= s.length()) return s;
        if (pad.isEmpty()) throw valueError("str_pad", 3, "pad_string", "must be a non-empty string");
        if (type < 0 || type > 2) {
            throw valueError("str_pad", 4, "pad_type", "must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH");
        }
        int num = (int) len - s.length();
        int left = switch ((int) type) {
            case 0 -> num;
            case 2 -> num / 2;
            default -> 0;
        };
        int right = num - left;
        StringBuilder sb = new StringBuilder((int) len);
        for (int i = 0; i < left; i++) sb.append(pad.charAt(i % pad.length()));
        sb.append(s);
        for (int i = 0; i < right; i++) sb.append(pad.charAt(i % pad.length()));
        return sb.toString();
    }

    public static String substr(Object string, Object offset) { return substr(string, offset, null); }

    public static String substr(Object string, Object offset, Object length) {
        String s = str(string, "substr", 1, "string");
        long f = toInt(offset, "substr", 2, "offset");
        int len = s.length();
        if (f > len) return "";
        if (f < 0) f = java.lang.Math.max(0, len + f);
        long l;
        if (isNull(length)) l = len - f;
        else {
            l = toInt(length, "substr", 3, "length");
            if (l < 0) {
                l = len - f + l;
                if (l < 0) l = 0;
            } else if (l > len - f) l = len - f;
        }
        return s.substring((int) f, (int) (f + l));
    }

    // ---- searching

    public static Object strpos(Object haystack, Object needle) { return strpos(haystack, needle, 0L); }

    public static Object strpos(Object haystack, Object needle, Object offset) {
        return find("strpos", haystack, needle, offset, false);
    }

    public static Object stripos(Object haystack, Object needle) { return stripos(haystack, needle, 0L); }

    public static Object stripos(Object haystack, Object needle, Object offset) {
        return find("stripos", haystack, needle, offset, true);
    }

    private static Object find(String fn, Object haystack, Object needle, Object offset, boolean ci) {
        String h = str(haystack, fn, 1, "haystack");
        String n = str(needle, fn, 2, "needle");
        long off = toInt(offset, fn, 3, "offset");
        if (off < 0) off += h.length();
        if (off < 0 || off > h.length()) throw offsetError(fn, 3, "offset");
        if (ci) {
            h = asciiLower(h);
            n = asciiLower(n);
        }
        int i = h.indexOf(n, (int) off);
        return i < 0 ? (Object) Boolean.FALSE : (Object) (long) i;
    }

    public static Object strrpos(Object haystack, Object needle) { return strrpos(haystack, needle, 0L); }

    public static Object strrpos(Object haystack, Object needle, Object offset) {
        String h = str(haystack, "strrpos", 1, "haystack");
        String n = str(needle, "strrpos", 2, "needle");
        long off = toInt(offset, "strrpos", 3, "offset");
        int len = h.length();
        int from, to; // the match must lie within h[from, to)
        if (off >= 0) {
            if (off > len) throw offsetError("strrpos", 3, "offset");
            from = (int) off;
            to = len;
        } else {
            if (off < -Long.MAX_VALUE || -off > len) throw offsetError("strrpos", 3, "offset");
            from = 0;
            to = -off < n.length() ? len : (int) (len + off + n.length());
        }
        int i = h.lastIndexOf(n, to - n.length());
        return i < from ? (Object) Boolean.FALSE : (Object) (long) i;
    }

    public static boolean str_contains(Object haystack, Object needle) {
        return str(haystack, "str_contains", 1, "haystack").contains(str(needle, "str_contains", 2, "needle"));
    }

    public static boolean str_starts_with(Object haystack, Object needle) {
        return str(haystack, "str_starts_with", 1, "haystack").startsWith(str(needle, "str_starts_with", 2, "needle"));
    }

    public static boolean str_ends_with(Object haystack, Object needle) {
        return str(haystack, "str_ends_with", 1, "haystack").endsWith(str(needle, "str_ends_with", 2, "needle"));
    }

    public static long substr_count(Object haystack, Object needle) { return substr_count(haystack, needle, 0L, null); }

    public static long substr_count(Object haystack, Object needle, Object offset) {
        return substr_count(haystack, needle, offset, null);
    }

    public static long substr_count(Object haystack, Object needle, Object offset, Object length) {
        String h = str(haystack, "substr_count", 1, "haystack");
        String n = str(needle, "substr_count", 2, "needle");
        long off = omitted(offset) ? 0 : toInt(offset, "substr_count", 3, "offset");
        if (n.isEmpty()) throw valueError("substr_count", 2, "needle", "cannot be empty");
        int len = h.length();
        if (off < 0) off += len;
        if (off < 0 || off > len) throw offsetError("substr_count", 3, "offset");
        long end = len;
        if (!isNull(length)) {
            long l = toInt(length, "substr_count", 4, "length");
            if (l < 0) l += len - off;
            if (l < 0 || l > len - off) throw valueError("substr_count", 4, "length", "must be contained in argument #1 ($haystack)");
            end = off + l;
        }
        long count = 0;
        int i = (int) off;
        while ((i = h.indexOf(n, i)) >= 0 && i + n.length() <= end) {
            count++;
            i += n.length();
        }
        return count;
    }

    // ---- replacing

    public static Object str_replace(Object search, Object replace, Object subject) {
        return replace("str_replace", search, replace, subject, null, false);
    }

    public static Object str_replace(Object search, Object replace, Object subject, Ref count) {
        return replace("str_replace", search, replace, subject, count, false);
    }

    public static Object str_ireplace(Object search, Object replace, Object subject) {
        return replace("str_ireplace", search, replace, subject, null, true);
    }

    public static Object str_ireplace(Object search, Object replace, Object subject, Ref count) {
        return replace("str_ireplace", search, replace, subject, count, true);
    }

    private static Object replace(String fn, Object search, Object replace, Object subject, Ref count, boolean ci) {
        long[] n = {0};
        boolean searchArray = search instanceof PhpArray;
        if (!searchArray) {
            if (replace instanceof PhpArray) {
                throw new PhpError("TypeError", fn + "(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string");
            }
            Args.strOfArrayOrString(search, fn, 1, "search");
        }
        if (!(replace instanceof PhpArray)) Args.strOfArrayOrString(replace, fn, 2, "replace");
        Object result;
        if (subject instanceof PhpArray subj) {
            PhpArray out = new PhpArray(subj.size());
            for (int p = subj.firstPos(); p >= 0; p = subj.nextPos(p)) {
                Object v = subj.valueAt(p);
                out.put(subj.keyAt(p), replaceOne(Convert.toStr(v), search, replace, ci, n));
            }
            result = out;
        } else {
            result = replaceOne(Args.strOfArrayOrString(subject, fn, 3, "subject"), search, replace, ci, n);
        }
        if (count != null) count.set(n[0]);
        return result;
    }

    private static String replaceOne(String s, Object search, Object replace, boolean ci, long[] n) {
        if (search instanceof PhpArray sa) {
            PhpArray ra = replace instanceof PhpArray r ? r : null;
            String rs = ra == null ? Convert.toStr(replace) : null;
            int rp = ra == null ? -1 : ra.firstPos();
            for (int p = sa.firstPos(); p >= 0; p = sa.nextPos(p)) {
                String from = Convert.toStr(sa.valueAt(p));
                String to;
                if (ra == null) to = rs;
                else if (rp >= 0) {
                    to = Convert.toStr(ra.valueAt(rp));
                    rp = ra.nextPos(rp);
                } else to = "";
                if (s.isEmpty()) break;
                s = replaceAll(s, from, to, ci, n);
            }
            return s;
        }
        return replaceAll(s, Convert.toStr(search), Convert.toStr(replace), ci, n);
    }

    private static String replaceAll(String s, String from, String to, boolean ci, long[] n) {
        if (from.isEmpty()) return s;
        String hay = ci ? asciiLower(s) : s;
        String needle = ci ? asciiLower(from) : from;
        int i = hay.indexOf(needle);
        if (i < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        int last = 0;
        while (i >= 0) {
            sb.append(s, last, i).append(to);
            n[0]++;
            last = i + from.length();
            i = hay.indexOf(needle, last);
        }
        return sb.append(s, last, s.length()).toString();
    }

    // ---- case

    public static String strtoupper(Object string) { return asciiUpper(str(string, "strtoupper", 1, "string")); }

    public static String strtolower(Object string) { return asciiLower(str(string, "strtolower", 1, "string")); }

    public static String ucfirst(Object string) {
        String s = str(string, "ucfirst", 1, "string");
        return s.isEmpty() ? s : upper(s.charAt(0)) + s.substring(1);
    }

    public static String lcfirst(Object string) {
        String s = str(string, "lcfirst", 1, "string");
        return s.isEmpty() ? s : lower(s.charAt(0)) + s.substring(1);
    }

    public static String ucwords(Object string) { return ucwords(string, " \t\r\n\f\u000B"); }

    public static String ucwords(Object string, Object separators) {
        String s = str(string, "ucwords", 1, "string");
        boolean[] mask = charMask("ucwords", str(separators, "ucwords", 2, "separators"));
        char[] cs = s.toCharArray();
        if (cs.length > 0) cs[0] = upper(cs[0]);
        for (int i = 1; i < cs.length; i++) if (mask[cs[i - 1] & 0xFF]) cs[i] = upper(cs[i]);
        return new String(cs);
    }

    // ---- trimming

    /** php_charmask: a set of bytes from a list with {@code a..z} ranges; bad ranges warn. */
    static boolean[] charMask(String fn, String in) {
        boolean[] mask = new boolean[256];
        int end = in.length();
        for (int i = 0; i < end; i++) {
            char c = in.charAt(i);
            if (i + 3 < end && in.charAt(i + 1) == '.' && in.charAt(i + 2) == '.' && in.charAt(i + 3) >= c) {
                for (int k = c; k <= in.charAt(i + 3); k++) mask[k & 0xFF] = true;
                i += 3;
            } else if (i + 1 < end && c == '.' && in.charAt(i + 1) == '.') {
                if (i == 0) Fmt.warning(fn + "(): Invalid '..'-range, no character to the left of '..'");
                else if (i + 2 >= end) Fmt.warning(fn + "(): Invalid '..'-range, no character to the right of '..'");
                else if (in.charAt(i - 1) > in.charAt(i + 2)) {
                    Fmt.warning(fn + "(): Invalid '..'-range, '..'-range needs to be incrementing");
                } else Fmt.warning(fn + "(): Invalid '..'-range");
            } else {
                mask[c & 0xFF] = true;
            }
        }
        return mask;
    }

    private static String trim(String fn, Object string, Object characters, int mode) {
        String s = str(string, fn, 1, "string");
        String chars = omitted(characters) ? DEFAULT_TRIM : str(characters, fn, 2, "characters");
        boolean[] mask;
        if (chars == DEFAULT_TRIM) {
            mask = new boolean[256];
            for (int i = 0; i < DEFAULT_TRIM.length(); i++) mask[DEFAULT_TRIM.charAt(i)] = true;
        } else mask = charMask(fn, chars);
        int start = 0, end = s.length();
        if ((mode & 1) != 0) while (start < end && mask[s.charAt(start) & 0xFF]) start++;
        if ((mode & 2) != 0) while (end > start && mask[s.charAt(end - 1) & 0xFF]) end--;
        return s.substring(start, end);
    }

    public static String trim(Object string) { return trim("trim", string, Values.UNDEF, 3); }
    public static String trim(Object string, Object characters) { return trim("trim", string, characters, 3); }
    public static String ltrim(Object string) { return trim("ltrim", string, Values.UNDEF, 1); }
    public static String ltrim(Object string, Object characters) { return trim("ltrim", string, characters, 1); }
    public static String rtrim(Object string) { return trim("rtrim", string, Values.UNDEF, 2); }
    public static String rtrim(Object string, Object characters) { return trim("rtrim", string, characters, 2); }

    // ---- implode / explode / split

    public static String implode(Object array) { return implode1("implode", array); }
    public static String implode(Object separator, Object array) { return implode2("implode", separator, array); }
    public static String join(Object array) { return implode1("join", array); }
    public static String join(Object separator, Object array) { return implode2("join", separator, array); }

    private static String implode1(String fn, Object array) {
        if (!(array instanceof PhpArray a)) {
            // php parsed the lone argument as array|string, so anything else reads as "string given"
            throw new PhpError("TypeError", fn + "(): Argument #1 ($array) must be of type array, string given");
        }
        return join("", a);
    }

    private static String implode2(String fn, Object separator, Object array) {
        if (isNull(array)) return implode1(fn, separator);
        if (!(array instanceof PhpArray a)) {
            throw new PhpError("TypeError", fn + "(): Argument #2 ($array) must be of type ?array, " + Values.typeName(array) + " given");
        }
        if (separator instanceof PhpArray) {
            throw new PhpError("TypeError", fn + "(): Argument #1 ($separator) must be of type string, array given");
        }
        return join(Args.strOfArrayOrString(separator, fn, 1, "separator"), a);
    }

    private static String join(String sep, PhpArray a) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            if (!first) sb.append(sep);
            first = false;
            sb.append(Convert.toStr(a.valueAt(p)));
        }
        return sb.toString();
    }

    public static PhpArray explode(Object separator, Object string) { return explode(separator, string, Long.MAX_VALUE); }

    public static PhpArray explode(Object separator, Object string, Object limit) {
        String sep = str(separator, "explode", 1, "separator");
        String s = str(string, "explode", 2, "string");
        long lim = toInt(limit, "explode", 3, "limit");
        if (sep.isEmpty()) throw valueError("explode", 1, "separator", "cannot be empty");
        PhpArray out = new PhpArray();
        if (s.isEmpty()) {
            if (lim >= 0) out.append("");
            return out;
        }
        if (lim == 0) lim = 1;
        java.util.List<String> parts = new java.util.ArrayList<>();
        int i = 0, j;
        if (lim > 0) {
            while (parts.size() < lim - 1 && (j = s.indexOf(sep, i)) >= 0) {
                parts.add(s.substring(i, j));
                i = j + sep.length();
            }
            parts.add(s.substring(i));
        } else {
            while ((j = s.indexOf(sep, i)) >= 0) {
                parts.add(s.substring(i, j));
                i = j + sep.length();
            }
            parts.add(s.substring(i));
            long keep = parts.size() + lim;
            for (int k = 0; k < keep; k++) out.append(parts.get(k));
            return out;
        }
        for (String p : parts) out.append(p);
        return out;
    }

    public static PhpArray str_split(Object string) { return str_split(string, 1L); }

    public static PhpArray str_split(Object string, Object length) {
        String s = str(string, "str_split", 1, "string");
        long l = toInt(length, "str_split", 2, "length");
        if (l < 1) throw valueError("str_split", 2, "length", "must be greater than 0");
        PhpArray out = new PhpArray();
        for (int i = 0; i < s.length(); i += (int) java.lang.Math.min(l, Integer.MAX_VALUE)) {
            out.append(s.substring(i, (int) java.lang.Math.min(s.length(), i + l)));
        }
        return out;
    }

    public static String strrev(Object string) {
        return new StringBuilder(str(string, "strrev", 1, "string")).reverse().toString();
    }

    // ---- misc

    public static String nl2br(Object string) { return nl2br(string, true); }

    public static String nl2br(Object string, Object use_xhtml) {
        String s = str(string, "nl2br", 1, "string");
        String br = Args.toBool(use_xhtml, "nl2br", 2, "use_xhtml") ? "<br />" : "<br>";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n') {
                sb.append(br).append(c);
                if (i + 1 < s.length()) {
                    char d = s.charAt(i + 1);
                    if ((c == '\r' && d == '\n') || (c == '\n' && d == '\r')) {
                        sb.append(d);
                        i++;
                    }
                }
            } else sb.append(c);
        }
        return sb.toString();
    }

    public static String chr(Object codepoint) {
        long c = toInt(codepoint, "chr", 1, "codepoint");
        return String.valueOf((char) (c & 0xFF));
    }

    public static long ord(Object character) {
        String s = str(character, "ord", 1, "character");
        return s.isEmpty() ? 0 : s.charAt(0) & 0xFF;
    }

    public static Object str_word_count(Object string) { return str_word_count(string, 0L, null); }
    public static Object str_word_count(Object string, Object format) { return str_word_count(string, format, null); }

    public static Object str_word_count(Object string, Object format, Object characters) {
        String s = str(string, "str_word_count", 1, "string");
        long type = omitted(format) ? 0 : toInt(format, "str_word_count", 2, "format");
        boolean[] ch = isNull(characters) ? null : charMask("str_word_count", str(characters, "str_word_count", 3, "characters"));
        if (type != 0 && type != 1 && type != 2) {
            throw valueError("str_word_count", 2, "format", "must be a valid format value");
        }
        PhpArray out = type == 0 ? null : new PhpArray();
        long count = 0;
        int p = 0, e = s.length();
        if (e > 0) {
            if ((s.charAt(0) == '\'' && (ch == null || !ch['\''])) || (s.charAt(0) == '-' && (ch == null || !ch['-']))) p++;
            if (s.charAt(e - 1) == '-' && (ch == null || !ch['-'])) e--;
        }
        while (p < e) {
            int st = p;
            while (p < e) {
                char c = s.charAt(p);
                boolean alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
                if (alpha || (ch != null && ch[c & 0xFF]) || c == '\'' || c == '-') p++;
                else break;
            }
            if (p > st) {
                if (type == 1) out.append(s.substring(st, p));
                else if (type == 2) out.put((long) st, s.substring(st, p));
                else count++;
            }
            p++;
        }
        return type == 0 ? (Object) count : out;
    }

    public static String wordwrap(Object string) { return wordwrap(string, 75L, "\n", false); }
    public static String wordwrap(Object string, Object width) { return wordwrap(string, width, "\n", false); }
    public static String wordwrap(Object string, Object width, Object break_) { return wordwrap(string, width, break_, false); }

    /** A port of php's wordwrap, both its single-character fast path and its general loop. */
    public static String wordwrap(Object string, Object width, Object break_, Object cut_long_words) {
        String text = str(string, "wordwrap", 1, "string");
        long lineLength = toInt(width, "wordwrap", 2, "width");
        String brk = str(break_, "wordwrap", 3, "break");
        boolean cut = Args.toBool(cut_long_words, "wordwrap", 4, "cut_long_words");
        if (text.isEmpty()) return "";
        if (brk.isEmpty()) throw valueError("wordwrap", 3, "break", "cannot be empty");
        if (lineLength == 0 && cut) throw valueError("wordwrap", 4, "cut_long_words", "cannot be true when argument #2 ($width) is 0");
        int len = text.length();
        int bl = brk.length();
        long laststart = 0, lastspace = 0;
        if (bl == 1 && !cut) {
            char b = brk.charAt(0);
            char[] nt = text.toCharArray();
            for (int cur = 0; cur < len; cur++) {
                char c = text.charAt(cur);
                if (c == b) laststart = lastspace = cur + 1;
                else if (c == ' ') {
                    if (cur - laststart >= lineLength) {
                        nt[cur] = b;
                        laststart = cur + 1;
                    }
                    lastspace = cur;
                } else if (cur - laststart >= lineLength && laststart != lastspace) {
                    nt[(int) lastspace] = b;
                    laststart = lastspace + 1;
                }
            }
            return new String(nt);
        }
        StringBuilder sb = new StringBuilder(len + len / 8);
        int cur;
        for (cur = 0; cur < len; cur++) {
            char c = text.charAt(cur);
            if (c == brk.charAt(0) && cur + bl < len && text.startsWith(brk, cur)) {
                sb.append(text, (int) laststart, cur + bl);
                cur += bl - 1;
                laststart = lastspace = cur + 1;
            } else if (c == ' ') {
                if (cur - laststart >= lineLength) {
                    sb.append(text, (int) laststart, cur).append(brk);
                    laststart = cur + 1;
                }
                lastspace = cur;
            } else if (cur - laststart >= lineLength && cut && laststart >= lastspace) {
                sb.append(text, (int) laststart, cur).append(brk);
                laststart = lastspace = cur;
            } else if (cur - laststart >= lineLength && laststart < lastspace) {
                sb.append(text, (int) laststart, (int) lastspace).append(brk);
                laststart = lastspace = lastspace + 1;
            }
        }
        if (laststart != cur) sb.append(text, (int) laststart, cur);
        return sb.toString();
    }
}
