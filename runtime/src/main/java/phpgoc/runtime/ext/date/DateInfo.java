package phpgoc.runtime.ext.date;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;

/** getdate(), localtime(), idate() and date_parse(): a moment or a time string taken apart. */
public final class DateInfo {
    private DateInfo() {}

    private static ZonedDateTime at(Context ctx, Object timestamp, String fn, int n) {
        Tz tz = DateTimes.defaultTz(ctx);
        long t = Decl.absent(timestamp) ? System.currentTimeMillis() / 1000 : Args.toInt(timestamp, fn, n, "timestamp");
        return (ZonedDateTime) Decl.guard(() -> Instant.ofEpochSecond(t).atZone(tz.id()));
    }

    public static Object getdate(Context ctx) { return getdate(ctx, null); }

    public static Object getdate(Context ctx, Object timestamp) {
        ZonedDateTime d = at(ctx, timestamp, "getdate", 1);
        PhpArray a = new PhpArray();
        a.putStr("seconds", (long) d.getSecond());
        a.putStr("minutes", (long) d.getMinute());
        a.putStr("hours", (long) d.getHour());
        a.putStr("mday", (long) d.getDayOfMonth());
        a.putStr("wday", (long) (d.getDayOfWeek().getValue() % 7));
        a.putStr("mon", (long) d.getMonthValue());
        a.putStr("year", (long) d.getYear());
        a.putStr("yday", (long) (d.getDayOfYear() - 1));
        a.putStr("weekday", d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        a.putStr("month", d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        a.put(0L, (Object) d.toEpochSecond());
        return a;
    }

    public static Object localtime(Context ctx) { return localtime(ctx, null, false); }

    public static Object localtime(Context ctx, Object timestamp) { return localtime(ctx, timestamp, false); }

    public static Object localtime(Context ctx, Object timestamp, Object associative) {
        ZonedDateTime d = at(ctx, timestamp, "localtime", 1);
        boolean assoc = !Decl.absent(associative) && Args.toBool(associative, "localtime", 2, "associative");
        long[] v = {d.getSecond(), d.getMinute(), d.getHour(), d.getDayOfMonth(), d.getMonthValue() - 1, d.getYear() - 1900,
            d.getDayOfWeek().getValue() % 7, d.getDayOfYear() - 1, d.getZone().getRules().isDaylightSavings(d.toInstant()) ? 1 : 0};
        String[] k = {"tm_sec", "tm_min", "tm_hour", "tm_mday", "tm_mon", "tm_year", "tm_wday", "tm_yday", "tm_isdst"};
        PhpArray a = new PhpArray();
        for (int i = 0; i < v.length; i++) {
            if (assoc) a.putStr(k[i], v[i]); else a.append(v[i]);
        }
        return a;
    }

    public static Object idate(Context ctx, Object format) { return idate(ctx, format, null); }

    public static Object idate(Context ctx, Object format, Object timestamp) {
        String f = Args.str(format, "idate", 1, "format");
        if (f.length() != 1) throw new PhpError("ValueError", "idate(): Argument #1 ($format) must be one character");
        ZonedDateTime d = at(ctx, timestamp, "idate", 2);
        char c = f.charAt(0);
        return switch (c) {
            case 'B', 'd', 'h', 'H', 'i', 'I', 'L', 'm', 'N', 'o', 's', 't', 'U', 'w', 'W', 'Y', 'z', 'Z' ->
                Long.parseLong(phpgoc.runtime.ext.standard.Dates.format(String.valueOf(c), d, "", null));
            case 'y' -> (long) (d.getYear() % 100);
            default -> throw new PhpError("ValueError", "idate(): Argument #1 ($format) must be a valid date format character");
        };
    }

    /** date_parse(): the fields, relative parts and zone a time string names (false where it names none). */
    public static Object date_parse(Context ctx, Object datetime) {
        String s = Args.str(datetime, "date_parse", 1, "datetime");
        TimeParser p = TimeParser.parse(s);
        PhpArray a = new PhpArray();
        field(a, "year", p.y);
        field(a, "month", p.m);
        field(a, "day", p.d);
        field(a, "hour", p.h);
        field(a, "minute", p.i);
        field(a, "second", p.s);
        a.putStr("fraction", p.h == TimeParser.UNSET ? (Object) false : (Object) ((p.us == TimeParser.UNSET ? 0 : p.us) / 1e6));
        a.putStr("warning_count", 0L);
        a.putStr("warnings", new PhpArray());
        PhpArray errors = new PhpArray();
        if (p.error != null) errors.put((long) p.errorPos, p.error);
        a.putStr("error_count", (long) errors.size());
        a.putStr("errors", errors);
        boolean zoneError = p.error != null && p.error.startsWith("The timezone");
        a.putStr("is_localtime", p.zone != null || zoneError);
        if (p.zone != null) {
            a.putStr("zone_type", (long) p.zone.type());
            if (p.zone.type() == 3) a.putStr("tz_id", p.zone.name());
            else {
                a.putStr("zone", (long) p.zone.id().getRules().getOffset(Instant.EPOCH).getTotalSeconds());
                a.putStr("is_dst", false);
                if (p.zone.type() == 2) a.putStr("tz_abbr", p.zone.name());
            }
        } else if (zoneError) a.putStr("zone_type", 0L);
        if (p.ry != 0 || p.rm != 0 || p.rd != 0 || p.rh != 0 || p.ri != 0 || p.rs != 0 || p.haveWeekdayRel || p.firstLast != 0
                || p.special != 0) {
            PhpArray r = new PhpArray();
            r.putStr("year", p.ry);
            r.putStr("month", p.rm);
            r.putStr("day", p.rd);
            r.putStr("hour", p.rh);
            r.putStr("minute", p.ri);
            r.putStr("second", p.rs);
            if (p.haveWeekdayRel) r.putStr("weekday", (long) p.weekday);
            if (p.special == TimeParser.WEEKDAYS) r.putStr("weekdays", p.specialAmount);
            if (p.firstLast == TimeParser.FIRST_DAY_OF) r.putStr("first_day_of_month", true);
            if (p.firstLast == TimeParser.LAST_DAY_OF) r.putStr("last_day_of_month", true);
            a.putStr("relative", r);
        }
        return a;
    }

    private static void field(PhpArray a, String k, long v) { a.putStr(k, v == TimeParser.UNSET ? (Object) false : (Object) v); }

}
