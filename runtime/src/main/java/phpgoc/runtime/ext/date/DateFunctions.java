package phpgoc.runtime.ext.date;

import java.time.Instant;
import phpgoc.runtime.Args;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/** strtotime() and ext/date's procedural aliases of the class methods (date_create, date_diff, ...). */
public final class DateFunctions {
    private DateFunctions() {}

    private static final Object U = Values.UNDEF;

    public static Object strtotime(Context ctx, Object datetime) { return strtotime(ctx, datetime, null); }

    /** The timestamp {@code datetime} names (relative to {@code baseTimestamp} or now), or false. */
    public static Object strtotime(Context ctx, Object datetime, Object baseTimestamp) {
        String s = Args.str(datetime, "strtotime", 1, "datetime");
        TimeParser p = TimeParser.parse(s);
        if (p.error != null || s.isEmpty()) return false;
        Tz tz = p.zone != null ? p.zone : DateTimes.defaultTz(ctx);
        java.time.ZonedDateTime now = Decl.absent(baseTimestamp) ? DateTimes.now(tz)
                : Instant.ofEpochSecond(Args.toInt(baseTimestamp, "strtotime", 2, "baseTimestamp")).atZone(tz.id());
        try {
            return TimeResolver.construct(p, now).toEpochSecond();
        } catch (ArithmeticException | java.time.DateTimeException e) {
            return false;
        }
    }

    private static Object create(Context ctx, String cls, String fn, Object datetime, Object timezone) {
        String s = datetime == U ? "now" : Args.str(datetime, fn, 1, "datetime");
        Tz tz = DateTimes.zoneArg(timezone, fn, 2);
        DateState st = DateTimes.parse(ctx, s, tz, new String[1]);
        return st == null ? (Object) false : DateTimes.make(ctx.findClass(cls), st.t, st.tz);
    }

    public static Object date_create(Context ctx) { return date_create(ctx, U, U); }
    public static Object date_create(Context ctx, Object datetime) { return date_create(ctx, datetime, U); }
    public static Object date_create(Context ctx, Object datetime, Object timezone) {
        return create(ctx, "DateTime", "date_create", datetime, timezone);
    }

    public static Object date_create_immutable(Context ctx) { return date_create_immutable(ctx, U, U); }
    public static Object date_create_immutable(Context ctx, Object datetime) { return date_create_immutable(ctx, datetime, U); }
    public static Object date_create_immutable(Context ctx, Object datetime, Object timezone) {
        return create(ctx, "DateTimeImmutable", "date_create_immutable", datetime, timezone);
    }

    public static Object date_create_from_format(Context ctx, Object format, Object datetime) {
        return date_create_from_format(ctx, format, datetime, U);
    }
    public static Object date_create_from_format(Context ctx, Object format, Object datetime, Object timezone) {
        return Decl.guard(() -> DateCreate.createFromFormat(ctx, DateTimes.MUTABLE, ctx.findClass("DateTime"), format, datetime, timezone));
    }

    public static Object date_create_immutable_from_format(Context ctx, Object format, Object datetime) {
        return date_create_immutable_from_format(ctx, format, datetime, U);
    }
    public static Object date_create_immutable_from_format(Context ctx, Object format, Object datetime, Object timezone) {
        return Decl.guard(() -> DateCreate.createFromFormat(ctx, DateTimes.IMMUTABLE, ctx.findClass("DateTimeImmutable"), format, datetime,
                timezone));
    }

    private static PhpObject any(Object v, String fn) { return Decl.obj(v, "datetimeinterface", "DateTimeInterface", fn, 1, "object"); }

    private static PhpObject mutable(Object v, String fn) { return Decl.obj(v, "datetime", "DateTime", fn, 1, "object"); }

    private static ClassTemplate tpl(PhpObject o) { return o.cls.isA("datetimeimmutable") ? DateTimes.IMMUTABLE : DateTimes.MUTABLE; }

    public static Object date_format(Context ctx, Object object, Object format) {
        PhpObject o = any(object, "date_format");
        return DateTimes.format(ctx, tpl(o), o, format);
    }

    public static Object date_modify(Context ctx, Object object, Object modifier) {
        PhpObject o = mutable(object, "date_modify");
        return Decl.guard(() -> DateMath.modify(ctx, DateTimes.MUTABLE, o, modifier));
    }

    public static Object date_add(Context ctx, Object object, Object interval) {
        PhpObject o = mutable(object, "date_add");
        return Decl.guard(() -> DateMath.add(ctx, DateTimes.MUTABLE, o, interval));
    }

