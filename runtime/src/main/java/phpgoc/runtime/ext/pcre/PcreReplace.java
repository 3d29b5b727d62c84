package phpgoc.runtime.ext.pcre;

import java.util.ArrayList;
import java.util.List;
import phpgoc.runtime.Args;
import phpgoc.runtime.Calls;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Callbacks;

/** The replacing and splitting functions of ext/pcre: preg_replace(_callback(_array)), preg_split. */
public final class PcreReplace {
    private PcreReplace() {}

    /** Produces the replacement text (bytes) for one match, given the ovector. */
    private interface Replacer {
        String replace(Regex re, String subject, int[] offsets);
    }

    // ---- preg_replace

    public static Object preg_replace(Context ctx, Object pattern, Object replacement, Object subject) {
        return preg_replace(ctx, pattern, replacement, subject, -1L, null);
    }

    public static Object preg_replace(Context ctx, Object pattern, Object replacement, Object subject, Object limit) {
        return preg_replace(ctx, pattern, replacement, subject, limit, null);
    }

    public static Object preg_replace(Context ctx, Object pattern, Object replacement, Object subject, Object limit,
            Ref count) {
        String fn = "preg_replace";
        if (replacement instanceof PhpArray && !(pattern instanceof PhpArray)) {
            throw new PhpError("TypeError", fn + "(): Argument #1 ($pattern) must be of type array when argument #2"
                    + " ($replacement) is an array, string given");
        }
        List<String> patterns = patterns(pattern, fn);
        List<Replacer> replacers = new ArrayList<>();
        if (replacement instanceof PhpArray ra) {
            int pos = ra.firstPos();
            for (int k = 0; k < patterns.size(); k++) {
                String r = pos >= 0 ? Convert.toStr(ra.valueAt(pos)) : "";
                if (pos >= 0) pos = ra.nextPos(pos);
                replacers.add(template(r));
            }
        } else {
            Replacer r = template(Args.strOfArrayOrString(replacement, fn, 2, "replacement"));
            for (int k = 0; k < patterns.size(); k++) replacers.add(r);
        }
        return run(ctx, fn, patterns, replacers, subject, limit(limit, fn), count);
    }

    public static Object preg_replace_callback(Context ctx, Object pattern, Object callback, Object subject) {
        return preg_replace_callback(ctx, pattern, callback, subject, -1L, null, 0L);
    }

    public static Object preg_replace_callback(Context ctx, Object pattern, Object callback, Object subject, Object limit) {
        return preg_replace_callback(ctx, pattern, callback, subject, limit, null, 0L);
    }

    public static Object preg_replace_callback(Context ctx, Object pattern, Object callback, Object subject, Object limit,
            Ref count) {
        return preg_replace_callback(ctx, pattern, callback, subject, limit, count, 0L);
    }

    public static Object preg_replace_callback(Context ctx, Object pattern, Object callback, Object subject, Object limit,
            Ref count, Object flags) {
        String fn = "preg_replace_callback";
        Object f = Callbacks.callback(ctx, callback, fn, 2, "callback");
        List<String> patterns = patterns(pattern, fn);
        Replacer r = callbackReplacer(ctx, f, Pcre.flags(flags, fn, 6));
        List<Replacer> replacers = new ArrayList<>();
        for (int k = 0; k < patterns.size(); k++) replacers.add(r);
        return run(ctx, fn, patterns, replacers, subject, limit(limit, fn), count);
    }

    public static Object preg_replace_callback_array(Context ctx, Object pattern, Object subject) {
        return preg_replace_callback_array(ctx, pattern, subject, -1L, null, 0L);
    }

    public static Object preg_replace_callback_array(Context ctx, Object pattern, Object subject, Object limit) {
        return preg_replace_callback_array(ctx, pattern, subject, limit, null, 0L);
    }

    public static Object preg_replace_callback_array(Context ctx, Object pattern, Object subject, Object limit, Ref count) {
        return preg_replace_callback_array(ctx, pattern, subject, limit, count, 0L);
    }

