package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Values;

/**
 * ext/json's decoder for what phpgoc can represent: JSON objects become arrays, which php does with
 * {@code $associative = true} or JSON_OBJECT_AS_ARRAY. Objects without either would be stdClass
 * instances, which come with classes: they are a phpgoc error for now. Invalid JSON gives null
 * (or JsonException with JSON_THROW_ON_ERROR).
 */
public final class JsonDecode {
    private JsonDecode() {}

    static final int OBJECT_AS_ARRAY = 1, BIGINT_AS_STRING = 2;
    static final int ERROR_SYNTAX = 4, ERROR_CTRL_CHAR = 3;

    public static Object json_decode(Object json) { return json_decode(json, null, 512L, 0L); }
    public static Object json_decode(Object json, Object associative) { return json_decode(json, associative, 512L, 0L); }
    public static Object json_decode(Object json, Object associative, Object depth) { return json_decode(json, associative, depth, 0L); }

    public static Object json_decode(Object json, Object associative, Object depth, Object flags) {
        String s = Args.str(json, "json_decode", 1, "json");
        Object assoc = Values.deref(associative);
        long d = Args.toInt(depth, "json_decode", 3, "depth");
        int f = (int) Args.toInt(flags, "json_decode", 4, "flags");
        if (d <= 0) throw new PhpError("ValueError", "json_decode(): Argument #3 ($depth) must be greater than 0");
        if (d > Integer.MAX_VALUE) throw new PhpError("ValueError", "json_decode(): Argument #3 ($depth) must be less than 2147483647");
        boolean asArray = assoc == null ? (f & OBJECT_AS_ARRAY) != 0 : phpgoc.runtime.Convert.toBool(assoc);
        Parser p = new Parser(s, asArray, (f & BIGINT_AS_STRING) != 0, (int) d);
        Object v = null;
        int error;
        if (s.isEmpty()) error = ERROR_SYNTAX;
        else {
            v = p.value(0);
            p.ws();
            error = p.error != 0 ? p.error : p.i < s.length() ? ERROR_SYNTAX : 0;
        }
        if ((f & Json.THROW_ON_ERROR) != 0 && error != 0) throw Json.exception(error, message(error));
        if ((f & Json.THROW_ON_ERROR) == 0) Json.setLastError(error);
        return error != 0 ? null : v;
    }

    static String message(int error) {
        return switch (error) {
            case Json.ERROR_DEPTH -> "Maximum stack depth exceeded";
            case ERROR_CTRL_CHAR -> "Control character error, possibly incorrectly encoded";
            case Json.ERROR_UTF8 -> "Malformed UTF-8 characters, possibly incorrectly encoded";
            default -> "Syntax error";
        };
    }

    private static final class Parser {
        final String s;
        final boolean asArray, bigintAsString;
        final int maxDepth;
        int i, error;

        Parser(String s, boolean asArray, boolean bigintAsString, int maxDepth) {
            this.s = s;
            this.asArray = asArray;
            this.bigintAsString = bigintAsString;
            this.maxDepth = maxDepth;
        }

        void ws() {
            while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\n' || s.charAt(i) == '\r')) i++;
        }

        private Object fail(int code) {
            if (error == 0) error = code;
            i = s.length();
            return null;
        }

        Object value(int depth) {
            ws();
            if (i >= s.length()) return fail(ERROR_SYNTAX);
            char c = s.charAt(i);
            switch (c) {
                case '{', '[' -> {
                    if (depth >= maxDepth) return fail(Json.ERROR_DEPTH);
                    return c == '[' ? array(depth + 1) : object(depth + 1);
                }
                case '"' -> { return string(); }
                case 't' -> { return word("true", Boolean.TRUE); }
                case 'f' -> { return word("false", Boolean.FALSE); }
                case 'n' -> { return word("null", null); }
                default -> { return number(); }
            }
        }

        private Object word(String w, Object v) {
            if (!s.startsWith(w, i)) return fail(ERROR_SYNTAX);
            i += w.length();
            return v;
        }

        private Object array(int depth) {
            i++;
            PhpArray a = new PhpArray();
            ws();
            if (i < s.length() && s.charAt(i) == ']') { i++; return a; }
            while (error == 0) {
                Object v = value(depth);
                if (error != 0) return null;
                a.append(v);
                ws();
                if (i < s.length() && s.charAt(i) == ',') { i++; continue; }
                if (i < s.length() && s.charAt(i) == ']') { i++; return a; }
                return fail(ERROR_SYNTAX);
            }
            return null;
        }

