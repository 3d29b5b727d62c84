package phpgoc.runtime.ext.date;

import static phpgoc.runtime.ext.date.Decl.PUB;
import static phpgoc.runtime.ext.date.Decl.STATIC;
import static phpgoc.runtime.ext.date.Decl.h;
import static phpgoc.runtime.ext.date.Decl.params;

import java.lang.invoke.MethodHandles;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import phpgoc.runtime.Args;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Dates;

/**
 * DateTimeInterface, DateTime and DateTimeImmutable. Both classes share these bodies: a mutable
 * object's setters change it and return it, an immutable's return a changed clone.
 */
public final class DateTimes {
    private DateTimes() {}

    private static final MethodHandles.Lookup L = MethodHandles.lookup();

    static final String[][] FORMATS = {{"ATOM", "Y-m-d\\TH:i:sP"}, {"COOKIE", "l, d-M-Y H:i:s T"},
        {"ISO8601", "Y-m-d\\TH:i:sO"}, {"RFC822", "D, d M y H:i:s O"}, {"RFC850", "l, d-M-y H:i:s T"},
        {"RFC1036", "D, d M y H:i:s O"}, {"RFC1123", "D, d M Y H:i:s O"}, {"RFC7231", "D, d M Y H:i:s \\G\\M\\T"},
        {"RFC2822", "D, d M Y H:i:s O"}, {"RFC3339", "Y-m-d\\TH:i:sP"}, {"RFC3339_EXTENDED", "Y-m-d\\TH:i:s.vP"},
        {"RSS", "D, d M Y H:i:s O"}, {"W3C", "Y-m-d\\TH:i:sP"}};

    /** The format constants, name and value (DateTimeInterface::ATOM is also DATE_ATOM). */
    public static String[][] formats() { return FORMATS.clone(); }

    static Object constant(Context ctx, int i) { return FORMATS[i][1]; }

    static final ClassTemplate INTERFACE = new ClassTemplate("DateTimeInterface", ClassTemplate.KIND_INTERFACE, 0, null,
            new String[0], Decl.init(L, "constant"), null, 0);
    static final ClassTemplate MUTABLE = Decl.cls("DateTime", null, "DateTimeInterface");
    static final ClassTemplate IMMUTABLE = Decl.cls("DateTimeImmutable", null, "DateTimeInterface");

    static {
        for (int i = 0; i < FORMATS.length; i++) INTERFACE.constant(FORMATS[i][0], PUB, i);
        int abs = PUB | ClassTemplate.ABSTRACT;
        INTERFACE.method("format", abs, null, params("format")).method("getTimezone", abs, null, params())
                .method("getOffset", abs, null, params()).method("getTimestamp", abs, null, params())
                .method("diff", abs, null, params("targetObject", "?absolute")).method("__wakeup", abs, null, params())
                .method("__serialize", abs, null, params()).method("__unserialize", abs, null, params("data"));
        for (ClassTemplate t : new ClassTemplate[] {MUTABLE, IMMUTABLE}) {
            t.method("__construct", PUB, h(L, "construct", 2), params("?datetime", "?timezone"))
                    .method("format", PUB, h(L, "format", 1), params("format"))
                    .method("getTimestamp", PUB, h(L, "getTimestamp", 0), params())
                    .method("setTimestamp", PUB, h(L, "setTimestamp", 1), params("timestamp"))
                    .method("getTimezone", PUB, h(L, "getTimezone", 0), params())
                    .method("setTimezone", PUB, h(L, "setTimezone", 1), params("timezone"))
                    .method("getOffset", PUB, h(L, "getOffset", 0), params())
                    .method("setDate", PUB, h(L, "setDate", 3), params("year", "month", "day"))
                    .method("setISODate", PUB, h(L, "setISODate", 3), params("year", "week", "?dayOfWeek"))
                    .method("setTime", PUB, h(L, "setTime", 4), params("hour", "minute", "?second", "?microsecond"))
                    .method("modify", PUB, h(DateMath.L, "modify", 1), params("modifier"))
                    .method("add", PUB, h(DateMath.L, "add", 1), params("interval"))
                    .method("sub", PUB, h(DateMath.L, "sub", 1), params("interval"))
                    .method("diff", PUB, h(DateMath.L, "diff", 2), params("targetObject", "?absolute"))
                    .method("createFromFormat", STATIC, h(DateCreate.L, "createFromFormat", 3),
                            params("format", "datetime", "?timezone"))
                    .method("createFromInterface", STATIC, h(L, "createFromInterface", 1), params("object"))
                    .method("getLastErrors", STATIC, h(DateCreate.L, "getLastErrors", 0), params())
                    .method("__set_state", STATIC, h(L, "setState", 1), params("array"))
                    .method("__serialize", PUB, h(L, "serialize", 0), params())
                    .method("__unserialize", PUB, h(L, "unserialize", 1), params("data"))
                    .method("__wakeup", PUB, h(L, "wakeup", 0), params());
        }
        MUTABLE.method("createFromImmutable", STATIC, h(L, "createFromImmutable", 1), params("object"));
        IMMUTABLE.method("createFromMutable", STATIC, h(L, "createFromMutable", 1), params("object"));
    }

