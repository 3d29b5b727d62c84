package phpgoc.runtime.ext.date;

import static phpgoc.runtime.ext.date.Decl.PUB;
import static phpgoc.runtime.ext.date.Decl.h;
import static phpgoc.runtime.ext.date.Decl.params;

import java.lang.invoke.MethodHandles;
import java.time.ZonedDateTime;
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
 * DatePeriod: start, interval, and an end date or a number of recurrences, held in its public
 * properties as php shows them (recurrences counts the start date too). Iterating yields dates of
 * the start's class, each the previous one plus the interval (so month overflow accumulates), and
 * leaves {@code current} one step past the last.
 */
public final class DatePeriods {
    private DatePeriods() {}

    static final MethodHandles.Lookup L = MethodHandles.lookup();
    static final int EXCLUDE_START_DATE = 1, INCLUDE_END_DATE = 2;

    static Object init(Context ctx, int i) { return i < 0 ? null : (Object) (long) i; }

    static final ClassTemplate TEMPLATE = Decl.cls("DatePeriod", Decl.init(L, "init"), "IteratorAggregate");

    static {
        TEMPLATE.constant("EXCLUDE_START_DATE", PUB, EXCLUDE_START_DATE).constant("INCLUDE_END_DATE", PUB, INCLUDE_END_DATE);
        for (String p : new String[] {"start", "current", "end", "interval", "recurrences", "include_start_date", "include_end_date"}) {
            TEMPLATE.prop(p, PUB, -1);
        }
        TEMPLATE.method("__construct", PUB, h(L, "construct", 4), params("start", "?interval", "?end", "?options"))
                .method("getStartDate", PUB, h(L, "getStartDate", 0), params())
                .method("getEndDate", PUB, h(L, "getEndDate", 0), params())
                .method("getDateInterval", PUB, h(L, "getDateInterval", 0), params())
                .method("getRecurrences", PUB, h(L, "getRecurrences", 0), params())
                .method("getIterator", PUB, h(L, "getIterator", 0), params());
    }

    private static Object get(Context ctx, Object t, String p) { return Values.deref(ObjectOps.getPropQuiet(t, ctx, p, null)); }

    private static void set(Context ctx, Object t, String p, Object v) { ObjectOps.setProp(t, ctx, p, null, v); }

    private static PhpObject copyDate(PhpObject d) {
        DateState s = DateTimes.state(d);
        return DateTimes.make(d.cls, s.t, s.tz);
    }

    static Object construct(Context ctx, ClassTemplate self, Object t, Object start, Object interval, Object end, Object options) {
        String fn = "DatePeriod::__construct";
        Object st = Values.deref(start);
        PhpObject first, iv, last = null;
        long recurrences = 0, opts;
        if (Values.isString(st)) {
            String iso = Convert.toStr(st);
            opts = interval == Values.UNDEF ? 0 : Args.toInt(interval, fn, 2, "options");
            String[] parts = iso.split("/", -1);
            if (parts.length < 2 || !parts[0].matches("R[0-9]+")) throw new PhpError("Exception", "Unknown or bad format (" + iso + ")");
            recurrences = Long.parseLong(parts[0].substring(1));
            DateState s = parts.length > 1 ? isoDate(parts[1]) : null;
            if (s == null) throw new PhpError("Exception", fn + "(): ISO interval must contain a start date, \"" + iso + "\" given");
            first = DateTimes.make(ctx.findClass("DateTime"), s.t, s.tz);
            DateIntervals.Iv v = parts.length > 2 ? DateIntervals.parseIso(parts[2]) : null;
            if (v == null) throw new PhpError("Exception", fn + "(): ISO interval must contain an interval, \"" + iso + "\" given");
            iv = DateIntervals.make(ctx, v);
            if (parts.length > 3) {
                DateState e = isoDate(parts[3]);
                if (e == null) throw new PhpError("Exception", "Unknown or bad format (" + iso + ")");
                last = DateTimes.make(ctx.findClass("DateTime"), e.t, e.tz);
            }
        } else {
            first = copyDate(Decl.obj(start, "datetimeinterface", "DateTimeInterface", fn, 1, "start"));
            iv = ObjectOps.cloneObject(ctx, Decl.obj(interval, "dateinterval", "DateInterval", fn, 2, "interval"), null);
            Object e = Values.deref(end);
            if (e instanceof PhpObject eo && eo.cls.isA("datetimeinterface")) last = copyDate(eo);
            else recurrences = Args.toInt(e, fn, 3, "end");
            opts = options == Values.UNDEF ? 0 : Args.toInt(options, fn, 4, "options");
        }
        if (last == null && recurrences < 1) throw new PhpError("Exception", fn + "(): Recurrence count must be greater than 0");
        boolean includeStart = (opts & EXCLUDE_START_DATE) == 0;
        set(ctx, t, "start", first);
        set(ctx, t, "current", null);
        set(ctx, t, "end", last);
        set(ctx, t, "interval", iv);
        set(ctx, t, "recurrences", recurrences + (includeStart ? 1 : 0));
        set(ctx, t, "include_start_date", includeStart);
        set(ctx, t, "include_end_date", (opts & INCLUDE_END_DATE) != 0);
        return null;
    }

