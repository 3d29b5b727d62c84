package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Values;

/**
 * strip_tags(): php's state machine (php_strip_tags_ex in string.c) byte for byte: HTML tags,
 * PHP blocks ({@code <?...?>}), comments and {@code <!...>} declarations go, quotes inside tags
 * are honoured, NUL bytes are dropped, and allowed tags are kept as written.
 */
public final class StripTags {
    private StripTags() {}

    public static String strip_tags(Object string) { return strip_tags(string, null); }

    public static String strip_tags(Object string, Object allowed_tags) {
        String s = Args.str(string, "strip_tags", 1, "string");
        String allow = null;
        if (allowed_tags instanceof PhpArray a) {
            StringBuilder sb = new StringBuilder();
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                sb.append('<').append(Args.str(Values.deref(a.valueAt(p)), "strip_tags", 2, "allowed_tags")).append('>');
            }
            allow = sb.toString();
        } else if (allowed_tags != null && allowed_tags != Values.UNDEF) {
            Object v = Values.deref(allowed_tags);
            if (!Values.isString(v) && !(v instanceof Long) && !(v instanceof Double) && !(v instanceof Boolean)
                    && !(v instanceof phpgoc.runtime.PhpObject o && phpgoc.runtime.Magic.hasToString(o))) {
                throw Args.typeError("strip_tags", 2, "allowed_tags", "array|string|null", v);
            }
            allow = Args.str(v, "strip_tags", 2, "allowed_tags");
        }
        return strip(s, allow == null ? null : lower(allow));
    }

    private static String lower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) if (c[i] >= 'A' && c[i] <= 'Z') c[i] += 32;
        return new String(c);
    }

    private static boolean space(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 11 || c == '\f'; }

    static String strip(String buf, String allow) {
        int end = buf.length();
        StringBuilder rp = new StringBuilder(end);
        StringBuilder tp = allow != null ? new StringBuilder() : null;
        int p = 0, depth = 0, br = 0, state = 0;
        char inQ = 0, lc = 0;
        boolean isXml = false;
        while (p < end) {
            char c = buf.charAt(p);
            char prev = p > 0 ? buf.charAt(p - 1) : 0;
            char next = p + 1 < end ? buf.charAt(p + 1) : 0;
            switch (state) {
                case 0 -> {
                    switch (c) {
                        case '\0' -> { }
                        case '<' -> {
                            if (inQ != 0) break;
                            if (space(next)) {
                                rp.append(c);
                                break;
                            }
                            lc = '<';
                            state = 1;
                            if (tp != null) tp.append('<');
                        }
                        case '>' -> {
                            if (depth > 0) {
                                depth--;
                                break;
                            }
                            if (inQ != 0) break;
                            rp.append(c);
                        }
                        default -> rp.append(c);
                    }
                }
                case 1 -> {
                    switch (c) {
                        case '\0' -> { }
                        case '<' -> {
                            if (inQ != 0) break;
                            if (space(next)) {
                                if (tp != null) tp.append(c);
                                break;
                            }
                            depth++;
                        }
                        case '>' -> {
                            if (depth > 0) {
                                depth--;
                                break;
                            }
                            if (inQ != 0) break;
                            lc = '>';
                            if (isXml && prev == '-') break;
                            inQ = 0;
                            state = 0;
                            isXml = false;
                            if (tp != null) {
                                tp.append('>');
                                if (tagFind(tp, allow)) rp.append(tp);
                                tp.setLength(0);
                            }
                        }
                        case '"', '\'' -> {
                            if (p != 0 && (inQ == 0 || c == inQ)) inQ = inQ != 0 ? 0 : c;
                            if (tp != null) tp.append(c);
                        }
                        case '!' -> {
                            if (prev == '<' && p >= 1) {
                                state = 3;
                                lc = c;
                            } else if (tp != null) {
                                tp.append(c);
                            }
                        }
                        case '?' -> {
                            if (prev == '<' && p >= 1) {
                                br = 0;
                                state = 2;
                            } else if (tp != null) {
                                tp.append(c);
                            }
                        }
                        default -> {
                            if (tp != null) tp.append(c);
                        }
                    }
                }
                case 2 -> { // PHP
                    switch (c) {
                        case '(' -> {
                            if (lc != '"' && lc != '\'') {
                                lc = '(';
                                br++;
                            }
                        }
                        case ')' -> {
                            if (lc != '"' && lc != '\'') {
                                lc = ')';
                                br--;
                            }
                        }
                        case '>' -> {
                            if (depth > 0) {
                                depth--;
                                break;
                            }
                            if (inQ != 0) break;
                            if (br == 0 && p >= 1 && lc != '"' && prev == '?') {
                                inQ = 0;
                                state = 0;
                                if (tp != null) tp.setLength(0);
                            }
                        }
                        case '"', '\'' -> {
                            if (p >= 1 && prev != '\\') {
                                if (lc == c) lc = 0;
                                else if (lc != '\\') lc = c;
                            }
                            if (p != 0 && (inQ == 0 || c == inQ)) inQ = inQ != 0 ? 0 : c;
                        }
                        case 'l', 'L' -> {
                            if (p > 4 && (prev == 'm' || prev == 'M') && (buf.charAt(p - 2) == 'x' || buf.charAt(p - 2) == 'X')
                                    && buf.charAt(p - 3) == '?' && buf.charAt(p - 4) == '<') {
                                state = 1;
                                isXml = true;
                            }
                        }
                        default -> { }
                    }
                }
                case 3 -> { // <! ... >
                    switch (c) {
                        case '>' -> {
                            if (depth > 0) {
                                depth--;
                                break;
                            }
                            if (inQ != 0) break;
                            inQ = 0;
                            state = 0;
                            if (tp != null) tp.setLength(0);
                        }
                        case '"', '\'' -> {
                            if (p != 0 && prev != '\\' && (inQ == 0 || c == inQ)) inQ = inQ != 0 ? 0 : c;
                        }
                        case '-' -> {
                            if (p >= 2 && prev == '-' && buf.charAt(p - 2) == '!') state = 4;
                        }
                        case 'E', 'e' -> {
                            if (p > 6 && doctype(buf, p)) state = 1;
                        }
                        default -> { }
                    }
                }
                default -> { // 4: a comment
                    if (c == '>' && inQ == 0 && p >= 2 && prev == '-' && buf.charAt(p - 2) == '-') {
                        inQ = 0;
                        state = 0;
                        if (tp != null) tp.setLength(0);
                    }
                }
            }
            p++;
        }
        return rp.toString();
    }

    /** The letters before position {@code p} spell "doctyp" (any case). */
    private static boolean doctype(String b, int p) {
        String w = "doctyp";
        for (int i = 0; i < 6; i++) {
            char c = b.charAt(p - 6 + i);
            if (c >= 'A' && c <= 'Z') c += 32;
            if (c != w.charAt(i)) return false;
        }
        return true;
    }

    /** php_tag_find: the tag normalised to {@code <name>} is in the allowed set. */
    private static boolean tagFind(CharSequence tag, String set) {
        int len = tag.length();
        if (len == 0) return false;
        StringBuilder norm = new StringBuilder();
        int t = 0, state = 0;
        boolean done = false;
        char c = low(tag.charAt(0));
        while (!done) {
            switch (c) {
                case '<' -> norm.append(c);
                case '>' -> done = true;
                default -> {
                    if (!space(c)) {
                        if (state == 0) state = 1;
                        char before = t > 0 ? tag.charAt(t - 1) : 0, after = t + 1 < len ? tag.charAt(t + 1) : 0;
                        if (c != '/' || (before != '<' && after != '>')) norm.append(c);
                    } else if (state == 1) {
                        done = true;
                    }
                }
            }
            t++;
            c = t < len ? low(tag.charAt(t)) : '>';
        }
        norm.append('>');
        return set.contains(norm);
    }

    private static char low(char c) { return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c; }

}