    static ClassTemplate template(String lower) {
        return switch (lower) {
            case "datetimeinterface" -> INTERFACE;
            case "datetime" -> MUTABLE;
            case "datetimeimmutable" -> IMMUTABLE;
            default -> null;
        };
    }

    // ---- state

    static DateState state(Object t) {
        PhpObject o = (PhpObject) Values.deref(t);
        if (o.internal instanceof DateState s) return s;
        throw new PhpError("Error", "The DateTime object has not been correctly initialized by its constructor");
    }

    static Tz defaultTz(Context ctx) {
        String name = Dates.defaultZoneName(ctx);
        return name.equals("UTC") ? Tz.UTC : new Tz(3, name, Dates.defaultZone(ctx));
    }

    static ZonedDateTime now(Tz tz) { return ZonedDateTime.now(tz.id()).truncatedTo(ChronoUnit.MICROS); }

    /** A new instance of {@code cls} at {@code t} in {@code tz}. */
    static PhpObject make(PhpClass cls, ZonedDateTime t, Tz tz) {
        PhpObject o = cls.instantiate();
        o.internal = new DateState(t, tz);
        return o;
    }

    /** The object a setter changes and returns: {@code this} when mutable (marked escaped), a clone when immutable. */
    static PhpObject target(Context ctx, Object t) {
        PhpObject o = (PhpObject) t;
        state(o);
        // a mutable object's setters return $this: it escapes, so the compiler's release of a temporary spares it
        return o.cls.isA("datetimeimmutable") ? ObjectOps.cloneObject(ctx, o, null) : (PhpObject) phpgoc.runtime.Destructors.escaped(o);
    }

    /** Parses {@code s} as the constructor does; null (with {@code err[0]} set) when it does not parse. */
    static DateState parse(Context ctx, String s, Tz argTz, String[] err) {
        TimeParser p = TimeParser.parse(s);
        DateCreate.record(ctx, p.error == null ? null : p);
        if (p.error != null) {
            err[0] = "Failed to parse time string (" + s + ") " + p.errorText();
            return null;
        }
        DateCreate.recordInvalidDate(ctx, p, s);
        Tz tz = p.zone != null ? p.zone : argTz != null ? argTz : defaultTz(ctx);
        try {
            return new DateState(TimeResolver.construct(p, now(tz)), tz);
        } catch (ArithmeticException | java.time.DateTimeException e) {
            err[0] = "Failed to parse time string (" + s + ") at position 0 (" + (s.isEmpty() ? "" : s.charAt(0)) + "): Unexpected character";
            return null;
        }
    }