    public static Object preg_replace_callback_array(Context ctx, Object pattern, Object subject, Object limit, Ref count,
            Object flags) {
        String fn = "preg_replace_callback_array";
        PhpArray map = Args.array(pattern, fn, 1, "pattern");
        long fl = Pcre.flags(flags, fn, 5);
        List<String> patterns = new ArrayList<>();
        List<Replacer> replacers = new ArrayList<>();
        for (int pos = map.firstPos(); pos >= 0; pos = map.nextPos(pos)) {
            Object cb = map.valueAt(pos);
            if (Callbacks.is_callable(ctx, cb) == false) {
                throw new PhpError("TypeError", fn + "(): Argument #1 ($pattern) must contain only valid callbacks");
            }
            patterns.add(Convert.toStr(map.keyAt(pos)));
            replacers.add(callbackReplacer(ctx, cb, fl));
        }
        return run(ctx, fn, patterns, replacers, subject, limit(limit, fn), count);
    }

    private static long limit(Object v, String fn) {
        return v == Values.UNDEF || v == null ? -1 : Args.toInt(v, fn, 4, "limit");
    }

    private static List<String> patterns(Object pattern, String fn) {
        List<String> out = new ArrayList<>();
        if (pattern instanceof PhpArray pa) {
            for (int pos = pa.firstPos(); pos >= 0; pos = pa.nextPos(pos)) out.add(Convert.toStr(pa.valueAt(pos)));
        } else {
            out.add(Args.strOfArrayOrString(pattern, fn, 1, "pattern"));
        }
        return out;
    }

    private static Replacer callbackReplacer(Context ctx, Object f, long flags) {
        boolean oc = (flags & Pcre.OFFSET_CAPTURE) != 0, nul = (flags & Pcre.UNMATCHED_AS_NULL) != 0;
        return (re, s, o) -> {
            Object r = Calls.callValue(ctx, f, new Object[] {Pcre.groups(re, s, o, oc, nul)});
            return Convert.toStr(Values.deref(r));
        };
    }

    /** A replacement string's template: literal text with $n, ${n} and \n references (n up to 99). */
    static Replacer template(String r) {
        if (r.indexOf('$') < 0 && r.indexOf('\\') < 0) return (re, s, o) -> r;
        List<Object> parts = new ArrayList<>(); // String literal or Integer group
        StringBuilder lit = new StringBuilder();
        int n = r.length();
        for (int i = 0; i < n; ) {
            char c = r.charAt(i);
            if (c == '\\' && i + 1 < n && r.charAt(i + 1) == '\\') { lit.append(c); i += 2; continue; }
            if ((c == '\\' || c == '$') && i + 1 < n) {
                int j = i + 1;
                boolean brace = c == '$' && r.charAt(j) == '{';
                if (brace) j++;
                if (j < n && Character.isDigit(r.charAt(j)) && r.charAt(j) < 128) {
                    int g = r.charAt(j++) - '0';
                    if (j < n && r.charAt(j) >= '0' && r.charAt(j) <= '9') g = g * 10 + (r.charAt(j++) - '0');
                    if (!brace || (j < n && r.charAt(j) == '}')) {
                        if (brace) j++;
                        if (lit.length() > 0) { parts.add(lit.toString()); lit.setLength(0); }
                        parts.add(g);
                        i = j;
                        continue;
                    }
                }
            }
            lit.append(c);
            i++;
        }
        if (lit.length() > 0) parts.add(lit.toString());
        return (re, s, o) -> {
            StringBuilder b = new StringBuilder();
            int count = Pcre.count(o);
            for (Object p : parts) {
                if (p instanceof String str) b.append(str);
                else {
                    int g = (Integer) p;
                    if (g < count && o[2 * g] >= 0) b.append(s, o[2 * g], o[2 * g + 1]);
                }
            }
            return b.toString();
        };
    }

