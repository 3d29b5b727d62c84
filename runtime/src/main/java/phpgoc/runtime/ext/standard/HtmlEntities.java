package phpgoc.runtime.ext.standard;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import phpgoc.runtime.Args;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Values;

/**
 * htmlentities, html_entity_decode and get_html_translation_table (php's html.c) for UTF-8 and
 * ISO-8859-1 strings (other charsets are read as UTF-8). The entity tables are php's own
 * ({@code html-entities.txt}, a resource next to this class, from get_html_translation_table):
 * HTML 4.01 (also XHTML, with {@code &apos;}), HTML 5, and XML 1's five. Deviations: HTML 5 names
 * php decodes but never produces (aliases such as {@code &NonBreakingSpace;}) stay as they are,
 * and HTML 5's two-code-point entities are not produced by htmlentities().
 */
public final class HtmlEntities {
    private HtmlEntities() {}

    private static final int QUOTE_DOUBLE = 2, QUOTE_SINGLE = 1, IGNORE = 4, SUBSTITUTE = 8, DOCTYPE = 48;
    private static final int HTML401 = 0, XML1 = 16, XHTML = 32, HTML5 = 48;
    private static final long DEFAULT = 3 | SUBSTITUTE;

    /** One doctype's table: keys (UTF-8 strings) to names in php's order, code point to name, name to code points. */
    private record Table(List<String[]> ordered, Map<Integer, String> byCp, Map<String, int[]> byName) {}

    private static final class Tables {
        static final Table T401 = new Table(new ArrayList<>(), new HashMap<>(), new HashMap<>());
        static final Table T5 = new Table(new ArrayList<>(), new HashMap<>(), new HashMap<>());

