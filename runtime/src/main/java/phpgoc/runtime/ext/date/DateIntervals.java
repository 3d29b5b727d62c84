package phpgoc.runtime.ext.date;

import static phpgoc.runtime.ext.date.Decl.PUB;
import static phpgoc.runtime.ext.date.Decl.STATIC;
import static phpgoc.runtime.ext.date.Decl.h;
import static phpgoc.runtime.ext.date.Decl.params;

import java.lang.invoke.MethodHandles;
import phpgoc.runtime.Args;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/**
 * DateInterval: its fields are real public properties (y, m, d, h, i, s, f, invert, days,
 * from_string), as php shows and lets scripts write them.
 */
public final class DateIntervals {
    private DateIntervals() {}

    static final MethodHandles.Lookup L = MethodHandles.lookup();

    static Object init(Context ctx, int i) { return i == 0 ? (Object) 0L : i == 1 ? (Object) 0.0 : Boolean.FALSE; }

    static final ClassTemplate TEMPLATE = Decl.cls("DateInterval", Decl.init(L, "init"));

    static {
        for (String p : new String[] {"y", "m", "d", "h", "i", "s"}) TEMPLATE.prop(p, PUB, 0);
        TEMPLATE.prop("f", PUB, 1).prop("invert", PUB, 0).prop("days", PUB, 2).prop("from_string", PUB, 2);
        TEMPLATE.method("__construct", PUB, h(L, "construct", 1), params("duration"))
                .method("format", PUB, h(L, "format", 1), params("format"))
                .method("createFromDateString", STATIC, h(L, "createFromDateString", 1), params("datetime"))
                .method("__set_state", STATIC, h(L, "setState", 1), params("array"))
                .method("__wakeup", PUB, h(L, "wakeup", 0), params());
    }

    /** The relative time string an interval was made from (add() applies it whole: weekdays, "last day of"). */
    record FromString(TimeParser parsed) implements phpgoc.runtime.NativeState {
        @Override public phpgoc.runtime.NativeState copy() { return this; }
    }

    /** An interval's fields; {@code days} is -1 when php's is false. */
    record Iv(long y, long m, long d, long h, long i, long s, long us, boolean invert, long days) {}

    static Iv read(Context ctx, PhpObject o) {
        double f = Convert.toDouble(get(ctx, o, "f"));
        Object days = get(ctx, o, "days");
        return new Iv(num(ctx, o, "y"), num(ctx, o, "m"), num(ctx, o, "d"), num(ctx, o, "h"), num(ctx, o, "i"), num(ctx, o, "s"),
                Math.round(f * 1e6), num(ctx, o, "invert") != 0, days instanceof Boolean || days == null ? -1 : Convert.toLong(days));
    }

    private static Object get(Context ctx, PhpObject o, String p) { return Values.deref(ObjectOps.getPropQuiet(o, ctx, p, null)); }

    private static long num(Context ctx, PhpObject o, String p) { return Convert.toLong(get(ctx, o, p)); }

    static PhpObject make(Context ctx, Iv v) {
        PhpObject o = ctx.findClass("DateInterval").instantiate();
        fill(ctx, o, v);
        return o;
    }

    private static void fill(Context ctx, PhpObject o, Iv v) {
        ObjectOps.setProp(o, ctx, "y", null, v.y);
        ObjectOps.setProp(o, ctx, "m", null, v.m);
        ObjectOps.setProp(o, ctx, "d", null, v.d);
        ObjectOps.setProp(o, ctx, "h", null, v.h);
        ObjectOps.setProp(o, ctx, "i", null, v.i);
        ObjectOps.setProp(o, ctx, "s", null, v.s);
        ObjectOps.setProp(o, ctx, "f", null, v.us / 1e6);
        ObjectOps.setProp(o, ctx, "invert", null, v.invert ? 1L : 0L);
        ObjectOps.setProp(o, ctx, "days", null, v.days < 0 ? (Object) false : (Object) v.days);
    }