    static Tz zoneArg(Object v, String fn, int n) {
        if (Decl.absent(v)) return null;
        return DateZones.tz(Decl.obj(v, "datetimezone", "?DateTimeZone", fn, n, "timezone"));
    }

    // ---- methods

    static Object construct(Context ctx, ClassTemplate self, Object t, Object datetime, Object timezone) {
        PhpObject o = (PhpObject) t;
        String fn = o.cls.isA("datetimeimmutable") ? "DateTimeImmutable::__construct" : "DateTime::__construct";
        String s = datetime == Values.UNDEF ? "now" : Args.str(datetime, fn, 1, "datetime");
        Tz tz = zoneArg(timezone, fn, 2);
        String[] err = new String[1];
        DateState st = parse(ctx, s, tz, err);
        if (st == null) throw new PhpError("Exception", err[0]);
        o.internal = st;
        return null;
    }

    static Object format(Context ctx, ClassTemplate self, Object t, Object format) {
        return state(t).format(Args.str(format, self.name + "::format", 1, "format"));
    }

    static Object getTimestamp(Context ctx, ClassTemplate self, Object t) { return state(t).t.toEpochSecond(); }

    static Object getOffset(Context ctx, ClassTemplate self, Object t) { return (long) state(t).t.getOffset().getTotalSeconds(); }

    static Object getTimezone(Context ctx, ClassTemplate self, Object t) { return DateZones.make(ctx, state(t).tz); }

    static Object setTimestamp(Context ctx, ClassTemplate self, Object t, Object timestamp) {
        long ts = Args.toInt(timestamp, self.name + "::setTimestamp", 1, "timestamp");
        PhpObject o = target(ctx, t);
        DateState s = state(o);
        s.t = Instant.ofEpochSecond(ts).atZone(s.tz.id());
        return o;
    }

    static Object setTimezone(Context ctx, ClassTemplate self, Object t, Object timezone) {
        Tz tz = DateZones.tz(Decl.obj(timezone, "datetimezone", "DateTimeZone", self.name + "::setTimezone", 1, "timezone"));
        PhpObject o = target(ctx, t);
        DateState s = state(o);
        s.t = s.t.withZoneSameInstant(tz.id());
        s.tz = tz;
        return o;
    }

    /** Replaces the wall clock's date or time, carrying out-of-range values over. */
    private static Object setWall(Context ctx, Object t, LocalDateTime wall) {
        PhpObject o = target(ctx, t);
        DateState s = state(o);
        s.t = TimeResolver.at(wall, s.tz.id());
        return o;
    }

    static Object setDate(Context ctx, ClassTemplate self, Object t, Object year, Object month, Object day) {
        String fn = self.name + "::setDate";
        long y = Args.toInt(year, fn, 1, "year"), m = Args.toInt(month, fn, 2, "month"), d = Args.toInt(day, fn, 3, "day");
        return setWall(ctx, t, TimeResolver.date(y, m, d).atTime(state(t).t.toLocalTime()));
    }