        static {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(
                    HtmlEntities.class.getResourceAsStream("html-entities.txt"), StandardCharsets.US_ASCII))) {
                Table t = null;
                for (String line; (line = r.readLine()) != null; ) {
                    if (line.startsWith("#")) continue;
                    if (line.startsWith("= ")) {
                        t = line.equals("= 401") ? T401 : T5;
                        continue;
                    }
                    int sp = line.indexOf(' ');
                    byte[] key = java.util.HexFormat.of().parseHex(line.substring(0, sp));
                    String name = line.substring(sp + 1);
                    String k = new String(key, StandardCharsets.ISO_8859_1);
                    t.ordered.add(new String[] {k, name});
                    int[] cps = new String(key, StandardCharsets.UTF_8).codePoints().toArray();
                    if (cps.length == 1) t.byCp.putIfAbsent(cps[0], name);
                    if (!name.startsWith("#")) t.byName.putIfAbsent(name, cps);
                }
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("html-entities.txt missing from the runtime", e);
            }
        }
    }

    private static final Map<String, int[]> XML_NAMES = Map.of("amp", new int[] {'&'}, "lt", new int[] {'<'},
            "gt", new int[] {'>'}, "quot", new int[] {'"'}, "apos", new int[] {'\''});

    private static int doctype(long flags) { return (int) flags & DOCTYPE; }

    private static Map<String, int[]> names(int doctype) {
        return switch (doctype) {
            case XML1 -> XML_NAMES;
            case HTML5 -> Tables.T5.byName;
            default -> Tables.T401.byName;
        };
    }

    private static boolean latin1(Object encoding, String fn) {
        if (encoding == null || encoding == Values.UNDEF) return false;
        String e = Args.str(encoding, fn, 3, "encoding").toLowerCase(java.util.Locale.ROOT);
        return e.equals("iso-8859-1") || e.equals("iso8859-1") || e.equals("latin1");
    }

    // ---- htmlentities

    public static String htmlentities(Object string) { return htmlentities(string, DEFAULT, null, true); }
    public static String htmlentities(Object string, Object flags) { return htmlentities(string, flags, null, true); }
    public static String htmlentities(Object string, Object flags, Object encoding) { return htmlentities(string, flags, encoding, true); }

    public static String htmlentities(Object string, Object flags, Object encoding, Object double_encode) {
        String s = Args.str(string, "htmlentities", 1, "string");
        long f = flags == Values.UNDEF ? DEFAULT : Args.toInt(flags, "htmlentities", 2, "flags");
        boolean l1 = latin1(encoding, "htmlentities");
        boolean dbl = double_encode == Values.UNDEF || Args.toBool(double_encode, "htmlentities", 4, "double_encode");
        int dt = doctype(f);
        Map<Integer, String> byCp = dt == HTML5 ? Tables.T5.byCp : dt == XML1 ? Map.of() : Tables.T401.byCp;
        StringBuilder sb = new StringBuilder(s.length() + 16);
        int i = 0;
        while (i < s.length()) {
            int c = s.charAt(i) & 0xFF, n = 1, cp = c;
            if (!l1 && c >= 0x80) {
                n = Html.utf8Length(s, i);
                if (n < 0) {
                    if ((f & (IGNORE | SUBSTITUTE)) == 0) return "";
                    if ((f & SUBSTITUTE) != 0) sb.append("\u00EF\u00BF\u00BD");
                    i += -n;
                    continue;
                }
                cp = new String(s.substring(i, i + n).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).codePointAt(0);
            }
            switch (cp) {
                case '&' -> {
                    int e = dbl ? -1 : entityEnd(s, i, dt);
                    if (e > 0) {
                        sb.append(s, i, e);
                        i = e;
                        continue;
                    }
                    sb.append("&amp;");
                }
                case '"' -> sb.append((f & QUOTE_DOUBLE) != 0 ? "&quot;" : "\"");
                case '\'' -> sb.append((f & QUOTE_SINGLE) == 0 ? "'" : dt == HTML401 || dt == XHTML ? "&#039;" : "&apos;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                default -> {
                    String name = byCp.get(cp);
                    if (name != null) sb.append('&').append(name).append(';');
                    else sb.append(s, i, i + n);
                }
            }
            i += n;
        }
        return sb.toString();
    }

    /** With double_encode off: the end (after ';') of a valid entity at {@code amp}, or -1. */
    private static int entityEnd(String s, int amp, int dt) {
        int p = amp + 1;
        if (p < s.length() && s.charAt(p) == '#') {
            long e = numericEnd(s, p + 1);
            return e < 0 ? -1 : (int) e + 1;
        }
        int start = p;
        while (p < s.length() && alnum(s.charAt(p))) p++;
        if (p >= s.length() || s.charAt(p) != ';' || p == start) return -1;
        String name = s.substring(start, p);
        if (!names(dt).containsKey(name) && !(dt == XHTML && name.equals("apos"))) return -1;
        return p + 1;
    }

    private static boolean alnum(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'; }

    /**
     * process_numeric_entity from just after "&#": the index of the ';' in the low 32 bits and the
     * code point in the high ones, or -1.
     */
    private static long numericEnd(String s, int p) {
        boolean hex = p < s.length() && (s.charAt(p) == 'x' || s.charAt(p) == 'X');
        if (hex) p++;
        int start = p;
        long v = 0;
        while (p < s.length()) {
            int d = s.charAt(p) < 128 ? Character.digit(s.charAt(p), hex ? 16 : 10) : -1;
            if (d < 0) break;
            if (v <= 0x10FFFF) v = v * (hex ? 16 : 10) + d;
            p++;
        }
        if (p == start || p >= s.length() || s.charAt(p) != ';' || v > 0x10FFFF) return -1;
        return v << 32 | p;
    }

    // ---- html_entity_decode

    public static String html_entity_decode(Object string) { return html_entity_decode(string, DEFAULT, null); }
    public static String html_entity_decode(Object string, Object flags) { return html_entity_decode(string, flags, null); }

    public static String html_entity_decode(Object string, Object flags, Object encoding) {
        String s = Args.str(string, "html_entity_decode", 1, "string");
        long f = flags == Values.UNDEF ? DEFAULT : Args.toInt(flags, "html_entity_decode", 2, "flags");
        boolean l1 = latin1(encoding, "html_entity_decode");
        int dt = doctype(f);
        Map<String, int[]> map = names(dt);
        StringBuilder sb = new StringBuilder(s.length());
        int p = 0, lim = s.length();
        while (p < lim) {
            if (s.charAt(p) != '&' || p + 3 >= lim) {
                sb.append(s.charAt(p++));
                continue;
            }
            int[] code;
            int next;
            if (s.charAt(p + 1) == '#') {
                long e = numericEnd(s, p + 2);
                int cp = (int) (e >>> 32);
                if (e < 0 || !allowed(cp, dt) || dt == HTML5 && cp == 0x0D) {
                    sb.append(s.charAt(p++));
                    continue;
                }
                code = new int[] {cp};
                next = (int) e;
            } else {
                int q = p + 1;
                while (q < lim && alnum(s.charAt(q))) q++;
                String name = q < lim && s.charAt(q) == ';' && q > p + 1 ? s.substring(p + 1, q) : null;
                code = name == null ? null : map.get(name);
                if (code == null && dt == XHTML && "apos".equals(name)) code = new int[] {'\''};
                if (code == null) {
                    sb.append(s.charAt(p++));
                    continue;
                }
                next = q;
            }
            if (code.length == 1 && (code[0] == '\'' && (f & QUOTE_SINGLE) == 0 || code[0] == '"' && (f & QUOTE_DOUBLE) == 0)
                    || l1 && (code.length > 1 || code[0] > 0xFF)) {
                sb.append(s.charAt(p++));
                continue;
            }
            for (int c : code) {
                if (l1) sb.append((char) c);
                else sb.append(new String(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
            }
            p = next + 1;
        }
        return sb.toString();
    }

    /** unicode_cp_is_allowed: whether a numeric entity may stand for {@code cp} in this document type. */
    private static boolean allowed(int cp, int dt) {
        return switch (dt) {
            case HTML401 -> cp >= 0x20 && cp <= 0x7E || cp == 0x0A || cp == 0x09 || cp == 0x0D || cp >= 0xA0 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0x10FFFF && (cp & 0xFFFF) < 0xFFFE && (cp < 0xFDD0 || cp > 0xFDEF);
            case HTML5 -> cp >= 0x20 && cp <= 0x7E || cp >= 0x09 && cp <= 0x0D && cp != 0x0B || cp >= 0xA0 && cp <= 0xD7FF
                    || cp >= 0xE000 && cp <= 0x10FFFF && (cp & 0xFFFF) < 0xFFFE && (cp < 0xFDD0 || cp > 0xFDEF);
            default -> cp >= 0x20 && cp <= 0xD7FF || cp == 0x0A || cp == 0x09 || cp == 0x0D
                    || cp >= 0xE000 && cp <= 0x10FFFF && cp != 0xFFFE && cp != 0xFFFF;
        };
    }

    // ---- get_html_translation_table

    public static PhpArray get_html_translation_table() { return get_html_translation_table(0L, DEFAULT, "UTF-8"); }
    public static PhpArray get_html_translation_table(Object table) { return get_html_translation_table(table, DEFAULT, "UTF-8"); }
    public static PhpArray get_html_translation_table(Object table, Object flags) { return get_html_translation_table(table, flags, "UTF-8"); }

    public static PhpArray get_html_translation_table(Object table, Object flags, Object encoding) {
        long t = Args.toInt(table, "get_html_translation_table", 1, "table");
        long f = flags == Values.UNDEF ? DEFAULT : Args.toInt(flags, "get_html_translation_table", 2, "flags");
        boolean l1 = encoding != Values.UNDEF && latin1(encoding, "get_html_translation_table");
        int dt = doctype(f);
        PhpArray out = new PhpArray();
        if (t != 1 || dt == XML1) {
            String apos = dt == HTML401 ? "&#039;" : "&apos;"; // htmlspecialchars' choice, XHTML's too
            if ((f & QUOTE_DOUBLE) != 0) out.putStr("\"", "&quot;");
            out.putStr("&", "&amp;");
            if ((f & QUOTE_SINGLE) != 0) out.putStr("'", apos);
            out.putStr("<", "&lt;");
            out.putStr(">", "&gt;");
            return out;
        }
        String apos = dt == HTML5 ? "&apos;" : "&#039;";
        for (String[] e : (dt == HTML5 ? Tables.T5 : Tables.T401).ordered) {
            String k = e[0];
            if (l1) { // the entries starting with a code point up to U+00FF, as that byte
                int[] cps = new String(k.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8).codePoints().toArray();
                if (cps[0] > 0xFF) continue;
                // php keeps the low byte of a second code point ("<" U+20D2 is "<\xD2")
                k = cps.length == 1 ? String.valueOf((char) cps[0]) : "" + (char) cps[0] + (char) (cps[1] & 0xFF);
            }
            if (k.equals("\"") && (f & QUOTE_DOUBLE) == 0 || k.equals("'") && (f & QUOTE_SINGLE) == 0) continue;
            out.putStr(k, k.equals("'") ? apos : "&" + e[1] + ";");
        }
        return out;
    }
}
