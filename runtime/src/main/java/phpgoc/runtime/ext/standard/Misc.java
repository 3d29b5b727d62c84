package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/**
 * Smaller functions of ext/standard: the inverse hyperbolic functions, expm1 and log1p; the
 * include path; ini_parse_quantity; output-buffer status; flush; getopt.
 */
public final class Misc {
    private Misc() {}

    private static final double LN2 = 6.93147180559945286227e-01;

    /** fdlibm's s_asinh.c (what glibc computes), so results match php to the last bit. */
    public static double asinh(Object num) {
        double x = Args.toFloat(num, "asinh", 1, "num");
        double ax = java.lang.Math.abs(x), w;
        if (Double.isNaN(x) || Double.isInfinite(x)) return x + x;
        if (ax < 0x1p-28) return x;
        if (ax > 0x1p28) w = java.lang.Math.log(ax) + LN2;
        else if (ax > 2.0) w = java.lang.Math.log(2.0 * ax + 1.0 / (java.lang.Math.sqrt(x * x + 1.0) + ax));
        else {
            double t = x * x;
            w = java.lang.Math.log1p(ax + t / (1.0 + java.lang.Math.sqrt(1.0 + t)));
        }
        return x > 0 ? w : -w;
    }

    /** fdlibm's e_acosh.c. */
    public static double acosh(Object num) {
        double x = Args.toFloat(num, "acosh", 1, "num");
        if (Double.isNaN(x) || x < 1) return Double.NaN;
        if (x >= 0x1p28) return Double.isInfinite(x) ? x : java.lang.Math.log(x) + LN2;
        if (x == 1.0) return 0.0;
        if (x > 2.0) return java.lang.Math.log(2.0 * x - 1.0 / (x + java.lang.Math.sqrt(x * x - 1.0)));
        double t = x - 1.0;
        return java.lang.Math.log1p(t + java.lang.Math.sqrt(2.0 * t + t * t));
    }

    /** fdlibm's e_atanh.c. */
    public static double atanh(Object num) {
        double x = Args.toFloat(num, "atanh", 1, "num");
        double ax = java.lang.Math.abs(x), t;
        if (Double.isNaN(x) || ax > 1) return Double.NaN;
        if (ax == 1) return x / 0.0;
        if (ax < 0x1p-28) return x;
        if (ax < 0.5) {
            t = ax + ax;
            t = 0.5 * java.lang.Math.log1p(t + t * ax / (1.0 - ax));
        } else {
            t = 0.5 * java.lang.Math.log1p((ax + ax) / (1.0 - ax));
        }
        return x >= 0 ? t : -t;
    }

    public static double expm1(Object num) { return java.lang.Math.expm1(Args.toFloat(num, "expm1", 1, "num")); }
    public static double log1p(Object num) { return java.lang.Math.log1p(Args.toFloat(num, "log1p", 1, "num")); }

    // ---- include path

    public static Object get_include_path(Context ctx) {
        String v = ctx.ini.get("include_path");
        return v == null ? ".:/usr/share/php" : v;
    }

    public static Object set_include_path(Context ctx, Object include_path) {
        String p = Args.str(include_path, "set_include_path", 1, "include_path");
        if (p.isEmpty()) return false;
        Object old = get_include_path(ctx);
        ctx.ini.set("include_path", p);
        return old;
    }

    // ---- ini_parse_quantity (zend_ini_parse_quantity, signed)

    private static boolean ws(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 11 || c == '\f'; }

