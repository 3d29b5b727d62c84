package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Values;

/**
 * {@code htmlspecialchars} and {@code htmlspecialchars_decode} (php's html.c): the five special
 * characters, the quote flags, the document type's apostrophe, UTF-8 validation (invalid input
 * gives "" or, with ENT_SUBSTITUTE, U+FFFD) and {@code double_encode}.
 */
public final class Html {
    private Html() {}

    static final int ENT_HTML_QUOTE_DOUBLE = 2, ENT_HTML_QUOTE_SINGLE = 1, ENT_IGNORE = 4, ENT_SUBSTITUTE = 8;
    static final int DOCTYPE_MASK = 48, ENT_HTML401 = 0;
    static final int DEFAULT_FLAGS = 3 | ENT_SUBSTITUTE;

    public static String htmlspecialchars(Object string) { return htmlspecialchars(string, (long) DEFAULT_FLAGS, null, true); }
    public static String htmlspecialchars(Object string, Object flags) { return htmlspecialchars(string, flags, null, true); }
    public static String htmlspecialchars(Object string, Object flags, Object encoding) {
        return htmlspecialchars(string, flags, encoding, true);
    }

    public static String htmlspecialchars(Object string, Object flags, Object encoding, Object double_encode) {
        String s = Args.str(string, "htmlspecialchars", 1, "string");
        int f = (int) Args.toInt(flags, "htmlspecialchars", 2, "flags");
        boolean utf8 = encoding == null || encoding == Values.UNDEF
                || Args.str(encoding, "htmlspecialchars", 3, "encoding").replace("-", "").equalsIgnoreCase("utf8");
        boolean dbl = Args.toBool(double_encode, "htmlspecialchars", 4, "double_encode");
        String apos = (f & DOCTYPE_MASK) == ENT_HTML401 ? "&#039;" : "&apos;";
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (utf8 && c >= 0x80) {
                int n = utf8Length(s, i);
                if (n > 0) {
                    sb.append(s, i, i + n);
                    i += n;
                } else {
                    if ((f & ENT_IGNORE) == 0 && (f & ENT_SUBSTITUTE) == 0) return "";
                    if ((f & ENT_SUBSTITUTE) != 0) sb.append("\u00EF\u00BF\u00BD");
                    i += -n;
                }
                continue;
            }
            switch (c) {
                case '&' -> {
                    int e = dbl ? -1 : entityEnd(s, i);
                    if (e > 0) {
                        sb.append(s, i, e);
                        i = e;
                        continue;
                    }
                    sb.append("&amp;");
                }
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append((f & ENT_HTML_QUOTE_DOUBLE) != 0 ? "&quot;" : "\"");
                case '\'' -> sb.append((f & ENT_HTML_QUOTE_SINGLE) != 0 ? apos : "'");
                default -> sb.append(c);
            }
            i++;
        }
        return sb.toString();
    }

    /**
     * With double_encode off, an entity already there is kept: {@code &#123;}, {@code &#x1F;}, or a
     * name php knows for every document type (the XML ones and common HTML 4.01 ones). Returns the
     * index after its ';', or -1.
     */
    private static int entityEnd(String s, int amp) {
        int semi = s.indexOf(';', amp + 1);
        if (semi < 0) return -1;
        String body = s.substring(amp + 1, semi);
        if (body.startsWith("#x") || body.startsWith("#X")) {
            return body.length() > 2 && body.substring(2).chars().allMatch(ch -> Character.digit(ch, 16) >= 0 && ch < 128) ? semi + 1 : -1;
        }
        if (body.startsWith("#")) {
            return body.length() > 1 && body.substring(1).chars().allMatch(ch -> ch >= '0' && ch <= '9') ? semi + 1 : -1;
        }
        return KNOWN_NAMES.contains(body) ? semi + 1 : -1;
    }

    private static final java.util.Set<String> KNOWN_NAMES = java.util.Set.of(
            "amp", "lt", "gt", "quot", "nbsp", "copy", "reg", "trade", "hellip", "mdash", "ndash", "laquo", "raquo",
            "euro", "pound", "yen", "cent", "sect", "deg", "plusmn", "times", "divide", "middot", "bull", "lsquo",
            "rsquo", "ldquo", "rdquo", "eacute", "egrave", "agrave", "aacute", "uuml", "ouml", "auml", "szlig");

    /**
     * The length of the valid UTF-8 sequence at {@code i}, or minus the number of bytes php's
     * decoder skips when it is invalid (php's get_next_char).
     */
    static int utf8Length(String s, int i) {
        int c = s.charAt(i) & 0xFF, avail = s.length() - i;
        if (c < 0x80) return 1;
        if (c < 0xC2) return -1;
        if (c < 0xE0) {
            if (avail < 2) return -1;
            int c1 = s.charAt(i + 1) & 0xFF;
            if (!trail(c1)) return lead(c1) ? -1 : -2;
            return 2;
        }
        if (c < 0xF0) {
            if (avail < 3 || !trail(s.charAt(i + 1) & 0xFF) || !trail(s.charAt(i + 2) & 0xFF)) {
                if (avail < 2 || lead(s.charAt(i + 1) & 0xFF)) return -1;
                if (avail < 3 || lead(s.charAt(i + 2) & 0xFF)) return -2;
                return -3;
            }
            int cp = (c & 0x0F) << 12 | (s.charAt(i + 1) & 0x3F) << 6 | (s.charAt(i + 2) & 0x3F);
            if (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF) return -3;
            return 3;
        }
        if (c < 0xF5) {
            if (avail < 4 || !trail(s.charAt(i + 1) & 0xFF) || !trail(s.charAt(i + 2) & 0xFF) || !trail(s.charAt(i + 3) & 0xFF)) {
                if (avail < 2 || lead(s.charAt(i + 1) & 0xFF)) return -1;
                if (avail < 3 || lead(s.charAt(i + 2) & 0xFF)) return -2;
                if (avail < 4 || lead(s.charAt(i + 3) & 0xFF)) return -3;
                return -4;
            }
            int cp = (c & 0x07) << 18 | (s.charAt(i + 1) & 0x3F) << 12 | (s.charAt(i + 2) & 0x3F) << 6 | (s.charAt(i + 3) & 0x3F);
            if (cp < 0x10000 || cp > 0x10FFFF) return -4;
            return 4;
        }
        return -1;
    }

    private static boolean lead(int c) { return c < 0x80 || c >= 0xC2 && c <= 0xF4; }
    private static boolean trail(int c) { return c >= 0x80 && c <= 0xBF; }

    public static String htmlspecialchars_decode(Object string) { return htmlspecialchars_decode(string, (long) DEFAULT_FLAGS); }

    public static String htmlspecialchars_decode(Object string, Object flags) {
        String s = Args.str(string, "htmlspecialchars_decode", 1, "string");
        int f = (int) Args.toInt(flags, "htmlspecialchars_decode", 2, "flags");
        boolean html401 = (f & DOCTYPE_MASK) == ENT_HTML401;
        String[][] table = {
            {"&amp;", "&"}, {"&lt;", "<"}, {"&gt;", ">"},
            {(f & ENT_HTML_QUOTE_DOUBLE) != 0 ? "&quot;" : null, "\""},
            {(f & ENT_HTML_QUOTE_SINGLE) != 0 ? "&#039;" : null, "'"},
            {(f & ENT_HTML_QUOTE_SINGLE) != 0 ? "&#39;" : null, "'"},
            {(f & ENT_HTML_QUOTE_SINGLE) != 0 ? "&#x27;" : null, "'"},
            {(f & ENT_HTML_QUOTE_SINGLE) != 0 && !html401 ? "&apos;" : null, "'"},
        };
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '&') {
                String rest = s.substring(i, java.lang.Math.min(s.length(), i + 7));
                boolean done = false;
                for (String[] e : table) {
                    if (e[0] != null && rest.regionMatches(true, 0, e[0], 0, e[0].length())
                            && (e[0].startsWith("&#x") || rest.startsWith(e[0]))) {
                        sb.append(e[1]);
                        i += e[0].length();
                        done = true;
                        break;
                    }
                }
                if (done) continue;
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }
}
