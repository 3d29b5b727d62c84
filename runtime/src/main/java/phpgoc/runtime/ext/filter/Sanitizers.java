package phpgoc.runtime.ext.filter;

/** The FILTER_SANITIZE_* filters and FILTER_UNSAFE_RAW, ported from php's ext/filter/sanitizing_filters.c. */
final class Sanitizers {
    private Sanitizers() {}

    static final long STRIP_LOW = 4, STRIP_HIGH = 8, STRIP_BACKTICK = 512, ENCODE_LOW = 16, ENCODE_HIGH = 32, ENCODE_AMP = 64,
            NO_ENCODE_QUOTES = 128, EMPTY_STRING_NULL = 256, ALLOW_FRACTION = 4096, ALLOW_THOUSAND = 8192,
            ALLOW_SCIENTIFIC = 16384;

    private static final String ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    static final String EMAIL_CHARS = ALNUM + "!#$%&'*+-=?^_`{|}~@.[]";
    static final String URL_CHARS = ALNUM + "$-_.+!*'(),{}|\\^~[]`<>#%\";/?:@&=";

    /** Keeps only the characters of {@code allowed}. */
    static String keep(String s, String allowed) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) if (allowed.indexOf(s.charAt(i)) >= 0) sb.append(s.charAt(i));
        return sb.toString();
    }

    /** php_filter_strip: drops low (&lt; 32), high (&gt;= 127) and backtick characters as flagged. */
    static String strip(String s, long flags) {
        if ((flags & (STRIP_LOW | STRIP_HIGH | STRIP_BACKTICK)) == 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 127 && (flags & STRIP_HIGH) != 0 || c < 32 && (flags & STRIP_LOW) != 0 || c == '`' && (flags & STRIP_BACKTICK) != 0) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /** php_filter_encode_html: flagged characters as {@code &#NN;}. */
    private static String encodeHtml(String s, boolean[] enc) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 256 && enc[c]) sb.append("&#").append((int) c).append(';');
            else sb.append(c);
        }
        return sb.toString();
    }

    private static void lowHigh(boolean[] enc, long flags) {
        if ((flags & ENCODE_LOW) != 0) for (int i = 0; i < 32; i++) enc[i] = true;
        if ((flags & ENCODE_HIGH) != 0) for (int i = 127; i < 256; i++) enc[i] = true;
    }

    static Object unsafeRaw(String s, long flags) {
        if (flags != 0 && !s.isEmpty()) {
            s = strip(s, flags);
            boolean[] enc = new boolean[256];
            if ((flags & ENCODE_AMP) != 0) enc['&'] = true;
            lowHigh(enc, flags);
            return encodeHtml(s, enc);
        }
        if ((flags & EMPTY_STRING_NULL) != 0 && s.isEmpty()) return null;
        return s;
    }

    static Object string(String s, long flags) {
        s = strip(s, flags);
        boolean[] enc = new boolean[256];
        if ((flags & NO_ENCODE_QUOTES) == 0) enc['\''] = enc['"'] = true;
        if ((flags & ENCODE_AMP) != 0) enc['&'] = true;
        lowHigh(enc, flags);
        s = stripTags(encodeHtml(s, enc));
        if (s.isEmpty()) return (flags & EMPTY_STRING_NULL) != 0 ? null : "";
        return s;
    }

    /** A simple php_strip_tags: drops {@code <...>} spans (an unclosed one to the end) and NUL bytes. */
    private static String stripTags(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0) continue;
            if (c == '<') {
                if (i + 1 < s.length() && Character.isWhitespace(s.charAt(i + 1)) && depth == 0) {
                    sb.append(c);
                    continue;
                }
                depth++;
            } else if (c == '>' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static Object encoded(String s, long flags) {
        s = strip(s, flags);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (ALNUM.indexOf(c) >= 0 || c == '-' || c == '.' || c == '_') sb.append(c);
            else sb.append('%').append("0123456789ABCDEF".charAt((c >> 4) & 15)).append("0123456789ABCDEF".charAt(c & 15));
        }
        return sb.toString();
    }

    static Object specialChars(String s, long flags) {
        s = strip(s, flags);
        boolean[] enc = new boolean[256];
        enc['\''] = enc['"'] = enc['<'] = enc['>'] = enc['&'] = true;
        for (int i = 0; i < 32; i++) enc[i] = true;
        if ((flags & ENCODE_HIGH) != 0) for (int i = 127; i < 256; i++) enc[i] = true;
        return encodeHtml(s, enc);
    }

    static Object fullSpecialChars(String s, long flags) {
        long quotes = (flags & NO_ENCODE_QUOTES) != 0 ? 0 : 3;
        return phpgoc.runtime.ext.standard.Html.htmlspecialchars(s, quotes, "UTF-8", false);
    }

    static Object numberFloat(String s, long flags) {
        String allowed = "0123456789+-";
        if ((flags & ALLOW_FRACTION) != 0) allowed += ".";
        if ((flags & ALLOW_THOUSAND) != 0) allowed += ",";
        if ((flags & ALLOW_SCIENTIFIC) != 0) allowed += "eE";
        return keep(s, allowed);
    }
}