    static Object setISODate(Context ctx, ClassTemplate self, Object t, Object year, Object week, Object dayOfWeek) {
        String fn = self.name + "::setISODate";
        long y = Args.toInt(year, fn, 1, "year"), w = Args.toInt(week, fn, 2, "week");
        long d = dayOfWeek == Values.UNDEF ? 1 : Args.toInt(dayOfWeek, fn, 3, "dayOfWeek");
        java.time.LocalDate monday = java.time.LocalDate.of(Math.toIntExact(y), 1, 4)
                .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1).with(java.time.DayOfWeek.MONDAY);
        return setWall(ctx, t, monday.plusWeeks(w - 1).plusDays(d - 1).atTime(state(t).t.toLocalTime()));
    }

    static Object setTime(Context ctx, ClassTemplate self, Object t, Object hour, Object minute, Object second, Object microsecond) {
        String fn = self.name + "::setTime";
        long h = Args.toInt(hour, fn, 1, "hour"), i = Args.toInt(minute, fn, 2, "minute");
        long s = second == Values.UNDEF ? 0 : Args.toInt(second, fn, 3, "second");
        long us = microsecond == Values.UNDEF ? 0 : Args.toInt(microsecond, fn, 4, "microsecond");
        return setWall(ctx, t, state(t).t.toLocalDate().atStartOfDay().plusHours(h).plusMinutes(i).plusSeconds(s).plusNanos(us * 1000));
    }

    static Object createFromInterface(Context ctx, ClassTemplate self, Object t, Object object) {
        PhpObject src = Decl.obj(object, "datetimeinterface", "DateTimeInterface", self.name + "::createFromInterface", 1, "object");
        DateState s = state(src);
        return make(Decl.called(ctx, t, self.name), s.t, s.tz);
    }

    static Object createFromImmutable(Context ctx, ClassTemplate self, Object t, Object object) {
        PhpObject src = Decl.obj(object, "datetimeimmutable", "DateTimeImmutable", "DateTime::createFromImmutable", 1, "object");
        DateState s = state(src);
        return make(Decl.called(ctx, t, "DateTime"), s.t, s.tz);
    }

    static Object createFromMutable(Context ctx, ClassTemplate self, Object t, Object object) {
        PhpObject src = Decl.obj(object, "datetime", "DateTime", "DateTimeImmutable::createFromMutable", 1, "object");
        DateState s = state(src);
        return make(Decl.called(ctx, t, "DateTimeImmutable"), s.t, s.tz);
    }

    // ---- serialization and var_export

    /** date, timezone_type, timezone, then the object's own properties (a subclass's), mangled. */
    static Object serialize(Context ctx, ClassTemplate self, Object t) {
        PhpArray a = state(t).propertyTable();
        phpgoc.runtime.ObjectArrays.appendTable(a, phpgoc.runtime.ObjectArrays.mangled((PhpObject) t));
        return a;
    }

    /** The entries of a serialized date that are the object's own properties. */
    private static void loadProps(PhpObject o, Object data) {
        if (!(data instanceof PhpArray a)) return;
        PhpArray rest = new PhpArray();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object k = a.keyAt(p);
            if (!"date".equals(k) && !"timezone_type".equals(k) && !"timezone".equals(k)) rest.put(k, a.valueAt(p));
        }
        if (rest.size() > 0) phpgoc.runtime.ext.standard.Serialize.loadProperties(o, rest);
    }

    static Object wakeup(Context ctx, ClassTemplate self, Object t) { return null; }

    static Object unserialize(Context ctx, ClassTemplate self, Object t, Object data) {
        DateState s = restore(Values.deref(data));
        if (s == null) throw new PhpError("Error", "Invalid serialization data for " + self.name + " object");
        ((PhpObject) t).internal = s;
        loadProps((PhpObject) t, Values.deref(data));
        return null;
    }

    static Object setState(Context ctx, ClassTemplate self, Object t, Object array) {
        DateState s = restore(Values.deref(array));
        if (s == null) throw new PhpError("Error", "Invalid serialization data for " + self.name + " object");
        PhpObject o = Decl.called(ctx, t, self.name).instantiate();
        o.internal = s;
        loadProps(o, Values.deref(array));
        return o;
    }

    /** The moment of a date/timezone_type/timezone array, or null when it is not one. */
    static DateState restore(Object v) {
        if (!(v instanceof PhpArray a)) return null;
        Object date = Values.deref(a.lookup("date")), type = Values.deref(a.lookup("timezone_type"));
        Object zone = Values.deref(a.lookup("timezone"));
        if (!Values.isString(date) || !(type instanceof Long) || !Values.isString(zone)) return null;
        Tz tz = DateZones.restore((Long) type, Convert.toStr(zone));
        if (tz == null) return null;
        TimeParser p = TimeParser.parse(Convert.toStr(date));
        if (p.error != null || p.zone != null) return null;
        return new DateState(TimeResolver.construct(p, now(tz)), tz);
    }
}