    /** An ISO 8601 duration: P[nY][nM][nW][nD][T[nH][nM][nS]]; null when malformed. */
    static Iv parseIso(String s) {
        if (s.length() < 2 || s.charAt(0) != 'P') return null;
        long[] f = new long[6];
        boolean time = false, any = false;
        String seen = "";
        int k = 1;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == 'T') {
                if (time) return null;
                time = true;
                k++;
                continue;
            }
            int st = k;
            while (k < s.length() && Character.isDigit(s.charAt(k))) k++;
            if (st == k || k >= s.length() || k - st > 18) return null;
            long n = Long.parseLong(s.substring(st, k));
            char u = s.charAt(k++);
            String key = (time ? "T" : "") + u;
            if (("," + seen).contains("," + key + ",")) return null; // a unit twice (P1Y1Y)
            seen += key + ",";
            any = true;
            if (!time) {
                switch (u) {
                    case 'Y' -> f[0] = n;
                    case 'M' -> f[1] = n;
                    case 'W' -> f[2] += 7 * n;
                    case 'D' -> f[2] += n;
                    default -> { return null; }
                }
            } else {
                switch (u) {
                    case 'H' -> f[3] = n;
                    case 'M' -> f[4] = n;
                    case 'S' -> f[5] = n;
                    default -> { return null; }
                }
            }
        }
        if (!any || s.charAt(s.length() - 1) == 'T') return null;
        return new Iv(f[0], f[1], f[2], f[3], f[4], f[5], 0, false, -1);
    }

    static Object construct(Context ctx, ClassTemplate self, Object t, Object duration) {
        String s = Args.str(duration, "DateInterval::__construct", 1, "duration");
        Iv v = parseIso(s);
        if (v == null) throw new PhpError("Exception", "Unknown or bad format (" + s + ")");
        fill(ctx, (PhpObject) t, v);
        return null;
    }

    /** The relative part of a time string ("3 days", "1 year ago") as an interval (php marks it from_string). */
    static Object createFromDateString(Context ctx, ClassTemplate self, Object t, Object datetime) {
        String s = Args.str(datetime, "DateInterval::createFromDateString", 1, "datetime");
        TimeParser p = TimeParser.parse(s);
        if (p.error != null) {
            ctx.warning("DateInterval::createFromDateString(): Unknown or bad format (" + s + ") " + p.errorText());
            return false;
        }
        PhpObject o = Decl.called(ctx, t, "DateInterval").instantiate();
        fill(ctx, o, new Iv(p.ry, p.rm, p.rd, p.rh, p.ri, p.rs, p.rus, false, -1));
        ObjectOps.setProp(o, ctx, "from_string", null, true);
        o.internal = new FromString(p);
        return o;
    }

    static Object setState(Context ctx, ClassTemplate self, Object t, Object array) {
        PhpObject o = Decl.called(ctx, t, "DateInterval").instantiate();
        if (Values.deref(array) instanceof PhpArray a) {
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                ObjectOps.setProp(o, ctx, Convert.toStr(a.keyAt(p)), null, Values.deref(a.valueAt(p)));
            }
        }
        return o;
    }

    static Object wakeup(Context ctx, ClassTemplate self, Object t) { return null; }

    static Object format(Context ctx, ClassTemplate self, Object t, Object format) {
        String f = Args.str(format, "DateInterval::format", 1, "format");
        Iv v = read(ctx, (PhpObject) t);
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            if (c != '%' || k + 1 >= f.length()) { sb.append(c); continue; }
            char x = f.charAt(++k);
            switch (x) {
                case 'Y' -> pad(sb, v.y, 2);
                case 'y' -> sb.append(v.y);
                case 'M' -> pad(sb, v.m, 2);
                case 'm' -> sb.append(v.m);
                case 'D' -> pad(sb, v.d, 2);
                case 'd' -> sb.append(v.d);
                case 'H' -> pad(sb, v.h, 2);
                case 'h' -> sb.append(v.h);
                case 'I' -> pad(sb, v.i, 2);
                case 'i' -> sb.append(v.i);
                case 'S' -> pad(sb, v.s, 2);
                case 's' -> sb.append(v.s);
                case 'F' -> pad(sb, v.us, 6);
                case 'f' -> sb.append(v.us);
                case 'a' -> { if (v.days >= 0) sb.append(v.days); else sb.append("(unknown)"); }
                case 'R' -> sb.append(v.invert ? '-' : '+');
                case 'r' -> { if (v.invert) sb.append('-'); }
                case '%' -> sb.append('%');
                default -> sb.append('%').append(x);
            }
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, long v, int w) {
        if (v < 0) { sb.append('-'); v = -v; }
        String s = Long.toString(v);
        for (int k = s.length(); k < w; k++) sb.append('0');
        sb.append(s);
    }
}