    public static Object date_sub(Context ctx, Object object, Object interval) {
        PhpObject o = mutable(object, "date_sub");
        return Decl.guard(() -> DateMath.sub(ctx, DateTimes.MUTABLE, o, interval));
    }

    public static Object date_diff(Context ctx, Object baseObject, Object targetObject) { return date_diff(ctx, baseObject, targetObject, U); }
    public static Object date_diff(Context ctx, Object baseObject, Object targetObject, Object absolute) {
        PhpObject o = Decl.obj(baseObject, "datetimeinterface", "DateTimeInterface", "date_diff", 1, "baseObject");
        return DateMath.diff(ctx, tpl(o), o, targetObject, absolute);
    }

    public static Object date_timestamp_get(Context ctx, Object object) {
        PhpObject o = any(object, "date_timestamp_get");
        return DateTimes.getTimestamp(ctx, tpl(o), o);
    }

    public static Object date_timestamp_set(Context ctx, Object object, Object timestamp) {
        PhpObject o = mutable(object, "date_timestamp_set");
        return Decl.guard(() -> DateTimes.setTimestamp(ctx, DateTimes.MUTABLE, o, timestamp));
    }

    public static Object date_timezone_get(Context ctx, Object object) {
        PhpObject o = any(object, "date_timezone_get");
        return DateTimes.getTimezone(ctx, tpl(o), o);
    }

    public static Object date_timezone_set(Context ctx, Object object, Object timezone) {
        return DateTimes.setTimezone(ctx, DateTimes.MUTABLE, mutable(object, "date_timezone_set"), timezone);
    }

    public static Object date_offset_get(Context ctx, Object object) {
        PhpObject o = any(object, "date_offset_get");
        return DateTimes.getOffset(ctx, tpl(o), o);
    }

    public static Object date_date_set(Context ctx, Object object, Object year, Object month, Object day) {
        PhpObject o = mutable(object, "date_date_set");
        return Decl.guard(() -> DateTimes.setDate(ctx, DateTimes.MUTABLE, o, year, month, day));
    }

    public static Object date_time_set(Context ctx, Object object, Object hour, Object minute) {
        return date_time_set(ctx, object, hour, minute, U, U);
    }
    public static Object date_time_set(Context ctx, Object object, Object hour, Object minute, Object second) {
        return date_time_set(ctx, object, hour, minute, second, U);
    }
    public static Object date_time_set(Context ctx, Object object, Object hour, Object minute, Object second, Object microsecond) {
        PhpObject o = mutable(object, "date_time_set");
        return Decl.guard(() -> DateTimes.setTime(ctx, DateTimes.MUTABLE, o, hour, minute, second, microsecond));
    }

    public static Object date_get_last_errors(Context ctx) { return DateCreate.getLastErrors(ctx, DateTimes.MUTABLE, null); }

    public static Object date_interval_format(Context ctx, Object object, Object format) {
        PhpObject o = Decl.obj(object, "dateinterval", "DateInterval", "date_interval_format", 1, "object");
        return DateIntervals.format(ctx, DateIntervals.TEMPLATE, o, format);
    }

    public static Object date_interval_create_from_date_string(Context ctx, Object datetime) {
        return DateIntervals.createFromDateString(ctx, DateIntervals.TEMPLATE, ctx.findClass("DateInterval"), datetime);
    }

    public static Object timezone_open(Context ctx, Object timezone) {
        String name = Args.str(timezone, "timezone_open", 1, "timezone");
        Tz tz = Tz.forName(name);
        if (tz == null) {
            ctx.warning("timezone_open(): Unknown or bad timezone (" + name + ")");
            return false;
        }
        return DateZones.make(ctx, tz);
    }

    public static Object timezone_name_get(Context ctx, Object object) {
        return DateZones.tz(Decl.obj(object, "datetimezone", "DateTimeZone", "timezone_name_get", 1, "object")).name();
    }

    public static Object timezone_offset_get(Context ctx, Object object, Object datetime) {
        PhpObject z = Decl.obj(object, "datetimezone", "DateTimeZone", "timezone_offset_get", 1, "object");
        return DateZones.getOffset(ctx, DateZones.TEMPLATE, z, datetime);
    }

    public static Object timezone_identifiers_list(Context ctx) { return timezone_identifiers_list(ctx, U, U); }
    public static Object timezone_identifiers_list(Context ctx, Object timezoneGroup) { return timezone_identifiers_list(ctx, timezoneGroup, U); }
    public static Object timezone_identifiers_list(Context ctx, Object timezoneGroup, Object countryCode) {
        return DateZones.listIdentifiers(ctx, DateZones.TEMPLATE, null, timezoneGroup, countryCode);
    }
}
