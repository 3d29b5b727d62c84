package phpgoc.runtime.ext.standard;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Values;

/**
 * date()/gmdate() formatting, mktime()/gmmktime(), checkdate(), and the run's default time zone
 * (php -n has none set, so UTC). strtotime and the DateTime classes are in ext.date.
 */
public final class Dates {
    private Dates() {}

    private static final class Zone { ZoneId id = ZoneId.of("UTC"); String name = "UTC"; }

    /** The run's default time zone (date_default_timezone_set's), as java.time's and as php spells it. */
    public static ZoneId defaultZone(Context ctx) { return zone(ctx).id; }

    public static String defaultZoneName(Context ctx) { return zone(ctx).name; }

    private static Zone zone(Context ctx) { return ctx.extensionState(Zone.class, Zone::new); }

    public static String date_default_timezone_get(Context ctx) { return zone(ctx).name; }

    public static boolean date_default_timezone_set(Context ctx, Object timezoneId) {
        String want = Args.str(timezoneId, "date_default_timezone_set", 1, "timezoneId");
        String found = want.equalsIgnoreCase("UTC") ? "UTC" : null;
        if (found == null) {
            for (String id : ZoneId.getAvailableZoneIds()) {
                if (id.equalsIgnoreCase(want) && id.contains("/")) { found = id; break; }
            }
        }
        if (found == null) {
            ctx.notice("date_default_timezone_set(): Timezone ID '" + want + "' is invalid");
            return false;
        }
        Zone z = zone(ctx);
        z.id = ZoneId.of(found);
        z.name = want; // php keeps the spelling it was given
        return true;
    }

    public static String date(Context ctx, Object format) { return date(ctx, format, null); }
    public static String date(Context ctx, Object format, Object timestamp) {
        Zone z = zone(ctx);
        return format(Args.str(format, "date", 1, "format"), at(timestamp, "date", z.id), z.name);
    }

    public static String gmdate(Context ctx, Object format) { return gmdate(ctx, format, null); }
    public static String gmdate(Context ctx, Object format, Object timestamp) {
        return format(Args.str(format, "gmdate", 1, "format"), at(timestamp, "gmdate", ZoneOffset.UTC), "UTC");
    }

    private static ZonedDateTime at(Object timestamp, String fn, ZoneId zone) {
        long t = timestamp == null || timestamp == Values.UNDEF ? System.currentTimeMillis() / 1000
                : Args.toInt(timestamp, fn, 2, "timestamp");
        return Instant.ofEpochSecond(t).atZone(zone);
    }

    static String format(String f, ZonedDateTime d, String zoneName) { return format(f, d, zoneName, null); }

