package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;

/**
 * Network address and shell quoting functions of ext/standard: ip2long, long2ip, inet_pton,
 * inet_ntop (glibc's text forms), gethostbyname(l), escapeshellarg, escapeshellcmd.
 */
public final class Net {
    private Net() {}

    /** glibc inet_pton(AF_INET): exactly four decimal parts 0..255, no leading zeros; null if invalid. */
    public static byte[] parse4(String s) {
        byte[] out = new byte[4];
        int parts = 0, i = 0, n = s.length();
        while (true) {
            if (i >= n || !Character.isDigit(s.charAt(i)) || s.charAt(i) > '9') return null;
            int v = 0, start = i;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (i > start && s.charAt(start) == '0') return null;
                v = v * 10 + (s.charAt(i++) - '0');
                if (v > 255) return null;
            }
            if (parts == 4) return null;
            out[parts++] = (byte) v;
            if (i == n) break;
            if (s.charAt(i) != '.' || parts == 4) return null;
            i++;
        }
        return parts == 4 ? out : null;
    }

    /** glibc inet_pton(AF_INET6); null if invalid. */
    static byte[] parse6(String s) {
        byte[] out = new byte[16];
        int n = s.length(), i = 0, tp = 0, colonp = -1;
        if (n == 0) return null;
        if (s.charAt(0) == ':') {
            if (n < 2 || s.charAt(1) != ':') return null;
            i = 1;
        }
        int curtok = i, val = 0, digits = 0;
        boolean sawXdigit = false;
        while (i < n) {
            char c = s.charAt(i++);
            int d = Character.digit(c, 16);
            if (d >= 0 && c < 128) {
                if (++digits > 4) return null;
                val = (val << 4) | d;
                sawXdigit = true;
                continue;
            }
            if (c == ':') {
                curtok = i;
                if (!sawXdigit) {
                    if (colonp >= 0) return null;
                    colonp = tp;
                    continue;
                } else if (i >= n) {
                    return null;
                }
                if (tp + 2 > 16) return null;
                out[tp++] = (byte) (val >> 8);
                out[tp++] = (byte) val;
                sawXdigit = false;
                digits = 0;
                val = 0;
                continue;
            }
            if (c == '.' && tp + 4 <= 16) {
                byte[] v4 = parse4(s.substring(curtok));
                if (v4 == null) return null;
                System.arraycopy(v4, 0, out, tp, 4);
                tp += 4;
                sawXdigit = false;
                break;
            }
            return null;
        }
        if (sawXdigit) {
            if (tp + 2 > 16) return null;
            out[tp++] = (byte) (val >> 8);
            out[tp++] = (byte) val;
        }
        if (colonp >= 0) {
            if (tp == 16) return null;
            int moved = tp - colonp;
            for (int k = 1; k <= moved; k++) {
                out[16 - k] = out[colonp + moved - k];
                out[colonp + moved - k] = 0;
            }
            tp = 16;
        }
        return tp == 16 ? out : null;
    }

    static String format4(byte[] b, int off) {
        return (b[off] & 255) + "." + (b[off + 1] & 255) + "." + (b[off + 2] & 255) + "." + (b[off + 3] & 255);
    }

    /** glibc inet_ntop(AF_INET6): the longest run (2+) of zero words as "::", IPv4-mapped/compatible in dotted form. */
    static String format6(byte[] b) {
        int[] w = new int[8];
        for (int i = 0; i < 8; i++) w[i] = (b[2 * i] & 255) << 8 | (b[2 * i + 1] & 255);
        int best = -1, bestLen = 0, cur = -1, curLen = 0;
        for (int i = 0; i < 8; i++) {
            if (w[i] == 0) {
                if (cur < 0) { cur = i; curLen = 1; } else curLen++;
            } else if (cur >= 0) {
                if (best < 0 || curLen > bestLen) { best = cur; bestLen = curLen; }
                cur = -1;
            }
        }
        if (cur >= 0 && (best < 0 || curLen > bestLen)) { best = cur; bestLen = curLen; }
        if (best >= 0 && bestLen < 2) best = -1;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (best >= 0 && i >= best && i < best + bestLen) {
                if (i == best) sb.append(':');
                continue;
            }
            if (i != 0) sb.append(':');
            if (i == 6 && best == 0 && (bestLen == 6 || bestLen == 5 && w[5] == 0xffff)) {
                sb.append(format4(b, 12));
                break;
            }
            sb.append(Integer.toHexString(w[i]));
        }
        if (best >= 0 && best + bestLen == 8) sb.append(':');
        return sb.toString();
    }

    public static Object ip2long(Object ip) {
        byte[] b = parse4(Args.str(ip, "ip2long", 1, "ip"));
        if (b == null) return false;
        return ((b[0] & 255L) << 24) | ((b[1] & 255L) << 16) | ((b[2] & 255L) << 8) | (b[3] & 255L);
    }

    public static String long2ip(Object ip) {
        long v = Args.toInt(ip, "long2ip", 1, "ip");
        return ((v >>> 24) & 255) + "." + ((v >>> 16) & 255) + "." + ((v >>> 8) & 255) + "." + (v & 255);
    }

    public static Object inet_pton(Object ip) {
        String s = Args.str(ip, "inet_pton", 1, "ip");
        byte[] b = s.indexOf(':') >= 0 ? parse6(s) : s.indexOf('.') >= 0 ? parse4(s) : null;
        if (b == null) return false;
        return new String(b, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    public static Object inet_ntop(Object ip) {
        String s = Args.str(ip, "inet_ntop", 1, "ip");
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        if (b.length == 4) return format4(b, 0);
        if (b.length == 16) return format6(b);
        return false;
    }

    public static String gethostbyname(Object hostname) {
        String h = Args.str(hostname, "gethostbyname", 1, "hostname");
        if (h.length() > 255) return h;
        try {
            for (java.net.InetAddress a : java.net.InetAddress.getAllByName(h)) {
                if (a instanceof java.net.Inet4Address) return a.getHostAddress();
            }
        } catch (Exception e) {
            return h;
        }
        return h;
    }

    public static Object gethostbynamel(Object hostname) {
        String h = Args.str(hostname, "gethostbynamel", 1, "hostname");
        if (h.length() > 255) return false;
        PhpArray out = new PhpArray();
        try {
            for (java.net.InetAddress a : java.net.InetAddress.getAllByName(h)) {
                if (a instanceof java.net.Inet4Address) out.append(a.getHostAddress());
            }
        } catch (Exception e) {
            return false;
        }
        return out;
    }

    public static String escapeshellarg(Object arg) {
        String s = Args.str(arg, "escapeshellarg", 1, "arg");
        if (s.indexOf(0) >= 0) throw new PhpError("ValueError", "escapeshellarg(): Argument #1 ($arg) must not contain any null bytes");
        return "'" + s.replace("'", "'\\''") + "'";
    }

    public static String escapeshellcmd(Object command) {
        String s = Args.str(command, "escapeshellcmd", 1, "command");
        if (s.indexOf(0) >= 0) {
            throw new PhpError("ValueError", "escapeshellcmd(): Argument #1 ($command) must not contain any null bytes");
        }
        StringBuilder sb = new StringBuilder(s.length() + 8);
        int pending = -1; // position of the closing quote a quote was found to pair with
        int l = s.length();
        for (int x = 0; x < l; x++) {
            char c = s.charAt(x);
            switch (c) {
                case '"', '\'' -> {
                    if (pending < 0 && (pending = s.indexOf(c, x + 1)) >= 0) {
                        // paired: kept as is, the closing one too
                    } else if (pending >= 0 && s.charAt(pending) == c) {
                        pending = -1;
                    } else {
                        sb.append('\\');
                    }
                    sb.append(c);
                }
                case '#', '&', ';', '`', '|', '*', '?', '~', '<', '>', '^', '(', ')', '[', ']', '{', '}', '$', '\\', '\n',
                        '\u00ff' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
