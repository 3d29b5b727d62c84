package phpgoc.runtime.ext.date;

import static phpgoc.runtime.ext.date.TimeParser.UNSET;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

/**
 * Applies a parsed time string to a base time as timelib does: fields the string sets replace the
 * base's, then weekday adjustments, then relative amounts (month overflow carries into days, so
 * Jan 31 +1 month is Mar 2 or 3), then "first/last day of", then weekdays.
 */
final class TimeResolver {
    private TimeResolver() {}

    /**
     * For {@code new DateTime}/strtotime: a date without a time is midnight; unset fields are
     * {@code now}'s (in the string's zone if it has one). The result is in the zone of {@code now}.
     */
    static ZonedDateTime construct(TimeParser t, ZonedDateTime now) {
        long y = now.getYear(), m = now.getMonthValue(), d = now.getDayOfMonth();
        long h = now.getHour(), i = now.getMinute(), s = now.getSecond(), us = now.getNano() / 1000;
        long th = t.h, ti = t.i, ts = t.s, tus = t.us;
        if (t.haveDate && !t.haveTime) { th = 0; ti = 0; ts = 0; tus = 0; }
        boolean any = t.y != UNSET || t.m != UNSET || t.d != UNSET || th != UNSET || ti != UNSET || ts != UNSET;
        if (t.y != UNSET) y = t.y;
        if (t.m != UNSET) m = t.m;
        if (t.d != UNSET) d = t.d;
        if (th != UNSET) h = th;
        if (ti != UNSET) i = ti;
        if (ts != UNSET) s = ts;
        us = tus != UNSET ? tus : any ? 0 : us;
        return compute(t, now, y, m, d, h, i, s, us);
    }

    /** For modify(): the string's fields replace the base's (an hour without minutes is HH:00:00). */
    static ZonedDateTime modify(TimeParser t, ZonedDateTime base) {
        long y = base.getYear(), m = base.getMonthValue(), d = base.getDayOfMonth();
        long h = base.getHour(), i = base.getMinute(), s = base.getSecond(), us = base.getNano() / 1000;
        if (t.y != UNSET) y = t.y;
        if (t.m != UNSET) m = t.m;
        if (t.d != UNSET) d = t.d;
        if (t.h != UNSET) {
            h = t.h;
            i = t.i != UNSET ? t.i : 0;
            s = t.i != UNSET && t.s != UNSET ? t.s : 0;
        }
        if (t.us != UNSET) us = t.us;
        return compute(t, base, y, m, d, h, i, s, us);
    }

    /**
     * add()/sub() of an interval made from a string: its weekday and relative units, keeping the
     * time of day ("first/last day of" is not applied, as php's add() does not).
     */
    static ZonedDateTime addRelative(TimeParser t, ZonedDateTime base, int sign) {
        LocalDate date = base.toLocalDate();
        if (t.haveWeekdayRel && sign > 0) date = date.plusDays(weekdayShift(date, t));
        date = date(date.getYear() + sign * t.ry, date.getMonthValue() + sign * t.rm, date.getDayOfMonth() + sign * t.rd);
        if (t.special == TimeParser.WEEKDAYS) date = weekdays(date, sign * t.specialAmount);
        LocalDateTime wall = date.atTime(base.toLocalTime()).plusHours(sign * t.rh).plusMinutes(sign * t.ri)
                .plusSeconds(sign * t.rs).plusNanos(sign * t.rus * 1000);
        return TimeResolver.at(wall, base.getZone());
    }

    private static ZonedDateTime compute(TimeParser t, ZonedDateTime base, long y, long m, long d, long h, long i, long s,
                                         long us) {
        long rm = t.rm;
        if (t.special == TimeParser.NTH_WEEKDAY_OF) { d = 1; m += rm; rm = 0; }
        else if (t.special == TimeParser.LAST_WEEKDAY_OF) { d = 1; m += rm + 1; rm = 0; }
        LocalDate date = date(y, m, d);
        if (t.haveWeekdayRel) date = date.plusDays(weekdayShift(date, t));
        if (t.firstLast == 0) date = date(date.getYear() + t.ry, date.getMonthValue() + rm, date.getDayOfMonth() + t.rd);
        else {
            // the day is set after the relative months are added, before days overflow
            date = date(date.getYear() + t.ry, date.getMonthValue() + rm, 1);
            if (t.firstLast == TimeParser.LAST_DAY_OF) date = date.withDayOfMonth(date.lengthOfMonth());
        }
        if (t.special == TimeParser.WEEKDAYS) date = weekdays(date, t.specialAmount);
        LocalDateTime wall = date.atStartOfDay().plusHours(h + t.rh).plusMinutes(i + t.ri).plusSeconds(s + t.rs)
                .plusNanos((us + t.rus) * 1000);
        return TimeResolver.at(wall, base.getZone());
    }

    /** The wall time {@code wall} in {@code zone}: a gap moves forward, an overlap takes the later offset (as php). */
    static ZonedDateTime at(LocalDateTime wall, java.time.ZoneId zone) {
        return ZonedDateTime.ofLocal(wall, zone, null).withLaterOffsetAtOverlap();
    }

    /** The date y-m-d with months and days out of range carried over (month 13 is next January, day 0 the last of the previous month). */
    static LocalDate date(long y, long m, long d) {
        return LocalDate.of(Math.toIntExact(y), 1, 1).plusMonths(m - 1).plusDays(d - 1);
    }

    /** timelib's do_adjust_for_weekday: days to move for "monday", "next monday", "sunday this week". */
    private static long weekdayShift(LocalDate date, TimeParser t) {
        int dow = date.getDayOfWeek().getValue() % 7; // sunday 0
        int wd = t.weekday;
        if (t.weekdayBehavior == 2) {
            if (dow == 0 && wd != 0) wd -= 7;
            if (wd == 0 && dow != 0) wd = 7;
            return wd - dow;
        }
        long diff = wd - dow;
        if (t.rd < 0 && diff < 0 || t.rd >= 0 && diff <= -t.weekdayBehavior) diff += 7;
        if (wd >= 0) return diff;
        return -(7 - (Math.abs(wd) - dow));
    }

    /** {@code n} working days on (back when negative), skipping saturdays and sundays. */
    private static LocalDate weekdays(LocalDate date, long n) {
        int step = n < 0 ? -1 : 1;
        for (long k = Math.abs(n); k > 0; ) {
            date = date.plusDays(step);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) k--;
        }
        return date;
    }
}