    public static long ini_parse_quantity(Context ctx, Object shorthand) {
        String v = Args.str(shorthand, "ini_parse_quantity", 1, "shorthand");
        int d = 0, end = v.length();
        while (d < end && ws(v.charAt(d))) d++;
        while (end > d && ws(v.charAt(end - 1))) end--;
        if (d == end) return 0;
        boolean neg = false;
        if (v.charAt(d) == '+') d++;
        else if (v.charAt(d) == '-') { neg = true; d++; }
        String pre = "Invalid quantity \"" + escaped(v) + "\"";
        if (d >= end || !Character.isDigit(v.charAt(d)) || v.charAt(d) > '9') {
            ctx.warning(pre + ": no valid leading digits, interpreting as \"0\" for backwards compatibility");
            return 0;
        }
        int base = v.charAt(d) == '0' ? 8 : 10;
        if (v.charAt(d) == '0' && !(d + 1 < end && v.charAt(d + 1) >= '0' && v.charAt(d + 1) <= '9')) {
            if (d + 1 == end) return 0;
            char c = v.charAt(d + 1);
            switch (c) {
                case 'g', 'G', 'm', 'M', 'k', 'K' -> base = 0;
                case 'x', 'X' -> base = 16;
                case 'o', 'O' -> base = 8;
                case 'b', 'B' -> base = 2;
                default -> {
                    ctx.warning("Invalid prefix \"0" + c + "\", interpreting as \"0\" for backwards compatibility");
                    return 0;
                }
            }
            if (base != 0) {
                d += 2;
                if (d == end) {
                    ctx.warning(pre + ": no digits after base prefix, interpreting as \"0\" for backwards compatibility");
                    return 0;
                }
            } else {
                base = 10;
            }
        }
        int p = d;
        long r = 0;
        boolean overflow = false;
        while (p < end) {
            int dig = Character.digit(v.charAt(p), base);
            if (dig < 0 || v.charAt(p) > 127) break;
            if (Long.compareUnsigned(r, Long.divideUnsigned(-1L, base)) > 0
                    || Long.compareUnsigned(r * base + dig, r * base) < 0 && r != 0) {
                overflow = true;
            }
            r = r * base + dig;
            p++;
        }
        if (p == d) {
            ctx.warning(pre + ": no valid leading digits, interpreting as \"0\" for backwards compatibility");
            return 0;
        }
        if (!overflow) {
            if (neg && r == Long.MIN_VALUE) r = Long.MIN_VALUE;
            else if (r < 0) overflow = true;
            else if (neg) r = -r;
        } else if (neg) {
            r = -r;
        }
        int q = p;
        while (q < end && ws(v.charAt(q))) q++;
        if (q != end) {
            char last = v.charAt(end - 1);
            int shift;
            switch (last) {
                case 'g', 'G' -> shift = 30;
                case 'm', 'M' -> shift = 20;
                case 'k', 'K' -> shift = 10;
                default -> {
                    ctx.warning(pre + ": unknown multiplier \"" + last + "\", interpreting as \"" + v.substring(0, q)
                            + "\" for backwards compatibility");
                    return r;
                }
            }
            if (q < end - 1) {
                ctx.warning(pre + ", interpreting as \"" + v.substring(0, q) + last + "\" for backwards compatibility");
            }
            long shifted = r << shift;
            if ((shifted >> shift) != r) overflow = true;
            r = shifted;
        }
        if (overflow) ctx.warning(pre + ": value is out of range, using overflow result for backwards compatibility");
        return r;
    }

