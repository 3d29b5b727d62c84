package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Values;

/**
 * ext/json's encoder, as php 8.2's php_json_encode_zval: lists as JSON arrays, other arrays as
 * objects, strings checked as UTF-8 and escaped (slashes and non-ASCII by default), floats at
 * serialize_precision with a lowercase exponent ({@code 1.0e+25}). Errors return false, or throw
 * JsonException with JSON_THROW_ON_ERROR; JSON_PARTIAL_OUTPUT_ON_ERROR substitutes null/0.
 */
public final class Json {
    private Json() {}

    static final int HEX_TAG = 1, HEX_AMP = 2, HEX_APOS = 4, HEX_QUOT = 8, FORCE_OBJECT = 16, NUMERIC_CHECK = 32,
            UNESCAPED_SLASHES = 64, PRETTY_PRINT = 128, UNESCAPED_UNICODE = 256, PARTIAL_OUTPUT_ON_ERROR = 512,
            PRESERVE_ZERO_FRACTION = 1024, UNESCAPED_LINE_TERMINATORS = 2048, INVALID_UTF8_IGNORE = 1048576,
            INVALID_UTF8_SUBSTITUTE = 2097152, THROW_ON_ERROR = 4194304;

    static final int ERROR_DEPTH = 1, ERROR_UTF8 = 5, ERROR_RECURSION = 6, ERROR_INF_OR_NAN = 7, ERROR_NON_BACKED_ENUM = 11;

    public static Object json_encode(Object value) { return json_encode(value, 0L, 512L); }
    public static Object json_encode(Object value, Object flags) { return json_encode(value, flags, 512L); }

    public static Object json_encode(Object value, Object flags, Object depth) {
        int f = (int) Args.toInt(flags, "json_encode", 2, "flags");
        long d = Args.toInt(depth, "json_encode", 3, "depth");
        if (d <= 0) throw new PhpError("ValueError", "json_encode(): Argument #3 ($depth) must be greater than 0");
        if (d > Integer.MAX_VALUE) throw new PhpError("ValueError", "json_encode(): Argument #3 ($depth) must be less than 2147483647");
        Encoder e = new Encoder(f, (int) d);
        e.value(Values.deref(value), 0);
        if (e.error != 0 && (f & PARTIAL_OUTPUT_ON_ERROR) == 0) {
            if ((f & THROW_ON_ERROR) != 0) throw exception(e.error, message(e.error));
            setLastError(e.error);
            return Boolean.FALSE;
        }
        if ((f & THROW_ON_ERROR) == 0) setLastError(e.error);
        return e.out.toString();
    }

    /** The run's json_last_error() code (php's JSON_G(error_code)). */
    private static final class LastError {
        int code;
    }

    /** Records the error code of a json_encode/json_decode call made without JSON_THROW_ON_ERROR. */
    static void setLastError(int code) {
        Context ctx = Context.current();
        if (ctx != null && (code != 0 || ctx.extensionState(LastError.class, LastError::new).code != 0)) {
            ctx.extensionState(LastError.class, LastError::new).code = code;
        }
    }

    /** A JsonException whose code is the JSON_ERROR_* constant. */
    static PhpError exception(int code, String message) {
        PhpError e = new PhpError("JsonException", message);
        e.code = code;
        return e;
    }

    public static long json_last_error(Context ctx) { return ctx.extensionState(LastError.class, LastError::new).code; }

    public static String json_last_error_msg(Context ctx) {
        int code = ctx.extensionState(LastError.class, LastError::new).code;
        return code == 0 ? "No error" : code == JsonDecode.ERROR_SYNTAX || code == JsonDecode.ERROR_CTRL_CHAR
                ? JsonDecode.message(code) : message(code);
    }

    static String message(int error) {
        return switch (error) {
            case ERROR_DEPTH -> "Maximum stack depth exceeded";
            case ERROR_UTF8 -> "Malformed UTF-8 characters, possibly incorrectly encoded";
            case ERROR_INF_OR_NAN -> "Inf and NaN cannot be JSON encoded";
            case ERROR_RECURSION -> "Recursion detected";
            case ERROR_NON_BACKED_ENUM -> "Non-backed enums have no default serialization";
            default -> "Unknown error";
        };
    }

    private static final class Encoder {
        final StringBuilder out = new StringBuilder();
        final int flags, maxDepth;
        int error;
        /** The objects being encoded (php's recursion protection). */
        final java.util.Set<Object> visiting = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Encoder(int flags, int maxDepth) {
            this.flags = flags;
            this.maxDepth = maxDepth;
        }

        private boolean has(int flag) { return (flags & flag) != 0; }

        void value(Object v, int depth) {
            if (v == null) out.append("null");
            else if (v instanceof Boolean b) out.append(b ? "true" : "false");
            else if (v instanceof Long l) out.append(l);
            else if (v instanceof Double d) dbl(d);
            else if (Values.isString(v)) string(Convert.toStr(v));
            else if (v instanceof PhpArray a) array(a, depth, false);
            else if (v instanceof phpgoc.runtime.PhpObject o) object(o, depth);
            else out.append("null");
        }