    /**
     * {@code d} formatted as date() does, with microseconds from its nanos; {@code e} writes
     * {@code zoneName}, {@code T} writes {@code abbr} (or the zone's own abbreviation when null).
     */
    public static String format(String f, ZonedDateTime d, String zoneName, String abbr) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            int h = d.getHour();
            switch (c) {
                case 'd' -> pad(sb, d.getDayOfMonth(), 2);
                case 'D' -> sb.append(d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'j' -> sb.append(d.getDayOfMonth());
                case 'l' -> sb.append(d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'N' -> sb.append(d.getDayOfWeek().getValue());
                case 'S' -> sb.append(suffix(d.getDayOfMonth()));
                case 'w' -> sb.append(d.getDayOfWeek() == DayOfWeek.SUNDAY ? 0 : d.getDayOfWeek().getValue());
                case 'z' -> sb.append(d.getDayOfYear() - 1);
                case 'W' -> pad(sb, d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
                case 'F' -> sb.append(d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
                case 'm' -> pad(sb, d.getMonthValue(), 2);
                case 'M' -> sb.append(d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
                case 'n' -> sb.append(d.getMonthValue());
                case 't' -> sb.append(d.toLocalDate().lengthOfMonth());
                case 'L' -> sb.append(d.toLocalDate().isLeapYear() ? 1 : 0);
                case 'o' -> sb.append(d.get(IsoFields.WEEK_BASED_YEAR));
                case 'X' -> { sb.append(d.getYear() < 0 ? '-' : '+'); pad(sb, java.lang.Math.abs(d.getYear()), 4); }
                case 'x' -> year(sb, d.getYear(), d.getYear() >= 10000);
                case 'Y' -> year(sb, d.getYear(), false);
                case 'y' -> pad(sb, java.lang.Math.floorMod(d.getYear(), 100), 2);
                case 'a' -> sb.append(h < 12 ? "am" : "pm");
                case 'A' -> sb.append(h < 12 ? "AM" : "PM");
                case 'B' -> pad(sb, beat(d.toEpochSecond()), 3);
                case 'g' -> sb.append(h % 12 == 0 ? 12 : h % 12);
                case 'G' -> sb.append(h);
                case 'h' -> pad(sb, h % 12 == 0 ? 12 : h % 12, 2);
                case 'H' -> pad(sb, h, 2);
                case 'i' -> pad(sb, d.getMinute(), 2);
                case 's' -> pad(sb, d.getSecond(), 2);
                case 'u' -> pad(sb, d.getNano() / 1000, 6);
                case 'v' -> pad(sb, d.getNano() / 1_000_000, 3);
                case 'e' -> sb.append(zoneName);
                case 'I' -> sb.append(d.getZone().getRules().isDaylightSavings(d.toInstant()) ? 1 : 0);
                case 'O' -> offset(sb, d.getOffset().getTotalSeconds(), false);
                case 'P' -> offset(sb, d.getOffset().getTotalSeconds(), true);
                case 'p' -> { if (d.getOffset().getTotalSeconds() == 0) sb.append('Z'); else offset(sb, d.getOffset().getTotalSeconds(), true); }
                case 'T' -> sb.append(abbr != null ? abbr : abbreviation(d));
                case 'Z' -> sb.append(d.getOffset().getTotalSeconds());
                case 'c' -> sb.append(format("Y-m-d\\TH:i:sP", d, zoneName, abbr));
                case 'r' -> sb.append(format("D, d M Y H:i:s O", d, zoneName, abbr));
                case 'U' -> sb.append(d.toEpochSecond());
                case '\\' -> { if (i + 1 < f.length()) sb.append(f.charAt(++i)); }
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int k = s.length(); k < width; k++) sb.append('0');
        sb.append(s);
    }

    private static void year(StringBuilder sb, int y, boolean plus) {
        if (y < 0) { sb.append('-'); pad(sb, -y, 4); }
        else { if (plus) sb.append('+'); pad(sb, y, 4); }
    }

    private static String suffix(int day) {
        if (day >= 11 && day <= 13) return "th";
        return switch (day % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; };
    }

    /** Swatch Internet time: thousandths of a day in UTC+1. */
    private static long beat(long sse) {
        long b = (java.lang.Math.floorMod(sse, 86400) + 3600) * 10 / 864;
        return java.lang.Math.floorMod(b, 1000);
    }

    private static void offset(StringBuilder sb, int seconds, boolean colon) {
        sb.append(seconds < 0 ? '-' : '+');
        int a = java.lang.Math.abs(seconds);
        pad(sb, a / 3600, 2);
        if (colon) sb.append(':');
        pad(sb, a / 60 % 60, 2);
    }

    /** The zone's abbreviation (EST, CEST, UTC); php writes "+03" (or "+0530") for zones that have none. */
    public static String abbreviation(ZonedDateTime d) {
        if (d.getZone().getId().equals("UTC") || d.getZone().equals(ZoneOffset.UTC)) return "UTC";
        String n = java.time.format.DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH).format(d);
        if (!n.startsWith("GMT") && !n.startsWith("UTC") || n.length() == 3) return n;
        int s = d.getOffset().getTotalSeconds();
        StringBuilder sb = new StringBuilder().append(s < 0 ? '-' : '+');
        pad(sb, java.lang.Math.abs(s) / 3600, 2);
        if (java.lang.Math.abs(s) / 60 % 60 != 0) pad(sb, java.lang.Math.abs(s) / 60 % 60, 2);
        return sb.toString();
    }

    // ---- mktime, checkdate

    public static long mktime(Context ctx, Object hour) { return make(ctx, zone(ctx).id, "mktime", hour, null, null, null, null, null); }
    public static long mktime(Context ctx, Object hour, Object minute) { return make(ctx, zone(ctx).id, "mktime", hour, minute, null, null, null, null); }
    public static long mktime(Context ctx, Object hour, Object minute, Object second) {
        return make(ctx, zone(ctx).id, "mktime", hour, minute, second, null, null, null);
    }
    public static long mktime(Context ctx, Object hour, Object minute, Object second, Object month) {
        return make(ctx, zone(ctx).id, "mktime", hour, minute, second, month, null, null);
    }
    public static long mktime(Context ctx, Object hour, Object minute, Object second, Object month, Object day) {
        return make(ctx, zone(ctx).id, "mktime", hour, minute, second, month, day, null);
    }
    public static long mktime(Context ctx, Object hour, Object minute, Object second, Object month, Object day, Object year) {
        return make(ctx, zone(ctx).id, "mktime", hour, minute, second, month, day, year);
    }

    public static long gmmktime(Context ctx, Object hour) { return make(ctx, ZoneOffset.UTC, "gmmktime", hour, null, null, null, null, null); }
    public static long gmmktime(Context ctx, Object hour, Object minute) { return make(ctx, ZoneOffset.UTC, "gmmktime", hour, minute, null, null, null, null); }
    public static long gmmktime(Context ctx, Object hour, Object minute, Object second) {
        return make(ctx, ZoneOffset.UTC, "gmmktime", hour, minute, second, null, null, null);
    }
    public static long gmmktime(Context ctx, Object hour, Object minute, Object second, Object month) {
        return make(ctx, ZoneOffset.UTC, "gmmktime", hour, minute, second, month, null, null);
    }
    public static long gmmktime(Context ctx, Object hour, Object minute, Object second, Object month, Object day) {
        return make(ctx, ZoneOffset.UTC, "gmmktime", hour, minute, second, month, day, null);
    }
    public static long gmmktime(Context ctx, Object hour, Object minute, Object second, Object month, Object day, Object year) {
        return make(ctx, ZoneOffset.UTC, "gmmktime", hour, minute, second, month, day, year);
    }

    /** Fields not given (or null) are now's; out-of-range values carry over; years 0-69 are 2000-2069, 70-100 are 1970-2000. */
    private static long make(Context ctx, ZoneId zone, String fn, Object hour, Object minute, Object second,
                             Object month, Object day, Object year) {
        ZonedDateTime now = ZonedDateTime.now(zone);
        long h = field(hour, fn, 1, "hour", now.getHour());
        long mi = field(minute, fn, 2, "minute", now.getMinute());
        long s = field(second, fn, 3, "second", now.getSecond());
        long mo = field(month, fn, 4, "month", now.getMonthValue());
        long d = field(day, fn, 5, "day", now.getDayOfMonth());
        long y = field(year, fn, 6, "year", now.getYear());
        if (year != null && year != Values.UNDEF) {
            if (y >= 0 && y < 70) y += 2000;
            else if (y >= 70 && y <= 100) y += 1900;
        }
        LocalDateTime t = LocalDateTime.of((int) y, 1, 1, 0, 0).plusMonths(mo - 1).plusDays(d - 1)
                .plusHours(h).plusMinutes(mi).plusSeconds(s);
        return t.atZone(zone).toEpochSecond();
    }

    private static long field(Object v, String fn, int n, String param, long now) {
        return v == null || v == Values.UNDEF ? now : Args.toInt(v, fn, n, param);
    }

    public static boolean checkdate(Object month, Object day, Object year) {
        long m = Args.toInt(month, "checkdate", 1, "month"), d = Args.toInt(day, "checkdate", 2, "day");
        long y = Args.toInt(year, "checkdate", 3, "year");
        if (m < 1 || m > 12 || d < 1 || y < 1 || y > 32767) return false;
        return d <= java.time.YearMonth.of((int) y, (int) m).lengthOfMonth();
    }
}
