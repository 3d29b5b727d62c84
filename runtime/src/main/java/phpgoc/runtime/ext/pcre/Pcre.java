package phpgoc.runtime.ext.pcre;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/** The matching functions of ext/pcre: preg_match, preg_match_all, preg_grep, preg_quote, errors. */
public final class Pcre {
    private Pcre() {}

    static final int PATTERN_ORDER = 1, SET_ORDER = 2, OFFSET_CAPTURE = 256, UNMATCHED_AS_NULL = 512;
    static final int NO_ERROR = 0, INTERNAL_ERROR = 1, BAD_UTF8 = 4, BAD_UTF8_OFFSET = 5, JIT_STACKLIMIT = 6;

    /** The run's preg_last_error() code (php's PCRE_G(error_code)). */
    private static final class LastError {
        int code;
    }

    static void setError(Context ctx, int code) { ctx.extensionState(LastError.class, LastError::new).code = code; }

    /** Compiled patterns by pattern string (or the failure text); shared by runs, they are immutable. */
    private static final ConcurrentHashMap<String, Object> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 4096;

    /** The regex for {@code pattern}, or null after php's warning for a bad one. */
    static Regex regex(Context ctx, String fn, String pattern) {
        Object r = CACHE.get(pattern);
        if (r == null) {
            try {
                r = PatternTranslator.compile(pattern);
            } catch (PatternTranslator.Failure f) {
                r = f.getMessage();
            }
            if (CACHE.size() >= CACHE_LIMIT) CACHE.clear(); // php empties its cache when full, too
            CACHE.put(pattern, r);
        }
        if (r instanceof Regex re) return re;
        ctx.warning(fn + "(): " + r);
        setError(ctx, INTERNAL_ERROR);
        return null;
    }

