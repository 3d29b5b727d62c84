package phpgoc.runtime.ext.date;

import static phpgoc.runtime.ext.date.Decl.PUB;
import static phpgoc.runtime.ext.date.Decl.h;
import static phpgoc.runtime.ext.date.Decl.params;

import java.lang.invoke.MethodHandles;
import java.time.ZonedDateTime;
import java.util.List;
import phpgoc.runtime.Args;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/**
 * DatePeriod: start, interval, and an end date or a number of recurrences. Iterating yields dates of
 * the start's class, each the previous one plus the interval (so month overflow accumulates).
 */
public final class DatePeriods {
    private DatePeriods() {}

    static final MethodHandles.Lookup L = MethodHandles.lookup();
    static final int EXCLUDE_START_DATE = 1, INCLUDE_END_DATE = 2;

    static Object constant(Context ctx, int i) { return (long) i; }

    static final ClassTemplate TEMPLATE = Decl.cls("DatePeriod", Decl.init(L, "constant"), "IteratorAggregate");

    static {
        TEMPLATE.constant("EXCLUDE_START_DATE", PUB, EXCLUDE_START_DATE).constant("INCLUDE_END_DATE", PUB, INCLUDE_END_DATE);
        TEMPLATE.method("__construct", PUB, h(L, "construct", 4), params("start", "?interval", "?end", "?options"))
                .method("getStartDate", PUB, h(L, "getStartDate", 0), params())
                .method("getEndDate", PUB, h(L, "getEndDate", 0), params())
                .method("getDateInterval", PUB, h(L, "getDateInterval", 0), params())
                .method("getRecurrences", PUB, h(L, "getRecurrences", 0), params())
                .method("getIterator", PUB, h(L, "getIterator", 0), params());
    }

    /** The period's parts (start and end are private copies; recurrences is -1 for an end date). */
    static final class Period implements NativeState {
        PhpObject start, end, interval;
        long recurrences;
        boolean includeStart, includeEnd;

        @Override public NativeState copy() { return this; }

        @Override public void debugProperties(List<ObjectOps.Property> out) {
            PhpArray a = propertyTable();
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) out.add(new ObjectOps.Property((String) a.keyAt(p), "", a.valueAt(p)));
        }

        @Override public PhpArray propertyTable() {
            PhpArray a = new PhpArray();
            a.putStr("start", start);
            a.putStr("current", null);
            a.putStr("end", end);
            a.putStr("interval", interval);
            a.putStr("recurrences", recurrences < 0 ? 1L : recurrences + (includeStart ? 1 : 0));
            a.putStr("include_start_date", includeStart);
            a.putStr("include_end_date", includeEnd);
            return a;
        }
    }

    private static Period state(Object t) {
        if (((PhpObject) t).internal instanceof Period p) return p;
        throw new PhpError("Error", "The DatePeriod object has not been correctly initialized by its constructor");
    }

    private static PhpObject copyDate(PhpObject d) {
        DateState s = DateTimes.state(d);
        return DateTimes.make(d.cls, s.t, s.tz);
    }

    static Object construct(Context ctx, ClassTemplate self, Object t, Object start, Object interval, Object end, Object options) {
        Object st = Values.deref(start);
        if (Values.isString(st)) throw new PhpError("Exception", "DatePeriod::__construct(): ISO interval strings are not supported");
        Period p = new Period();
        p.start = copyDate(Decl.obj(start, "datetimeinterface", "DateTimeInterface", "DatePeriod::__construct", 1, "start"));
        PhpObject iv = Decl.obj(interval, "dateinterval", "DateInterval", "DatePeriod::__construct", 2, "interval");
        p.interval = ObjectOps.cloneObject(ctx, iv, null);
        Object e = Values.deref(end);
        if (e instanceof PhpObject eo && eo.cls.isA("datetimeinterface")) {
            p.end = copyDate(eo);
            p.recurrences = -1;
        } else {
            long n = Args.toInt(e, "DatePeriod::__construct", 3, "end");
            if (n < 1) throw new PhpError("Exception", "DatePeriod::__construct(): Recurrence count must be greater than 0");
            p.recurrences = n;
        }
        long opts = options == Values.UNDEF ? 0 : Args.toInt(options, "DatePeriod::__construct", 4, "options");
        p.includeStart = (opts & EXCLUDE_START_DATE) == 0;
        p.includeEnd = (opts & INCLUDE_END_DATE) != 0;
        ((PhpObject) t).internal = p;
        return null;
    }

    static Object getStartDate(Context ctx, ClassTemplate self, Object t) { return copyDate(state(t).start); }

    static Object getEndDate(Context ctx, ClassTemplate self, Object t) {
        Period p = state(t);
        return p.end == null ? null : copyDate(p.end);
    }

    static Object getDateInterval(Context ctx, ClassTemplate self, Object t) { return ObjectOps.cloneObject(ctx, state(t).interval, null); }

    static Object getRecurrences(Context ctx, ClassTemplate self, Object t) {
        Period p = state(t);
        return p.recurrences < 0 ? null : (Object) p.recurrences;
    }

    /** An ArrayIterator over the period's dates. */
    static Object getIterator(Context ctx, ClassTemplate self, Object t) {
        Period p = state(t);
        DateIntervals.Iv iv = DateIntervals.read(ctx, p.interval);
        DateState s = DateTimes.state(p.start);
        ZonedDateTime cur = s.t;
        PhpArray out = new PhpArray();
        if (p.recurrences >= 0) {
            if (p.includeStart) out.append(DateTimes.make(p.start.cls, cur, s.tz));
            for (long k = 0; k < p.recurrences; k++) {
                cur = DateMath.add(cur, iv, 1);
                out.append(DateTimes.make(p.start.cls, cur, s.tz));
            }
        } else {
            java.time.Instant stop = DateTimes.state(p.end).t.toInstant();
            if (!p.includeStart) cur = DateMath.add(cur, iv, 1);
            for (int guard = 0; guard < 1_000_000; guard++) {
                int c = cur.toInstant().compareTo(stop);
                if (c > 0 || c == 0 && !p.includeEnd) break;
                out.append(DateTimes.make(p.start.cls, cur, s.tz));
                ZonedDateTime next = DateMath.add(cur, iv, 1);
                if (!next.toInstant().isAfter(cur.toInstant())) break;
                cur = next;
            }
        }
        PhpObject it = ctx.findClass("ArrayIterator").instantiate();
        ObjectOps.callMethod(it, ctx, "__construct", null, new Object[] {out});
        return it;
    }
}
