package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;

/** Quoted-printable (RFC 2045) and uuencoding, after php's quot_print.c and uuencode.c. */
public final class TransferEncodings {
    private TransferEncodings() {}

    private static final String HEX = "0123456789ABCDEF";
    private static final int QP_MAXL = 75;

    public static String quoted_printable_encode(Object string) {
        String s = Args.str(string, "quoted_printable_encode", 1, "string");
        StringBuilder d = new StringBuilder(s.length() * 3 / 2 + 8);
        int lp = 0, n = s.length();
        for (int i = 0; i < n; i++) {
            int c = s.charAt(i) & 0xFF;
            int next = i + 1 < n ? s.charAt(i + 1) & 0xFF : 0;
            if (c == '\r' && next == '\n' && i + 1 < n) {
                d.append("\r\n");
                i++;
                lp = 0;
            } else if (c < 32 || c == 0x7f || c >= 0x80 || c == '=' || (c == ' ' && next == '\r')) {
                if (((lp += 3) > QP_MAXL && c <= 0x7f)
                        || (c > 0x7f && c <= 0xdf && lp + 3 > QP_MAXL)
                        || (c > 0xdf && c <= 0xef && lp + 6 > QP_MAXL)
                        || (c > 0xef && c <= 0xf4 && lp + 9 > QP_MAXL)) {
                    d.append("=\r\n");
                    lp = 3;
                }
                d.append('=').append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            } else {
                if (++lp > QP_MAXL) {
                    d.append("=\r\n");
                    lp = 1;
                }
                d.append((char) c);
            }
        }
        return d.toString();
    }

    /** php stops at a NUL byte, as its C string loop does. */
    public static String quoted_printable_decode(Object string) {
        String s = Args.str(string, "quoted_printable_decode", 1, "string");
        int nul = s.indexOf('\0');
        if (nul >= 0) s = s.substring(0, nul);
        StringBuilder out = new StringBuilder(s.length());
        int i = 0, n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c != '=') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 2 < n && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.append((char) (hex(s.charAt(i + 1)) << 4 | hex(s.charAt(i + 2))));
                i += 3;
                continue;
            }
            int k = 1;
            while (i + k < n && (s.charAt(i + k) == ' ' || s.charAt(i + k) == '\t')) k++;
            if (i + k >= n) {
                i += k;
            } else if (s.charAt(i + k) == '\r' && i + k + 1 < n && s.charAt(i + k + 1) == '\n') {
                i += k + 2;
            } else if (s.charAt(i + k) == '\r' || s.charAt(i + k) == '\n') {
                i += k + 1;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int hex(char c) { return c < 128 ? Character.digit(c, 16) : -1; }

    // ---- uuencode

    private static char enc(int c) { return (c & 077) != 0 ? (char) ((c & 077) + ' ') : '`'; }

    private static int at(String s, int i) { return i < s.length() ? s.charAt(i) & 0xFF : 0; }

    public static String convert_uuencode(Object string) {
        String src = Args.str(string, "convert_uuencode", 1, "string");
        StringBuilder p = new StringBuilder(src.length() * 4 / 3 + 8);
        int s = 0, e = src.length(), len = 45;
        while (s + 3 < e) {
            int ee = s + len;
            if (ee > e) {
                ee = e;
                len = ee - s;
                if (len % 3 != 0) ee = s + (len / 3) * 3;
            }
            p.append(enc(len));
            while (s < ee) {
                p.append(enc(at(src, s) >> 2));
                p.append(enc((at(src, s) << 4) & 060 | (at(src, s + 1) >> 4) & 017));
                p.append(enc((at(src, s + 1) << 2) & 074 | (at(src, s + 2) >> 6) & 03));
                p.append(enc(at(src, s + 2) & 077));
                s += 3;
            }
            if (len == 45) p.append('\n');
        }
        if (s < e) {
            if (len == 45) {
                p.append(enc(e - s));
                len = 0;
            }
            p.append(enc(at(src, s) >> 2));
            p.append(enc((at(src, s) << 4) & 060 | (at(src, s + 1) >> 4) & 017));
            p.append(e - s > 1 ? enc((at(src, s + 1) << 2) & 074 | (at(src, s + 2) >> 6) & 03) : '`');
            p.append(e - s > 2 ? enc(at(src, s + 2) & 077) : '`');
        }
        if (len < 45) p.append('\n');
        p.append('`').append('\n');
        return p.toString();
    }

    private static int dec(String s, int i) { return ((at(s, i)) - ' ') & 077; }

    public static Object convert_uudecode(Context ctx, Object string) {
        String src = Args.str(string, "convert_uudecode", 1, "string");
        StringBuilder out = new StringBuilder(src.length() * 3 / 4);
        int s = 0, e = src.length(), totalLen = 0, len = 0;
        boolean ok = true;
        while (s < e) {
            if ((len = dec(src, s++)) == 0) break;
            if (len > src.length()) { ok = false; break; }
            totalLen += len;
            int ee = s + (len == 45 ? 60 : (int) java.lang.Math.floor(len * 1.33));
            if (ee > e) { ok = false; break; }
            while (s < ee) {
                if (s + 4 > e) { ok = false; break; }
                out.append((char) ((dec(src, s) << 2 | dec(src, s + 1) >> 4) & 0xFF));
                out.append((char) ((dec(src, s + 1) << 4 | dec(src, s + 2) >> 2) & 0xFF));
                out.append((char) ((dec(src, s + 2) << 6 | dec(src, s + 3)) & 0xFF));
                s += 4;
            }
            if (!ok || len < 45) break;
            s++;
        }
        if (ok && totalLen > out.length()) {
            out.append((char) ((dec(src, s) << 2 | dec(src, s + 1) >> 4) & 0xFF));
            if (totalLen > 1) {
                out.append((char) ((dec(src, s + 1) << 4 | dec(src, s + 2) >> 2) & 0xFF));
                if (totalLen > 2) out.append((char) ((dec(src, s + 2) << 6 | dec(src, s + 3)) & 0xFF));
            }
        }
        if (!ok || totalLen == 0 && src.isEmpty()) {
            ctx.warning("convert_uudecode(): Argument #1 ($data) is not a valid uuencoded string");
            return Boolean.FALSE;
        }
        out.setLength(java.lang.Math.min(out.length(), totalLen));
        return out.toString();
    }
}