    /** A matcher over {@code sub} from char index {@code from}, seeing the text before it (lookbehind, \b). */
    static Matcher matcher(Regex re, Subject sub, int from) {
        Matcher m = re.pattern().matcher(sub.text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(from, sub.text.length());
        return m;
    }

    /** Byte offsets of every group of the current match (-1 for unset), PCRE's ovector. */
    static int[] offsets(Matcher m, Subject sub, int groups) {
        int[] o = new int[2 * (groups + 1)];
        for (int g = 0; g <= groups; g++) {
            int st = m.start(g);
            o[2 * g] = st < 0 ? -1 : sub.toByte(st);
            o[2 * g + 1] = st < 0 ? -1 : sub.toByte(m.end(g));
        }
        return o;
    }

    /** PCRE's match count: one past the highest set group. */
    static int count(int[] o) {
        int c = o.length / 2;
        while (c > 1 && o[2 * (c - 1)] < 0) c--;
        return c;
    }

    static Object value(String bytes, int[] o, int g, boolean offsetCapture, boolean unmatchedAsNull) {
        int st = o[2 * g];
        Object v = st < 0 ? (unmatchedAsNull ? null : "") : bytes.substring(st, o[2 * g + 1]);
        return offsetCapture ? PhpArray.of(v, (long) st) : v;
    }

    /** One match as preg_match reports it: groups up to the last set one (all with unmatched-as-null). */
    static PhpArray groups(Regex re, String bytes, int[] o, boolean offsetCapture, boolean unmatchedAsNull) {
        int n = unmatchedAsNull ? re.groupCount() + 1 : count(o);
        PhpArray a = new PhpArray(n);
        for (int g = 0; g < n; g++) {
            if (re.names()[g] != null) a.put(re.names()[g], value(bytes, o, g, offsetCapture, unmatchedAsNull));
            a.put((long) g, value(bytes, o, g, offsetCapture, unmatchedAsNull));
        }
        return a;
    }

    static long flags(Object v, String fn, int argNo) {
        return v == Values.UNDEF || v == null ? 0 : Args.toInt(v, fn, argNo, "flags");
    }

    // ---- preg_match

    public static Object preg_match(Context ctx, Object pattern, Object subject) {
        return match(ctx, pattern, subject, null, 0, 0);
    }

    public static Object preg_match(Context ctx, Object pattern, Object subject, Ref matches) {
        return match(ctx, pattern, subject, matches, 0, 0);
    }

    public static Object preg_match(Context ctx, Object pattern, Object subject, Ref matches, Object flags) {
        return match(ctx, pattern, subject, matches, flags(flags, "preg_match", 4), 0);
    }

    public static Object preg_match(Context ctx, Object pattern, Object subject, Ref matches, Object flags, Object offset) {
        long off = offset == Values.UNDEF ? 0 : Args.toInt(offset, "preg_match", 5, "offset");
        return match(ctx, pattern, subject, matches, flags(flags, "preg_match", 4), off);
    }

    private static Object match(Context ctx, Object pattern, Object subject, Ref matches, long flags, long offset) {
        String p = Args.str(pattern, "preg_match", 1, "pattern");
        String s = Args.str(subject, "preg_match", 2, "subject");
        if ((flags & ~(long) (OFFSET_CAPTURE | UNMATCHED_AS_NULL)) != 0) {
            throw new PhpError("ValueError", "preg_match(): Argument #4 ($flags) must be a PREG_* constant");
        }
        Regex re = regex(ctx, "preg_match", p);
        if (re == null) return false;
        Subject sub = subject(ctx, re, s);
        Matcher m = sub == null ? null : start(ctx, re, sub, offset);
        if (m == null) {
            if (matches != null) matches.set(new PhpArray());
            return false;
        }
        try {
            if (!m.find()) {
                if (matches != null) matches.set(new PhpArray());
                return 0L;
            }
        } catch (StackOverflowError e) {
            setError(ctx, JIT_STACKLIMIT);
            if (matches != null) matches.set(new PhpArray());
            return false;
        }
        if (matches != null) {
            matches.set(groups(re, s, offsets(m, sub, re.groupCount()), (flags & OFFSET_CAPTURE) != 0,
                    (flags & UNMATCHED_AS_NULL) != 0));
        }
        return 1L;
    }

    /** The subject for {@code re}; null after setting preg_last_error for bad UTF-8. */
    static Subject subject(Context ctx, Regex re, String s) {
        setError(ctx, NO_ERROR);
        Subject sub = Subject.of(re, s);
        if (sub == null) setError(ctx, BAD_UTF8);
        return sub;
    }

    /**
     * A matcher from byte {@code offset} (negative: from the end), or null after setting
     * preg_last_error (offset past the end or inside a character).
     */
    static Matcher start(Context ctx, Regex re, Subject sub, long offset) {
        int from = startChar(ctx, sub, offset);
        return from < 0 ? null : matcher(re, sub, from);
    }

    /** The char index to start at, or -1 after setting preg_last_error. */
    static int startChar(Context ctx, Subject sub, long offset) {
        String s = sub.bytes;
        if (offset < 0) offset = Math.max(0, s.length() + offset);
        if (offset > s.length()) { setError(ctx, INTERNAL_ERROR); return -1; }
        int from = sub.toChar((int) offset);
        if (from < 0) setError(ctx, BAD_UTF8_OFFSET);
        return from;
    }

    // ---- preg_match_all

    public static Object preg_match_all(Context ctx, Object pattern, Object subject) {
        return matchAll(ctx, pattern, subject, null, 0, 0);
    }

    public static Object preg_match_all(Context ctx, Object pattern, Object subject, Ref matches) {
        return matchAll(ctx, pattern, subject, matches, 0, 0);
    }

    public static Object preg_match_all(Context ctx, Object pattern, Object subject, Ref matches, Object flags) {
        return matchAll(ctx, pattern, subject, matches, flags(flags, "preg_match_all", 4), 0);
    }

    public static Object preg_match_all(Context ctx, Object pattern, Object subject, Ref matches, Object flags,
            Object offset) {
        long off = offset == Values.UNDEF ? 0 : Args.toInt(offset, "preg_match_all", 5, "offset");
        return matchAll(ctx, pattern, subject, matches, flags(flags, "preg_match_all", 4), off);
    }

    private static Object matchAll(Context ctx, Object pattern, Object subject, Ref matches, long flags, long offset) {
        String p = Args.str(pattern, "preg_match_all", 1, "pattern");
        String s = Args.str(subject, "preg_match_all", 2, "subject");
        long order = flags & 0xff;
        if (order == 0) order = PATTERN_ORDER;
        if ((order != PATTERN_ORDER && order != SET_ORDER) || (flags & ~(0xffL | OFFSET_CAPTURE | UNMATCHED_AS_NULL)) != 0) {
            throw new PhpError("ValueError", "preg_match_all(): Argument #4 ($flags) must be a PREG_* constant");
        }
        Regex re = regex(ctx, "preg_match_all", p);
        if (re == null) return false;
        Subject sub = subject(ctx, re, s);
        int from = sub == null ? -1 : startChar(ctx, sub, offset);
        if (from < 0) {
            if (matches != null) matches.set(new PhpArray());
            return false;
        }
        Scanner m = new Scanner(re, sub, from);
        boolean oc = (flags & OFFSET_CAPTURE) != 0, nul = (flags & UNMATCHED_AS_NULL) != 0;
        int groups = re.groupCount();
        PhpArray[] sets = new PhpArray[groups + 1];
        for (int g = 0; g <= groups; g++) sets[g] = new PhpArray();
        PhpArray setOrder = new PhpArray();
        long n = 0;
        try {
            while (m.next()) {
                n++;
                int[] o = m.offsets();
                if (order == SET_ORDER) {
                    setOrder.append(groups(re, s, o, oc, nul));
                } else {
                    for (int g = 0; g <= groups; g++) sets[g].append(value(s, o, g, oc, nul));
                }
            }
        } catch (StackOverflowError e) {
            setError(ctx, JIT_STACKLIMIT);
            if (matches != null) matches.set(new PhpArray());
            return false;
        }
        if (matches != null) {
            if (order == SET_ORDER) {
                matches.set(setOrder);
            } else {
                PhpArray out = new PhpArray(groups + 1);
                for (int g = 0; g <= groups; g++) {
                    if (re.names()[g] != null) out.put(re.names()[g], sets[g].copy());
                    out.put((long) g, sets[g]);
                }
                matches.set(out);
            }
        }
        return n;
    }

    // ---- preg_grep, preg_quote, errors

    public static Object preg_grep(Context ctx, Object pattern, Object array) { return preg_grep(ctx, pattern, array, 0L); }

    public static Object preg_grep(Context ctx, Object pattern, Object array, Object flags) {
        String p = Args.str(pattern, "preg_grep", 1, "pattern");
        PhpArray a = Args.array(array, "preg_grep", 2, "array");
        boolean invert = (flags(flags, "preg_grep", 3) & 1) != 0;
        Regex re = regex(ctx, "preg_grep", p);
        if (re == null) return false;
        setError(ctx, NO_ERROR);
        PhpArray out = new PhpArray();
        for (int pos = a.firstPos(); pos >= 0; pos = a.nextPos(pos)) {
            Object v = a.valueAt(pos);
            Subject sub = Subject.of(re, Convert.toStr(v));
            if (sub == null) { setError(ctx, BAD_UTF8); break; }
            boolean found;
            try {
                found = matcher(re, sub, 0).find();
            } catch (StackOverflowError e) {
                setError(ctx, JIT_STACKLIMIT);
                break;
            }
            if (found != invert) out.put(a.keyAt(pos), Values.copyOnAssign(v));
        }
        return out;
    }

    public static String preg_quote(Object str) { return preg_quote(str, null); }

    public static String preg_quote(Object str, Object delimiter) {
        String s = Args.str(str, "preg_quote", 1, "str");
        String d = delimiter == null || delimiter == Values.UNDEF ? "" : Args.str(delimiter, "preg_quote", 2, "delimiter");
        char dc = d.isEmpty() ? 0 : d.charAt(0);
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) b.append("\\000");
            else if (".\\+*?[^]$(){}=!<>|:-#".indexOf(c) >= 0 || (!d.isEmpty() && c == dc)) b.append('\\').append(c);
            else b.append(c);
        }
        return b.toString();
    }

    public static long preg_last_error(Context ctx) { return ctx.extensionState(LastError.class, LastError::new).code; }

    public static String preg_last_error_msg(Context ctx) {
        return switch (ctx.extensionState(LastError.class, LastError::new).code) {
            case NO_ERROR -> "No error";
            case INTERNAL_ERROR -> "Internal error";
            case 2 -> "Backtrack limit exhausted";
            case 3 -> "Recursion limit exhausted";
            case BAD_UTF8 -> "Malformed UTF-8 characters, possibly incorrectly encoded";
            case BAD_UTF8_OFFSET -> "The offset did not correspond to the beginning of a valid UTF-8 code point";
            case JIT_STACKLIMIT -> "JIT stack limit exhausted";
            default -> "Unknown error";
        };
    }
}