    /** An ISO 8601 date-time in UTC ("2012-07-01T00:00:00Z"), or null. */
    private static DateState isoDate(String s) {
        if (!s.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")) return null;
        TimeParser p = TimeParser.parse(s.substring(0, s.length() - 1));
        if (p.error != null) return null;
        Tz utc = Tz.offset(0);
        return new DateState(TimeResolver.construct(p, DateTimes.now(utc)), utc);
    }

    private static PhpObject date(Context ctx, Object t, String p) {
        if (get(ctx, t, p) instanceof PhpObject o && o.cls.isA("datetimeinterface")) return o;
        if (p.equals("end")) return null;
        throw new PhpError("Error", "The DatePeriod object has not been correctly initialized by its constructor");
    }

    static Object getStartDate(Context ctx, ClassTemplate self, Object t) { return copyDate(date(ctx, t, "start")); }

    static Object getEndDate(Context ctx, ClassTemplate self, Object t) {
        PhpObject e = date(ctx, t, "end");
        return e == null ? null : copyDate(e);
    }

    static Object getDateInterval(Context ctx, ClassTemplate self, Object t) {
        return ObjectOps.cloneObject(ctx, get(ctx, t, "interval"), null);
    }

    static Object getRecurrences(Context ctx, ClassTemplate self, Object t) {
        long n = Convert.toLong(get(ctx, t, "recurrences")) - (Convert.toBool(get(ctx, t, "include_start_date")) ? 1 : 0);
        return n == 0 ? null : (Object) n;
    }

    /** An ArrayIterator over the period's dates. */
    static Object getIterator(Context ctx, ClassTemplate self, Object t) {
        PhpObject start = date(ctx, t, "start"), end = date(ctx, t, "end");
        if (!(get(ctx, t, "interval") instanceof PhpObject ivo)) {
            throw new PhpError("Error", "The DatePeriod object has not been correctly initialized by its constructor");
        }
        DateIntervals.Iv iv = DateIntervals.read(ctx, ivo);
        boolean includeStart = Convert.toBool(get(ctx, t, "include_start_date"));
        boolean includeEnd = Convert.toBool(get(ctx, t, "include_end_date"));
        DateState s = DateTimes.state(start);
        ZonedDateTime cur = s.t;
        PhpArray out = new PhpArray();
        if (!includeStart) cur = DateMath.add(cur, iv, 1);
        if (end == null) {
            long n = Convert.toLong(get(ctx, t, "recurrences")) - (includeStart ? 1 : 0);
            for (long k = includeStart ? -1 : 0; k < n; k++) {
                out.append(DateTimes.make(start.cls, cur, s.tz));
                cur = DateMath.add(cur, iv, 1);
            }
        } else {
            java.time.Instant stop = DateTimes.state(end).t.toInstant();
            for (int guard = 0; guard < 1_000_000; guard++) {
                int c = cur.toInstant().compareTo(stop);
                if (c > 0 || c == 0 && !includeEnd) break;
                out.append(DateTimes.make(start.cls, cur, s.tz));
                ZonedDateTime next = DateMath.add(cur, iv, 1);
                if (!next.toInstant().isAfter(cur.toInstant())) break;
                cur = next;
            }
        }
        set(ctx, t, "current", DateTimes.make(start.cls, cur, s.tz));
        PhpObject it = ctx.findClass("ArrayIterator").instantiate();
        ObjectOps.callMethod(it, ctx, "__construct", null, new Object[] {out});
        return it;
    }
}