    /** Applies every pattern in turn to the subject (or to each subject of an array). */
    private static Object run(Context ctx, String fn, List<String> patterns, List<Replacer> replacers, Object subject,
            long limit, Ref count) {
        long[] total = {0};
        Object result;
        if (subject instanceof PhpArray sa) {
            PhpArray out = new PhpArray(sa.size());
            for (int pos = sa.firstPos(); pos >= 0; pos = sa.nextPos(pos)) {
                String r = replaceAll(ctx, fn, patterns, replacers, Convert.toStr(sa.valueAt(pos)), limit, total);
                if (r != null) out.put(sa.keyAt(pos), r);
            }
            result = out;
        } else {
            result = replaceAll(ctx, fn, patterns, replacers, Args.strOfArrayOrString(subject, fn, 3, "subject"), limit, total);
        }
        if (count != null) count.set(total[0]);
        return result;
    }

    private static String replaceAll(Context ctx, String fn, List<String> patterns, List<Replacer> replacers, String s,
            long limit, long[] total) {
        for (int k = 0; k < patterns.size(); k++) {
            Regex re = Pcre.regex(ctx, fn, patterns.get(k));
            if (re == null) return null;
            s = replace(ctx, re, s, replacers.get(k), limit, total);
            if (s == null) return null;
        }
        return s;
    }

    private static String replace(Context ctx, Regex re, String s, Replacer r, long limit, long[] total) {
        Subject sub = Pcre.subject(ctx, re, s);
        if (sub == null) return null;
        Scanner m = new Scanner(re, sub, 0);
        StringBuilder out = null;
        int last = 0;
        try {
            while (limit != 0 && m.next()) {
                if (limit > 0) limit--;
                int[] o = m.offsets();
                if (out == null) out = new StringBuilder(s.length() + 16);
                out.append(s, last, o[0]).append(r.replace(re, s, o));
                last = o[1];
                total[0]++;
            }
        } catch (StackOverflowError e) {
            Pcre.setError(ctx, Pcre.JIT_STACKLIMIT);
            return null;
        }
        if (out == null) return s;
        return out.append(s, last, s.length()).toString();
    }

    // ---- preg_split

    public static Object preg_split(Context ctx, Object pattern, Object subject) { return preg_split(ctx, pattern, subject, -1L, 0L); }

    public static Object preg_split(Context ctx, Object pattern, Object subject, Object limit) {
        return preg_split(ctx, pattern, subject, limit, 0L);
    }

    public static Object preg_split(Context ctx, Object pattern, Object subject, Object limit, Object flags) {
        String fn = "preg_split";
        String p = Args.str(pattern, fn, 1, "pattern");
        String s = Args.str(subject, fn, 2, "subject");
        long lim = limit == Values.UNDEF || limit == null ? -1 : Args.toInt(limit, fn, 3, "limit");
        long f = Pcre.flags(flags, fn, 4);
        boolean noEmpty = (f & 1) != 0, delim = (f & 2) != 0, oc = (f & 4) != 0;
        Regex re = Pcre.regex(ctx, fn, p);
        if (re == null) return false;
        Subject sub = Pcre.subject(ctx, re, s);
        if (sub == null) return false;
        if (lim == 0) lim = -1;
        PhpArray out = new PhpArray();
        int last = 0;
        if (lim == -1 || lim > 1) {
            Scanner m = new Scanner(re, sub, 0);
            try {
                while ((lim == -1 || lim > 1) && m.next()) {
                    int[] o = m.offsets();
                    if (!noEmpty || o[0] != last) {
                        piece(out, s, last, o[0], oc);
                        if (lim != -1) lim--;
                    }
                    if (delim) {
                        int count = Pcre.count(o);
                        for (int g = 1; g < count; g++) {
                            if (!noEmpty || o[2 * g] != o[2 * g + 1]) piece(out, s, o[2 * g], o[2 * g + 1], oc);
                        }
                    }
                    last = o[1];
                }
            } catch (StackOverflowError e) {
                Pcre.setError(ctx, Pcre.JIT_STACKLIMIT);
                return false;
            }
        }
        if (!noEmpty || last < s.length()) piece(out, s, last, s.length(), oc);
        return out;
    }

    private static void piece(PhpArray out, String s, int from, int to, boolean offsetCapture) {
        String v = from < 0 ? "" : s.substring(from, to);
        out.append(offsetCapture ? PhpArray.of(v, (long) from) : v);
    }
}