        private Object object(int depth) {
            i++;
            PhpArray a = new PhpArray();
            ws();
            if (i < s.length() && s.charAt(i) == '}') { i++; return asArray ? a : phpgoc.runtime.ObjectArrays.stdClass(a); }
            while (error == 0) {
                ws();
                if (i >= s.length() || s.charAt(i) != '"') return fail(ERROR_SYNTAX);
                Object k = string();
                ws();
                if (error != 0 || i >= s.length() || s.charAt(i) != ':') return fail(ERROR_SYNTAX);
                i++;
                Object v = value(depth);
                if (error != 0) return null;
                if (asArray) a.put(k, v); else a.putStr(phpgoc.runtime.Convert.toStr(k), v);
                ws();
                if (i < s.length() && s.charAt(i) == ',') { i++; continue; }
                if (i < s.length() && s.charAt(i) == '}') { i++; return asArray ? a : phpgoc.runtime.ObjectArrays.stdClass(a); }
                return fail(ERROR_SYNTAX);
            }
            return null;
        }

        private Object string() {
            i++;
            StringBuilder sb = new StringBuilder();
            while (true) {
                if (i >= s.length()) return fail(ERROR_SYNTAX);
                char c = s.charAt(i);
                if (c == '"') { i++; return sb.toString(); }
                if (c < 0x20) return fail(ERROR_CTRL_CHAR);
                if (c == '\\') {
                    if (i + 1 >= s.length()) return fail(ERROR_SYNTAX);
                    char e = s.charAt(i + 1);
                    i += 2;
                    switch (e) {
                        case '"', '\\', '/' -> sb.append(e);
                        case 'b' -> sb.append('\b');
                        case 'f' -> sb.append('\f');
                        case 'n' -> sb.append('\n');
                        case 'r' -> sb.append('\r');
                        case 't' -> sb.append('\t');
                        case 'u' -> {
                            int cp = hex4();
                            if (cp < 0) return fail(ERROR_SYNTAX);
                            if (cp >= 0xD800 && cp <= 0xDBFF && s.startsWith("\\u", i)) {
                                int save = i;
                                i += 2;
                                int lo = hex4();
                                if (lo >= 0xDC00 && lo <= 0xDFFF) cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                                else i = save;
                            }
                            utf8(sb, cp);
                        }
                        default -> { return fail(ERROR_SYNTAX); }
                    }
                    continue;
                }
                if (c >= 0x80) {
                    int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
                    if (len == 0 || i + len > s.length()) return fail(Json.ERROR_UTF8);
                    for (int k = 1; k < len; k++) if ((s.charAt(i + k) & 0xC0) != 0x80) return fail(Json.ERROR_UTF8);
                    sb.append(s, i, i + len);
                    i += len;
                    continue;
                }
                sb.append(c);
                i++;
            }
        }

        private int hex4() {
            if (i + 4 > s.length()) return -1;
            int v = 0;
            for (int k = 0; k < 4; k++) {
                int d = Character.digit(s.charAt(i + k), 16);
                if (d < 0) return -1;
                v = v * 16 + d;
            }
            i += 4;
            return v;
        }

        private static void utf8(StringBuilder sb, int cp) {
            if (cp < 0x80) sb.append((char) cp);
            else if (cp < 0x800) sb.append((char) (0xC0 | cp >> 6)).append((char) (0x80 | cp & 0x3F));
            else if (cp < 0x10000) {
                sb.append((char) (0xE0 | cp >> 12)).append((char) (0x80 | cp >> 6 & 0x3F)).append((char) (0x80 | cp & 0x3F));
            } else {
                sb.append((char) (0xF0 | cp >> 18)).append((char) (0x80 | cp >> 12 & 0x3F))
                        .append((char) (0x80 | cp >> 6 & 0x3F)).append((char) (0x80 | cp & 0x3F));
            }
        }

        private Object number() {
            int start = i;
            if (i < s.length() && s.charAt(i) == '-') i++;
            if (i >= s.length() || !isDigit(s.charAt(i))) return fail(ERROR_SYNTAX);
            if (s.charAt(i) == '0') i++;
            else while (i < s.length() && isDigit(s.charAt(i))) i++;
            boolean dbl = false;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
                if (i >= s.length() || !isDigit(s.charAt(i))) return fail(ERROR_SYNTAX);
                while (i < s.length() && isDigit(s.charAt(i))) i++;
                dbl = true;
            }
            if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
                i++;
                if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
                if (i >= s.length() || !isDigit(s.charAt(i))) return fail(ERROR_SYNTAX);
                while (i < s.length() && isDigit(s.charAt(i))) i++;
                dbl = true;
            }
            String num = s.substring(start, i);
            if (!dbl) {
                try {
                    return Long.parseLong(num);
                } catch (NumberFormatException e) {
                    if (bigintAsString) return num;
                }
            }
            return Double.parseDouble(num);
        }

        private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
    }
}
