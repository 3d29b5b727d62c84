package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.ObjectArrays;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/**
 * URL functions of ext/standard: parse_url (a port of php's {@code php_url_parse_ex2}, quirks
 * included) and http_build_query (php's {@code php_url_encode_hash_ex}; floats with {@code precision}, as (string) does).
 */
public final class Urls {
    private Urls() {}

    /** A parsed URL; null fields are absent components. */
    private static final class Url {
        String scheme, user, pass, host, path, query, fragment;
        int port;
        boolean hasPort;
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
    private static boolean isAlpha(char c) { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'; }

    private static int indexOf(String s, char c, int from, int to) {
        for (int i = from; i < to; i++) if (s.charAt(i) == c) return i;
        return -1;
    }

    private static int lastIndexOf(String s, char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) if (s.charAt(i) == c) return i;
        return -1;
    }

    /** php_replace_controlchars: control characters become '_'. */
    private static String part(String s, int from, int to) {
        char[] cs = s.substring(from, to).toCharArray();
        for (int i = 0; i < cs.length; i++) if (cs[i] < 32 || cs[i] == 127) cs[i] = '_';
        return new String(cs);
    }

    /** strtol on the port digits: -1 when no number at all, else the (possibly out of range) value. */
    private static long strtol(String s) {
        int i = 0, n = s.length();
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) >= 9 && s.charAt(i) <= 13)) i++;
        boolean neg = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) neg = s.charAt(i++) == '-';
        int start = i;
        long v = 0;
        while (i < n && isDigit(s.charAt(i)) && v < 1_000_000) v = v * 10 + (s.charAt(i++) - '0');
        if (i == start) return Long.MIN_VALUE;
        return neg ? -v : v;
    }

    private static Url parse(String str) {
        Url ret = new Url();
        int s = 0, ue = str.length(), e, p;
        boolean justPath = false, parseHost = false;
        e = indexOf(str, ':', 0, ue);
        portCheck:
        if (e > 0) {
            for (p = s; p < e; p++) {
                char c = str.charAt(p);
                if (!isAlpha(c) && !isDigit(c) && c != '+' && c != '.' && c != '-') {
                    int q = indexOf(str, '?', 0, ue);
                    if (e + 1 < ue && e < (q < 0 ? ue : q)) {
                        break portCheck; // to parse_port below
                    } else if (s + 1 < ue && str.charAt(s) == '/' && str.charAt(s + 1) == '/') {
                        s += 2;
                        parseHost = true;
                    } else {
                        justPath = true;
                    }
                    return finish(str, ret, s, ue, justPath);
                }
            }
            if (e + 1 == ue) {
                ret.scheme = part(str, s, e);
                return ret;
            }
            if (str.charAt(e + 1) != '/') {
                p = e + 1;
                while (p < ue && isDigit(str.charAt(p))) p++;
                if ((p == ue || str.charAt(p) == '/') && p - e < 7) break portCheck;
                ret.scheme = part(str, s, e);
                return finish(str, ret, e + 1, ue, true);
            }
            ret.scheme = part(str, s, e);
            if (e + 2 < ue && str.charAt(e + 2) == '/') {
                s = e + 3;
                if (ret.scheme.equalsIgnoreCase("file") && e + 3 < ue && str.charAt(e + 3) == '/') {
                    if (e + 5 < ue && str.charAt(e + 5) == ':') s = e + 4;
                    return finish(str, ret, s, ue, true);
                }
                return finish(str, ret, s, ue, false);
            }
            return finish(str, ret, e + 1, ue, true);
        } else if (e < 0) {
            if (s + 1 < ue && str.charAt(s) == '/' && str.charAt(s + 1) == '/') return finish(str, ret, s + 2, ue, false);
            return finish(str, ret, s, ue, true);
        }
        // parse_port (e is the colon)
        p = e + 1;
        int pp = p;
        while (pp < ue && pp - p < 6 && isDigit(str.charAt(pp))) pp++;
        if (pp - p > 0 && pp - p < 6 && (pp == ue || str.charAt(pp) == '/')) {
            long port = strtol(str.substring(p, pp));
            if (port >= 0 && port <= 65535) {
                ret.hasPort = true;
                ret.port = (int) port;
                if (s + 1 < ue && str.charAt(s) == '/' && str.charAt(s + 1) == '/') s += 2;
            } else {
                return null;
            }
        } else if (p == pp && pp == ue) {
            return null;
        } else if (s + 1 < ue && str.charAt(s) == '/' && str.charAt(s + 1) == '/') {
            s += 2;
        } else {
            return finish(str, ret, s, ue, true);
        }
        return finish(str, ret, s, ue, false);
    }

    /** From parse_host (or just_path when {@code justPath}) to the end of php_url_parse_ex2. */
    private static Url finish(String str, Url ret, int s, int ue, boolean justPath) {
        if (!justPath) {
            int e = ue, p;
            if ((p = indexOf(str, '/', s, e)) >= 0) e = p;
            if ((p = indexOf(str, '?', s, e)) >= 0) e = p;
            if ((p = indexOf(str, '#', s, e)) >= 0) e = p;
            if ((p = lastIndexOf(str, '@', s, e)) >= 0) {
                int pp = indexOf(str, ':', s, p);
                if (pp >= 0) {
                    ret.user = part(str, s, pp);
                    ret.pass = part(str, pp + 1, p);
                } else {
                    ret.user = part(str, s, p);
                }
                s = p + 1;
            }
            if (s < ue && str.charAt(s) == '[' && e > 0 && str.charAt(e - 1) == ']') p = -1;
            else p = lastIndexOf(str, ':', s, e);
            if (p >= 0) {
                if (ret.port == 0) {
                    p++;
                    if (e - p > 5) return null;
                    if (e - p > 0) {
                        long port = strtol(str.substring(p, e));
                        if (port >= 0 && port <= 65535) {
                            ret.hasPort = true;
                            ret.port = (int) port;
                        } else {
                            return null;
                        }
                    }
                    p--;
                }
            } else {
                p = e;
            }
            if (p - s < 1) return null;
            ret.host = part(str, s, p);
            if (e == ue) return ret;
            s = e;
        }
        int e = ue;
        int p = indexOf(str, '#', s, e);
        if (p >= 0) {
            ret.fragment = p + 1 < e ? part(str, p + 1, e) : "";
            e = p;
        }
        p = indexOf(str, '?', s, e);
        if (p >= 0) {
            ret.query = p + 1 < e ? part(str, p + 1, e) : "";
            e = p;
        }
        if (s < e || s == ue) ret.path = part(str, s, e);
        return ret;
    }

    public static Object parse_url(Object url) { return parse_url(url, -1L); }

    public static Object parse_url(Object url, Object component) {
        String s = Args.str(url, "parse_url", 1, "url");
        long key = Args.toInt(component, "parse_url", 2, "component");
        Url u = parse(s);
        if (key > -1) {
            if (key > 7) {
                throw new PhpError("ValueError", "parse_url(): Argument #2 ($component) must be a valid URL component identifier, "
                        + key + " given");
            }
            if (u == null) return false;
            return switch ((int) key) {
                case 0 -> u.scheme;
                case 1 -> u.host;
                case 2 -> u.hasPort ? (Object) (long) u.port : null;
                case 3 -> u.user;
                case 4 -> u.pass;
                case 5 -> u.path;
                case 6 -> u.query;
                default -> u.fragment;
            };
        }
        if (u == null) return false;
        PhpArray out = new PhpArray();
        if (u.scheme != null) out.put("scheme", u.scheme);
        if (u.host != null) out.put("host", u.host);
        if (u.hasPort) out.put("port", (long) u.port);
        if (u.user != null) out.put("user", u.user);
        if (u.pass != null) out.put("pass", u.pass);
        if (u.path != null) out.put("path", u.path);
        if (u.query != null) out.put("query", u.query);
        if (u.fragment != null) out.put("fragment", u.fragment);
        return out;
    }

    // ---- http_build_query

    public static String http_build_query(Context ctx, Object data) { return http_build_query(ctx, data, "", null, 1L); }
    public static String http_build_query(Context ctx, Object data, Object numeric_prefix) {
        return http_build_query(ctx, data, numeric_prefix, null, 1L);
    }
    public static String http_build_query(Context ctx, Object data, Object numeric_prefix, Object arg_separator) {
        return http_build_query(ctx, data, numeric_prefix, arg_separator, 1L);
    }

    public static String http_build_query(Context ctx, Object data, Object numeric_prefix, Object arg_separator, Object encoding_type) {
        Object d = Values.deref(data);
        if (!(d instanceof PhpArray) && !(d instanceof PhpObject)) throw Args.typeError("http_build_query", 1, "data", "array", d);
        String prefix = numeric_prefix == Values.UNDEF ? "" : Args.str(numeric_prefix, "http_build_query", 2, "numeric_prefix");
        String sep = arg_separator == Values.UNDEF ? null : Args.strOrNull(arg_separator, "http_build_query", 3, "arg_separator");
        if (sep == null) {
            sep = ctx.ini.get("arg_separator.output");
            if (sep == null || sep.isEmpty()) sep = "&";
        }
        boolean raw = encoding_type != Values.UNDEF && Args.toInt(encoding_type, "http_build_query", 4, "encoding_type") == 2;
        StringBuilder sb = new StringBuilder();
        encode(sb, table(d), prefix, null, sep, raw, d instanceof PhpObject);
        return sb.toString();
    }

    private static PhpArray table(Object d) { return d instanceof PhpArray a ? a : ObjectArrays.toArray((PhpObject) d); }

    private static void encode(StringBuilder sb, PhpArray ht, String numPrefix, String keyPrefix, String sep, boolean raw,
            boolean object) {
        for (int p = ht.firstPos(); p >= 0; p = ht.nextPos(p)) {
            Object key = ht.keyAt(p);
            Object v = ht.valueAt(p);
            String name;
            if (key instanceof String k) {
                if (object && !k.isEmpty() && k.charAt(0) == 0) continue; // not visible from outside the class
                name = Encodings.urlEncode(k, raw);
            } else {
                name = (keyPrefix == null ? numPrefix : "") + key;
            }
            if (v instanceof PhpArray || v instanceof PhpObject) {
                String np = (keyPrefix == null ? name : keyPrefix + name + "%5D") + "%5B";
                encode(sb, table(v), numPrefix, np, sep, raw, v instanceof PhpObject);
                continue;
            }
            if (v == null || v instanceof phpgoc.runtime.PhpResource) continue;
            if (sb.length() > 0) sb.append(sep);
            if (keyPrefix != null) sb.append(keyPrefix).append(name).append("%5D");
            else sb.append(name);
            sb.append('=');
            if (v instanceof Boolean b) sb.append(b ? '1' : '0');
            else if (v instanceof Long l) sb.append(l);
            else sb.append(Encodings.urlEncode(Convert.toStr(v), raw));
        }
    }
}