    private static String escaped(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 32 || c > 126 || c == '\\') {
                switch (c) {
                    case '\n' -> sb.append("\\n");
                    case '\t' -> sb.append("\\t");
                    case '\r' -> sb.append("\\r");
                    case 11 -> sb.append("\\v");
                    case '\f' -> sb.append("\\f");
                    case '\\' -> sb.append("\\\\");
                    case 27 -> sb.append("\\e");
                    default -> sb.append(String.format("\\x%02X", (int) c));
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    // ---- output buffering status

    private static PhpArray status(int level, int used) {
        PhpArray a = new PhpArray();
        a.put("name", "default output handler");
        a.put("type", 0L);
        a.put("flags", 112L);
        a.put("level", (long) level);
        a.put("chunk_size", 0L);
        a.put("buffer_size", 16384L);
        a.put("buffer_used", (long) used);
        return a;
    }

    public static PhpArray ob_get_status(Context ctx) { return ob_get_status(ctx, false); }

    public static PhpArray ob_get_status(Context ctx, Object full_status) {
        boolean full = Args.toBool(full_status, "ob_get_status", 1, "full_status");
        int[] lens = ctx.out.bufferLengths();
        if (full) {
            PhpArray out = new PhpArray();
            for (int i = 0; i < lens.length; i++) out.append(status(i, lens[i]));
            return out;
        }
        if (lens.length == 0) return new PhpArray();
        return status(lens.length - 1, lens[lens.length - 1]);
    }

    public static PhpArray ob_list_handlers(Context ctx) {
        PhpArray out = new PhpArray();
        for (int i = 0; i < ctx.out.bufferLevel(); i++) out.append("default output handler");
        return out;
    }

    public static void ob_implicit_flush() {}

    public static void ob_implicit_flush(Object enable) { Args.toBool(enable, "ob_implicit_flush", 1, "enable"); }

    /** flush(): php flushes the SAPI's buffer (not the output buffers), so the bytes reach stdout now. */
    public static void flush(Context ctx) {
        if (ctx.out.bufferLevel() == 0) ctx.out.flushAll();
    }

    // ---- getopt

    public static Object getopt(Context ctx, Object short_options) { return getopt(ctx, short_options, new PhpArray(), new Ref()); }
    public static Object getopt(Context ctx, Object short_options, Object long_options) {
        return getopt(ctx, short_options, long_options, new Ref());
    }

    /** php_getopt over $_SERVER['argv']: stops at the first non-option or "--"; repeated options collect into arrays. */
    public static Object getopt(Context ctx, Object short_options, Object long_options, Ref rest_index) {
        String shorts = Args.str(short_options, "getopt", 1, "short_options");
        PhpArray longs = long_options == Values.UNDEF || long_options == null ? new PhpArray()
                : Args.array(Values.deref(long_options), "getopt", 2, "long_options");
        PhpArray argv = argv(ctx);
        String[] args = new String[argv.size()];
        int k = 0;
        for (int p = argv.firstPos(); p >= 0; p = argv.nextPos(p)) args[k++] = Convert.toStr(argv.valueAt(p));
        PhpArray out = new PhpArray();
        int i = 1;
        while (i < args.length) {
            String a = args[i];
            if (a.equals("--")) { i++; break; }
            if (a.length() < 2 || a.charAt(0) != '-') break;
            i++;
            if (a.startsWith("--")) {
                String body = a.substring(2);
                int eq = body.indexOf('=');
                String name = eq >= 0 ? body.substring(0, eq) : body;
                int kind = -1;
                for (int p = longs.firstPos(); p >= 0; p = longs.nextPos(p)) {
                    String spec = Convert.toStr(longs.valueAt(p));
                    String sn = spec.replaceAll(":+$", "");
                    if (sn.equals(name)) { kind = spec.length() - sn.length(); break; }
                }
                if (kind < 0 || kind == 0 && eq >= 0) continue;
                Object val = false;
                if (eq >= 0) val = body.substring(eq + 1);
                else if (kind == 1) {
                    if (i >= args.length) continue;
                    val = args[i++];
                }
                add(out, name, val);
                continue;
            }
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                int at = c == ':' ? -1 : shorts.indexOf(c);
                if (at < 0) continue;
                int kind = at + 1 < shorts.length() && shorts.charAt(at + 1) == ':' ? (at + 2 < shorts.length() && shorts.charAt(at + 2) == ':' ? 2 : 1) : 0;
                if (kind == 0) {
                    add(out, String.valueOf(c), false);
                    continue;
                }
                String rest = a.substring(j + 1);
                if (rest.startsWith("=")) rest = rest.substring(1);
                if (!rest.isEmpty()) {
                    add(out, String.valueOf(c), rest);
                } else if (kind == 1) {
                    if (i < args.length) add(out, String.valueOf(c), args[i++]);
                } else {
                    add(out, String.valueOf(c), false);
                }
                break;
            }
        }
        rest_index.set((long) i);
        return out;
    }

    private static void add(PhpArray out, String name, Object val) {
        Object key = Convert.toKey(name);
        if (!out.containsKey(key)) {
            out.put(key, val);
            return;
        }
        Object old = Values.deref(out.lookup(key));
        PhpArray list = old instanceof PhpArray l ? l.copy() : PhpArray.of(old);
        list.append(val);
        out.put(key, list);
    }

    private static PhpArray argv(Context ctx) {
        Ref server = ctx.globals.find("_SERVER");
        if (server != null && Values.deref(server.get()) instanceof PhpArray s && s.containsKey("argv")
                && Values.deref(s.lookup("argv")) instanceof PhpArray a) {
            return a;
        }
        Ref g = ctx.globals.find("argv");
        if (g != null && Values.deref(g.get()) instanceof PhpArray a) return a;
        return new PhpArray();
    }
}
