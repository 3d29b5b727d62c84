package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;

/** {@code utf8_encode}/{@code utf8_decode} (ISO-8859-1 and UTF-8), deprecated in php 8.2. Strings hold one byte per char. */
public final class Utf8 {
    private Utf8() {}

    public static String utf8_encode(Context ctx, Object string) {
        ctx.deprecated("Function utf8_encode() is deprecated");
        String s = Args.str(string, "utf8_encode", 1, "string");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            int c = s.charAt(i) & 0xFF;
            if (c < 0x80) sb.append((char) c);
            else sb.append((char) (0xC0 | (c >> 6))).append((char) (0x80 | (c & 0x3F)));
        }
        return sb.toString();
    }

    /** php's decoder: code points above U+00FF and malformed sequences become '?'. */
    public static String utf8_decode(Context ctx, Object string) {
        ctx.deprecated("Function utf8_decode() is deprecated");
        String s = Args.str(string, "utf8_decode", 1, "string");
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            int c = s.charAt(i) & 0xFF;
            if (c < 0x80) { sb.append((char) c); i++; continue; }
            int len = c >= 0xF0 && c < 0xF5 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
            if (len == 0 || c >= 0xF5) { sb.append('?'); i++; continue; }
            int cp = c & (0x3F >> (len - 1));
            int j = 1;
            for (; j < len && i + j < n; j++) {
                int b = s.charAt(i + j) & 0xFF;
                if ((b & 0xC0) != 0x80) break;
                cp = (cp << 6) | (b & 0x3F);
            }
            if (j < len) { sb.append('?'); i += j; continue; }
            sb.append(cp <= 0xFF ? (char) cp : '?');
            i += len;
        }
        return sb.toString();
    }
}
