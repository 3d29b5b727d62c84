package phpgoc.runtime.ext.standard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.zip.CRC32;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;

/**
 * Encodings and digests of ext/standard: md5/sha1/crc32, base64, hex, URL encoding, slashes,
 * rot13. Strings hold one byte per char, so bytes are the chars' low 8 bits.
 */
public final class Encodings {
    private Encodings() {}

    /** A PHP string's bytes (one char per byte). */
    public static byte[] bytes(String s) { return s.getBytes(StandardCharsets.ISO_8859_1); }
    /** The PHP string of bytes {@code b}. */
    public static String string(byte[] b) { return new String(b, StandardCharsets.ISO_8859_1); }

    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final char[] HEX_UPPER = "0123456789ABCDEF".toCharArray();

    /** Lower-case hex digits of {@code b} (bin2hex, digests). */
    public static String hex(byte[] b) {
        char[] out = new char[b.length * 2];
        for (int i = 0; i < b.length; i++) {
            out[2 * i] = HEX[(b[i] >> 4) & 0xF];
            out[2 * i + 1] = HEX[b[i] & 0xF];
        }
        return new String(out);
    }

    private static String digest(String algorithm, String s, boolean binary) {
        try {
            byte[] d = MessageDigest.getInstance(algorithm).digest(bytes(s));
            return binary ? string(d) : hex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // MD5 and SHA-1 are in every JDK
        }
    }

    public static String md5(Object string) { return md5(string, false); }
    public static String md5(Object string, Object binary) {
        return digest("MD5", Args.str(string, "md5", 1, "string"), Args.toBool(binary, "md5", 2, "binary"));
    }

    public static String sha1(Object string) { return sha1(string, false); }
    public static String sha1(Object string, Object binary) {
        return digest("SHA-1", Args.str(string, "sha1", 1, "string"), Args.toBool(binary, "sha1", 2, "binary"));
    }

    public static long crc32(Object string) {
        CRC32 c = new CRC32();
        c.update(bytes(Args.str(string, "crc32", 1, "string")));
        return c.getValue();
    }

    // ---- base64

    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static String base64_encode(Object string) {
        return java.util.Base64.getEncoder().encodeToString(bytes(Args.str(string, "base64_encode", 1, "string")));
    }

    public static Object base64_decode(Object string) { return base64_decode(string, false); }

    /** php's decoder: skips whitespace (and, unless strict, every other non-alphabet byte); strict fails on bad input or padding. */
    public static Object base64_decode(Object string, Object strict) {
        String s = Args.str(string, "base64_decode", 1, "string");
        boolean st = Args.toBool(strict, "base64_decode", 2, "strict");
        byte[] out = new byte[s.length() * 3 / 4 + 3];
        int i = 0, j = 0, padding = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '=') {
                padding++;
                continue;
            }
            int v = c < 128 ? B64.indexOf(c) : -1;
            if (v < 0) {
                boolean space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
                if (!st || space) continue;
                return false;
            }
            if (st && padding > 0) return false;
            switch (i % 4) {
                case 0 -> out[j] = (byte) (v << 2);
                case 1 -> { out[j++] |= (byte) (v >> 4); out[j] = (byte) ((v & 0x0F) << 4); }
                case 2 -> { out[j++] |= (byte) (v >> 2); out[j] = (byte) ((v & 0x03) << 6); }
                default -> out[j++] |= (byte) v;
            }
            i++;
        }
        if (st && i % 4 == 1) return false;
        if (st && padding > 0 && (padding > 2 || (i + padding) % 4 != 0)) return false;
        return new String(out, 0, j, StandardCharsets.ISO_8859_1);
    }

    // ---- hex

    public static String bin2hex(Object string) { return hex(bytes(Args.str(string, "bin2hex", 1, "string"))); }

    public static Object hex2bin(Context ctx, Object string) {
        String s = Args.str(string, "hex2bin", 1, "string");
        if (s.length() % 2 != 0) {
            ctx.warning("hex2bin(): Hexadecimal input string must have an even length");
            return false;
        }
        StringBuilder sb = new StringBuilder(s.length() / 2);
        for (int i = 0; i < s.length(); i += 2) {
            int hi = Character.digit(s.charAt(i), 16), lo = Character.digit(s.charAt(i + 1), 16);
            if (hi < 0 || lo < 0 || s.charAt(i) > 127 || s.charAt(i + 1) > 127) {
                ctx.warning("hex2bin(): Input string must be hexadecimal string");
                return false;
            }
            sb.append((char) (hi << 4 | lo));
        }
        return sb.toString();
    }

    // ---- URLs

    public static String urlencode(Object string) { return urlEncode(Args.str(string, "urlencode", 1, "string"), false); }
    public static String rawurlencode(Object string) { return urlEncode(Args.str(string, "rawurlencode", 1, "string"), true); }
    public static String urldecode(Object string) { return urlDecode(Args.str(string, "urldecode", 1, "string"), true); }
    public static String rawurldecode(Object string) { return urlDecode(Args.str(string, "rawurldecode", 1, "string"), false); }

    /** Alphanumerics and {@code -_.} stay (raw: {@code ~} too); a space is {@code +} (raw: {@code %20}); the rest {@code %XX}. */
    static String urlEncode(String s, boolean raw) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
                    || raw && c == '~') {
                sb.append(c);
            } else if (c == ' ' && !raw) {
                sb.append('+');
            } else {
                sb.append('%').append(HEX_UPPER[(c >> 4) & 0xF]).append(HEX_UPPER[c & 0xF]);
            }
        }
        return sb.toString();
    }

    static String urlDecode(String s, boolean plus) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '+' && plus) {
                sb.append(' ');
            } else if (c == '%' && i + 2 < s.length() && hexDigit(s.charAt(i + 1)) >= 0 && hexDigit(s.charAt(i + 2)) >= 0) {
                sb.append((char) (hexDigit(s.charAt(i + 1)) << 4 | hexDigit(s.charAt(i + 2))));
                i += 2;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static int hexDigit(char c) { return c < 128 ? Character.digit(c, 16) : -1; }

    // ---- slashes, rot13

    public static String addslashes(Object string) {
        String s = Args.str(string, "addslashes", 1, "string");
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'', '"', '\\' -> sb.append('\\').append(c);
                case '\0' -> sb.append("\\0");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    public static String stripslashes(Object string) {
        String s = Args.str(string, "stripslashes", 1, "string");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                sb.append(c);
            } else if (i + 1 < s.length()) {
                char n = s.charAt(++i);
                sb.append(n == '0' ? '\0' : n);
            }
        }
        return sb.toString();
    }

    public static String str_rot13(Object string) {
        String s = Args.str(string, "str_rot13", 1, "string");
        char[] cs = s.toCharArray();
        for (int i = 0; i < cs.length; i++) {
            char c = cs[i];
            if (c >= 'a' && c <= 'z') cs[i] = (char) ('a' + (c - 'a' + 13) % 26);
            else if (c >= 'A' && c <= 'Z') cs[i] = (char) ('A' + (c - 'A' + 13) % 26);
        }
        return new String(cs);
    }
}