        /** A JsonSerializable's jsonSerialize() result, or the public properties as a JSON object. */
        private void object(phpgoc.runtime.PhpObject o, int depth) {
            if (phpgoc.runtime.Enums.isCase(o)) {
                // a backed case is its value; a pure case cannot be encoded
                Object v = phpgoc.runtime.Enums.backedValue(o);
                if (v != null) value(v, depth);
                else {
                    error = ERROR_NON_BACKED_ENUM;
                    out.append('0');
                }
                return;
            }
            if (!visiting.add(o)) {
                error = ERROR_RECURSION;
                out.append("null");
                return;
            }
            try {
                if (o.cls.isA("jsonserializable")) value(Values.deref(phpgoc.runtime.Spl.jsonSerialize(o)), depth);
                else array(phpgoc.runtime.ObjectArrays.exportedProps(o), depth, true);
            } finally {
                visiting.remove(o);
            }
        }

        private void dbl(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                error = ERROR_INF_OR_NAN;
                out.append('0');
                return;
            }
            String s = Fmt.repr(d).replace('E', 'e');
            out.append(s);
            if (has(PRESERVE_ZERO_FRACTION) && s.indexOf('.') < 0 && s.indexOf('e') < 0) out.append(".0");
        }

        private void array(PhpArray a, int depth, boolean object) {
            boolean list = !object && !has(FORCE_OBJECT) && a.isList();
            if (depth >= maxDepth) {
                error = ERROR_DEPTH;
                if (!has(PARTIAL_OUTPUT_ON_ERROR)) return;
            }
            out.append(list ? '[' : '{');
            boolean first = true;
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                if (!first) out.append(',');
                first = false;
                newline(depth + 1);
                if (!list) {
                    string(Convert.toStr(a.keyAt(p)));
                    out.append(has(PRETTY_PRINT) ? ": " : ":");
                }
                value(a.valueAt(p), depth + 1);
            }
            if (!first) newline(depth);
            out.append(list ? ']' : '}');
        }

        private void newline(int depth) {
            if (!has(PRETTY_PRINT)) return;
            out.append('\n');
            for (int i = 0; i < depth; i++) out.append("    ");
        }

        private void string(String s) {
            if (has(NUMERIC_CHECK)) {
                Object n = Convert.parseNumeric(s);
                if (n instanceof Long l) { out.append(l); return; }
                if (n instanceof Double d) { dbl(d); return; }
            }
            int mark = out.length();
            out.append('"');
            int n = s.length();
            for (int i = 0; i < n; ) {
                int c = s.charAt(i) & 0xFF;
                if (c < 0x80) {
                    ascii(c);
                    i++;
                    continue;
                }
                int len = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 0;
                int cp = validUtf8(s, i, len);
                if (cp < 0) {
                    if (has(INVALID_UTF8_IGNORE)) { i++; continue; }
                    if (has(INVALID_UTF8_SUBSTITUTE)) {
                        if (has(UNESCAPED_UNICODE)) out.append("\u00ef\u00bf\u00bd"); else out.append("\\ufffd");
                        i++;
                        continue;
                    }
                    error = ERROR_UTF8;
                    out.setLength(mark);
                    out.append("null");
                    return;
                }
                if (has(UNESCAPED_UNICODE) && !((cp == 0x2028 || cp == 0x2029) && !has(UNESCAPED_LINE_TERMINATORS))) {
                    out.append(s, i, i + len);
                } else if (cp >= 0x10000) {
                    int v = cp - 0x10000;
                    hex4(0xD800 | (v >> 10));
                    hex4(0xDC00 | (v & 0x3FF));
                } else {
                    hex4(cp);
                }
                i += len;
            }
            out.append('"');
        }

        /** The code point of the {@code len}-byte UTF-8 sequence at i, or -1 if it is not one. */
        private static int validUtf8(String s, int i, int len) {
            if (len == 0 || i + len > s.length()) return -1;
            int c = s.charAt(i) & 0xFF;
            int cp = len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
            for (int k = 1; k < len; k++) {
                int b = s.charAt(i + k) & 0xFF;
                if ((b & 0xC0) != 0x80) return -1;
                cp = (cp << 6) | (b & 0x3F);
            }
            if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return -1;
            if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return -1;
            return cp;
        }

        private void hex4(int v) {
            out.append("\\u");
            String h = Integer.toHexString(v);
            for (int k = h.length(); k < 4; k++) out.append('0');
            out.append(h);
        }

        private void ascii(int c) {
            switch (c) {
                case '"' -> out.append(has(HEX_QUOT) ? "\\u0022" : "\\\"");
                case '\\' -> out.append("\\\\");
                case '/' -> out.append(has(UNESCAPED_SLASHES) ? "/" : "\\/");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<' -> out.append(has(HEX_TAG) ? "\\u003C" : "<");
                case '>' -> out.append(has(HEX_TAG) ? "\\u003E" : ">");
                case '&' -> out.append(has(HEX_AMP) ? "\\u0026" : "&");
                case '\'' -> out.append(has(HEX_APOS) ? "\\u0027" : "'");
                default -> {
                    if (c < 0x20) hex4(c); else out.append((char) c);
                }
            }
        }
    }
}
