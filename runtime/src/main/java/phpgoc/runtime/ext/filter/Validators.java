package phpgoc.runtime.ext.filter;

import java.util.regex.Pattern;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Values;

/** The FILTER_VALIDATE_* filters, ported from php's ext/filter/logical_filters.c. */
final class Validators {
    private Validators() {}

    static Object fail(long flags) { return (flags & Filter.NULL_ON_FAILURE) != 0 ? null : (Object) false; }

    private static boolean isWs(char c) { return c == ' ' || c == '\t' || c == '\r' || c == 11 || c == '\n'; }

    /** PHP_FILTER_TRIM_DEFAULT: strips ' ', \t, \r, \v, \n at both ends. */
    static String trim(String s) {
        int a = 0, b = s.length();
        while (a < b && isWs(s.charAt(a))) a++;
        while (b > a && isWs(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    private static Object opt(PhpArray opts, String name) {
        if (opts == null || !opts.containsKey(name)) return null;
        return Values.deref(opts.lookup(name));
    }

    // ---- int

    /** php_filter_parse_int: optional sign, no leading zeros; null on failure or overflow. */
    private static Long parseInt(String s) {
        int i = 0, n = s.length();
        boolean neg = false;
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) neg = s.charAt(i++) == '-';
        if (i < n && s.charAt(i) == '0' && i + 1 == n) return 0L;
        if (i >= n || s.charAt(i) < '1' || s.charAt(i) > '9') return null;
        if (n - i > 19) return null;
        long v = 0;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return null;
            int d = c - '0';
            try {
                v = neg ? Math.subtractExact(Math.multiplyExact(v, 10), d) : Math.addExact(Math.multiplyExact(v, 10), d);
            } catch (ArithmeticException e) {
                return null;
            }
        }
        return v;
    }

    private static Long parseRadix(String s, int radix) {
        if (s.isEmpty()) return null;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0 || s.charAt(i) > 127) return null;
            if (Long.compareUnsigned(v, Long.divideUnsigned(-1L, radix)) > 0) return null;
            v = v * radix + d;
        }
        return v;
    }

    static Object intFilter(String s, long flags, PhpArray opts) {
        Object min = opt(opts, "min_range"), max = opt(opts, "max_range");
        if (s.isEmpty()) return fail(flags);
        s = trim(s);
        if (s.isEmpty()) return fail(flags);
        Long v;
        if (s.charAt(0) == '0') {
            String rest = s.substring(1);
            if ((flags & 2) != 0 && !rest.isEmpty() && (rest.charAt(0) == 'x' || rest.charAt(0) == 'X')) {
                if (rest.length() == 1) return fail(flags);
                v = parseRadix(rest.substring(1), 16);
            } else if ((flags & 1) != 0) {
                if (!rest.isEmpty() && (rest.charAt(0) == 'o' || rest.charAt(0) == 'O')) {
                    rest = rest.substring(1);
                    if (rest.isEmpty()) return fail(flags);
                }
                v = rest.isEmpty() ? Long.valueOf(0) : parseRadix(rest, 8);
            } else {
                v = rest.isEmpty() ? Long.valueOf(0) : null;
            }
        } else {
            v = parseInt(s);
        }
        if (v == null || min != null && v < Convert.toLong(min) || max != null && v > Convert.toLong(max)) return fail(flags);
        return v;
    }

    // ---- bool

    static Object boolFilter(String s, long flags) {
        s = trim(s).toLowerCase(java.util.Locale.ROOT);
        return switch (s) {
            case "", "0", "no", "off", "false" -> false;
            case "1", "on", "yes", "true" -> true;
            default -> fail(flags);
        };
    }

    // ---- float

    static Object floatFilter(String fn, String s, long flags, PhpArray opts) {
        String str = trim(s);
        char dec = '.';
        String tsd = "',.";
        Object d = opt(opts, "decimal");
        if (d != null) {
            String ds = Convert.toStr(d);
            if (ds.length() != 1) throw new PhpError("ValueError", fn + "(): \"decimal\" option must be one character long");
            dec = ds.charAt(0);
        }
        Object t = opt(opts, "thousand");
        if (t != null) {
            String ts = Convert.toStr(t);
            if (ts.isEmpty()) throw new PhpError("ValueError", fn + "(): \"thousand\" option cannot be empty");
            tsd = ts;
        }
        Object min = opt(opts, "min_range"), max = opt(opts, "max_range");
        StringBuilder num = new StringBuilder();
        int i = 0, n = str.length();
        if (i < n && (str.charAt(i) == '+' || str.charAt(i) == '-')) num.append(str.charAt(i++));
        boolean first = true;
        while (true) {
            int cnt = 0;
            while (i < n && str.charAt(i) >= '0' && str.charAt(i) <= '9') {
                cnt++;
                num.append(str.charAt(i++));
            }
            char c = i < n ? str.charAt(i) : 0;
            if (i == n || c == dec || c == 'e' || c == 'E') {
                if (!first && cnt != 3) return fail(flags);
                if (i < n && c == dec) {
                    num.append('.');
                    i++;
                    while (i < n && str.charAt(i) >= '0' && str.charAt(i) <= '9') num.append(str.charAt(i++));
                }
                if (i < n && (str.charAt(i) == 'e' || str.charAt(i) == 'E')) {
                    num.append(str.charAt(i++));
                    if (i < n && (str.charAt(i) == '+' || str.charAt(i) == '-')) num.append(str.charAt(i++));
                    while (i < n && str.charAt(i) >= '0' && str.charAt(i) <= '9') num.append(str.charAt(i++));
                }
                break;
            }
            if ((flags & 8192) != 0 && tsd.indexOf(c) >= 0 && tsd.indexOf(c) < 3) {
                if (first ? cnt < 1 || cnt > 3 : cnt != 3) return fail(flags);
                first = false;
                i++;
            } else {
                return fail(flags);
            }
        }
        if (i != n) return fail(flags);
        String ns = num.toString();
        if (ns.isEmpty() || ns.charAt(ns.length() - 1) == ' ') return fail(flags);
        if (!phpgoc.runtime.ext.standard.Types.is_numeric(ns)) return fail(flags);
        double dv = Convert.toDouble(ns);
        boolean integral = ns.matches("[+-]?[0-9]+");
        if (!integral && (dv == 0 && ns.length() > 1 && ns.matches(".*[1-9].*") || Double.isInfinite(dv) || Double.isNaN(dv))) {
            return fail(flags);
        }
        if (min != null && dv < Convert.toDouble(min) || max != null && dv > Convert.toDouble(max)) return fail(flags);
        return dv;
    }

    // ---- regexp, domain, url, email

    static Object regexp(Context ctx, String fn, String s, long flags, PhpArray opts) {
        Object re = opt(opts, "regexp");
        if (re == null) throw new PhpError("ValueError", fn + "(): \"regexp\" option is missing");
        Object r = phpgoc.runtime.ext.pcre.Pcre.preg_match(ctx, Convert.toStr(re), s);
        if (!(r instanceof Long l) || l <= 0) return fail(flags);
        return s;
    }

    private static boolean alnum(char c) { return c < 128 && Character.isLetterOrDigit(c); }

    static boolean validDomain(String s, boolean hostname) {
        int l = s.length(), e = l;
        if (l > 0 && s.charAt(l - 1) == '.') { e--; l--; }
        if (l > 253) return false;
        char c0 = s.isEmpty() ? 0 : s.charAt(0);
        if (c0 == '.' || hostname && !alnum(c0)) return false;
        int label = 1;
        for (int i = 0; i < e; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
                if (next == '.' || hostname && (!alnum(s.charAt(i - 1)) || !alnum(next))) return false;
                label = 1;
            } else {
                if (label > 63 || hostname && c != '-' && !alnum(c)) return false;
                label++;
            }
        }
        return true;
    }

    static Object domain(String s, long flags) {
        return validDomain(s, (flags & 1048576) != 0) ? s : fail(flags);
    }

    private static boolean userinfoValid(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (alnum(c) || "-._~!$&'()*+,;=:".indexOf(c) >= 0) continue;
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0 && Character.digit(s.charAt(i + 2), 16) >= 0) {
                i += 2;
                continue;
            }
            return false;
        }
        return true;
    }

    static Object url(String s, long flags) {
        if (!Sanitizers.keep(s, Sanitizers.URL_CHARS).equals(s)) return fail(flags);
        Object parsed = phpgoc.runtime.ext.standard.Urls.parse_url(s);
        if (!(parsed instanceof PhpArray u)) return fail(flags);
        String scheme = u.containsKey("scheme") ? (String) u.lookup("scheme") : null;
        String host = u.containsKey("host") ? (String) u.lookup("host") : null;
        if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            if (host == null) return fail(flags);
            if (host.length() >= 2 && host.charAt(0) == '[' && host.charAt(host.length() - 1) == ']'
                    && ipv6(host.substring(1, host.length() - 1)) != null) {
                return s;
            }
            if (!validDomain(host, true)) return fail(flags);
        }
        if (scheme == null || host == null && !scheme.equals("mailto") && !scheme.equals("news") && !scheme.equals("file")
                || (flags & 262144) != 0 && !u.containsKey("path") || (flags & 524288) != 0 && !u.containsKey("query")) {
            return fail(flags);
        }
        if (u.containsKey("user") && !userinfoValid((String) u.lookup("user"))
                || u.containsKey("pass") && !userinfoValid((String) u.lookup("pass"))) {
            return fail(flags);
        }
        return s;
    }

    private static final String EMAIL_RE = "^(?!(?:(?:\\x22?\\x5C[\\x00-\\x7E]\\x22?)|(?:\\x22?[^\\x5C\\x22]\\x22?)){255,})"
            + "(?!(?:(?:\\x22?\\x5C[\\x00-\\x7E]\\x22?)|(?:\\x22?[^\\x5C\\x22]\\x22?)){65,}@)"
            + "(?:(?:[\\x21\\x23-\\x27\\x2A\\x2B\\x2D\\x2F-\\x39\\x3D\\x3F\\x5E-\\x7E]+)|(?:\\x22(?:[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F"
            + "\\x21\\x23-\\x5B\\x5D-\\x7F]|(?:\\x5C[\\x00-\\x7F]))*\\x22))(?:\\.(?:(?:[\\x21\\x23-\\x27\\x2A\\x2B\\x2D\\x2F-\\x39"
            + "\\x3D\\x3F\\x5E-\\x7E]+)|(?:\\x22(?:[\\x01-\\x08\\x0B\\x0C\\x0E-\\x1F\\x21\\x23-\\x5B\\x5D-\\x7F]|(?:\\x5C[\\x00-\\x7F]))*"
            + "\\x22)))*@(?:(?:(?!.*[^.]{64,})(?:(?:(?:xn--)?[a-z0-9]+(?:-+[a-z0-9]+)*\\.){1,126}){1,}(?:(?:[a-z][a-z0-9]*)|"
            + "(?:(?:xn--)[a-z0-9]+))(?:-+[a-z0-9]+)*)|(?:\\[(?:(?:IPv6:(?:(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){7})|(?:(?!(?:.*"
            + "[a-f0-9][:\\]]){7,})(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,5})?::(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,5})?)))|"
            + "(?:(?:IPv6:(?:(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){5}:)|(?:(?!(?:.*[a-f0-9]:){5,})(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4})"
            + "{0,3})?::(?:[a-f0-9]{1,4}(?::[a-f0-9]{1,4}){0,3}:)?)))?(?:(?:25[0-5])|(?:2[0-4][0-9])|(?:1[0-9]{2})|"
            + "(?:[1-9]?[0-9]))(?:\\.(?:(?:25[0-5])|(?:2[0-4][0-9])|(?:1[0-9]{2})|(?:[1-9]?[0-9]))){3}))\\]))\\z";
    private static final Pattern EMAIL = Pattern.compile(EMAIL_RE, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    static Object email(String s, long flags) {
        if (s.length() > 320) return fail(flags);
        return EMAIL.matcher(s).find() ? s : fail(flags);
    }

    // ---- ip, mac

    /** _php_filter_validate_ipv6 with the eight 16-bit words; null if invalid. */
    static int[] ipv6(String str) {
        int[] ip = new int[8];
        if (str.indexOf(':') < 0) return null;
        int len = str.length(), blocks = 0, compressed = -1;
        int dot = str.indexOf('.');
        int[] v4 = null;
        if (dot >= 0) {
            int start = dot;
            while (start > 0 && str.charAt(start - 1) != ':') start--;
            byte[] b = phpgoc.runtime.ext.standard.Net.parse4(str.substring(start));
            if (b == null) return null;
            v4 = new int[] {b[0] & 255, b[1] & 255, b[2] & 255, b[3] & 255};
            len = start;
            if (len < 2) return null;
            if (str.charAt(start - 2) != ':') len--;
            blocks = 2;
        }
        int i = 0;
        boolean done = false;
        while (i < len && !done) {
            if (str.charAt(i) == ':') {
                if (++i >= len) return null;
                if (str.charAt(i) == ':') {
                    if (compressed >= 0) return null;
                    if (blocks < 8) ip[blocks] = -1;
                    compressed = blocks++;
                    if (++i == len) {
                        if (blocks > 8) return null;
                        done = true;
                        continue;
                    }
                } else if (i - 1 == 0) {
                    return null;
                }
            }
            int num = 0, n = 0;
            while (i < len) {
                int d = Character.digit(str.charAt(i), 16);
                if (d < 0 || str.charAt(i) > 127) break;
                num = 16 * num + d;
                n++;
                i++;
            }
            if (blocks < 8) ip[blocks] = num;
            if (n < 1 || n > 4) return null;
            if (++blocks > 8) return null;
        }
        if (v4 != null) {
            for (int k = 0; k < 5; k++) ip[k] = 0;
            ip[5] = 0xffff;
            ip[6] = 256 * v4[0] + v4[1];
            ip[7] = 256 * v4[2] + v4[3];
        } else if (compressed >= 0 && blocks <= 8) {
            int offset = 8 - blocks;
            for (int k = 7; k > compressed + offset; k--) ip[k] = ip[k - offset];
            for (int k = compressed + offset; k >= compressed; k--) ip[k] = 0;
        }
        return (compressed >= 0 && blocks <= 8) || blocks == 8 ? ip : null;
    }

    static Object ip(String s, long flags) {
        boolean v6 = s.indexOf(':') >= 0;
        if (!v6 && s.indexOf('.') < 0) return fail(flags);
        boolean want4 = (flags & 1048576) != 0, want6 = (flags & 2097152) != 0;
        if (!(want4 && want6) && (want4 && v6 || want6 && !v6)) return fail(flags);
        boolean priv, reserved, notGlobal;
        if (!v6) {
            byte[] b = phpgoc.runtime.ext.standard.Net.parse4(s);
            if (b == null) return fail(flags);
            int a0 = b[0] & 255, a1 = b[1] & 255, a2 = b[2] & 255;
            priv = a0 == 10 || a0 == 172 && a1 >= 16 && a1 <= 31 || a0 == 192 && a1 == 168;
            reserved = a0 == 0 || a0 >= 240 || a0 == 127 || a0 == 169 && a1 == 254;
            notGlobal = a0 == 100 && a1 >= 64 && a1 <= 127 || a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2)
                    || a0 == 198 && (a1 == 18 || a1 == 19) || a0 == 198 && a1 == 51 && a2 == 100 || a0 == 203 && a1 == 0 && a2 == 113;
        } else {
            int[] w = ipv6(s);
            if (w == null) return fail(flags);
            boolean z5 = w[0] == 0 && w[1] == 0 && w[2] == 0 && w[3] == 0 && w[4] == 0;
            priv = w[0] >= 0xfc00 && w[0] <= 0xfdff;
            reserved = z5 && w[5] == 0 && w[6] == 0 && (w[7] == 0 || w[7] == 1) || w[0] == 0x5f || w[0] >= 0xfe80 && w[0] <= 0xfebf
                    || w[0] == 0x2001 && (w[1] == 0x0db8 || w[1] >= 0x10 && w[1] <= 0x1f) || w[0] == 0x3ff3;
            notGlobal = z5 && w[5] == 0xffff || w[0] == 0x100 && w[1] == 0 && w[2] == 0 && w[3] == 0
                    || w[0] == 0x2001 && w[1] <= 0x1ff || w[0] == 0x2002 || priv;
        }
        boolean global = (flags & 268435456) != 0;
        if (((flags & 8388608) != 0 || global) && priv) return fail(flags);
        if (((flags & 4194304) != 0 || global) && reserved) return fail(flags);
        if (global && notGlobal) return fail(flags);
        return s;
    }

    static Object mac(String fn, String s, long flags, PhpArray opts) {
        Object sepOpt = opt(opts, "separator");
        String exp = sepOpt == null ? null : Convert.toStr(sepOpt);
        if (exp != null && exp.length() != 1) throw new PhpError("ValueError", fn + "(): \"separator\" option must be one character long");
        int tokens, length;
        char sep;
        int n = s.length();
        if (n == 14) { tokens = 3; length = 4; sep = '.'; }
        else if (n == 17 && s.charAt(2) == '-') { tokens = 6; length = 2; sep = '-'; }
        else if (n == 17 && s.charAt(2) == ':') { tokens = 6; length = 2; sep = ':'; }
        else return fail(flags);
        if (exp != null && sep != exp.charAt(0)) return fail(flags);
        for (int i = 0; i < tokens; i++) {
            int off = i * (length + 1);
            if (i < tokens - 1 && s.charAt(off + length) != sep) return fail(flags);
            if (parseRadix(s.substring(off, off + length), 16) == null) return fail(flags);
        }
        return s;
    }
}
