package phpgoc.runtime.ext.date;

import java.lang.invoke.MethodHandles;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import phpgoc.runtime.Args;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/** modify(), add(), sub() and diff() of DateTime and DateTimeImmutable. */
final class DateMath {
    private DateMath() {}

    static final MethodHandles.Lookup L = MethodHandles.lookup();

    static Object modify(Context ctx, ClassTemplate self, Object t, Object modifier) {
        String s = Args.str(modifier, self.name + "::modify", 1, "modifier");
        TimeParser p = TimeParser.parse(s);
        DateCreate.record(ctx, p.error == null ? null : p);
        if (p.error != null) {
            ctx.warning(self.name + "::modify(): Failed to parse time string (" + s + ") " + p.errorText());
            return false;
        }
        PhpObject o = DateTimes.target(ctx, t);
        DateState st = DateTimes.state(o);
        // "@ts" moves the object to UTC (+00:00), as php does
        if (p.zone != null && p.zone.type() == 1 && p.y == 1970 && p.h == 0 && p.zone.id().equals(ZoneOffset.UTC)) {
            st.tz = p.zone;
            st.t = st.t.withZoneSameInstant(p.zone.id());
        }
        st.t = TimeResolver.modify(p, st.t);
        return o;
    }

    static Object add(Context ctx, ClassTemplate self, Object t, Object interval) {
        return apply(ctx, self, t, interval, "add", 1);
    }

    static Object sub(Context ctx, ClassTemplate self, Object t, Object interval) {
        return apply(ctx, self, t, interval, "sub", -1);
    }

    private static Object apply(Context ctx, ClassTemplate self, Object t, Object interval, String fn, int sign) {
        PhpObject iv = Decl.obj(interval, "dateinterval", "DateInterval", self.name + "::" + fn, 1, "interval");
        DateIntervals.Iv v = DateIntervals.read(ctx, iv);
        PhpObject o = DateTimes.target(ctx, t);
        DateState st = DateTimes.state(o);
        if (iv.internal instanceof DateIntervals.FromString fs) st.t = TimeResolver.addRelative(fs.parsed(), st.t, sign);
        else st.t = add(st.t, v, sign);
        return o;
    }

    /** {@code t} moved by {@code v} (backwards when sign * invert is negative): years, months, days on the wall clock, then elapsed time. */
    static ZonedDateTime add(ZonedDateTime t, DateIntervals.Iv v, int sign) {
        int bias = v.invert() ? -sign : sign;
        if (v.y() != 0 || v.m() != 0 || v.d() != 0) {
            LocalDate d = TimeResolver.date(t.getYear() + bias * v.y(), t.getMonthValue() + bias * v.m(), t.getDayOfMonth() + bias * v.d());
            t = TimeResolver.at(d.atTime(t.toLocalTime()), t.getZone());
        }
        long secs = v.h() * 3600 + v.i() * 60 + v.s();
        return t.toInstant().plusSeconds(bias * secs).plusNanos(bias * v.us() * 1000).atZone(t.getZone());
    }

    static Object diff(Context ctx, ClassTemplate self, Object t, Object targetObject, Object absolute) {
        PhpObject other = Decl.obj(targetObject, "datetimeinterface", "DateTimeInterface", self.name + "::diff", 1, "targetObject");
        boolean abs = absolute != Values.UNDEF && Convert.toBool(Values.deref(absolute));
        return DateIntervals.make(ctx, diff(DateTimes.state(t), DateTimes.state(other), abs));
    }

    /**
     * timelib's diff: both wall clocks (in UTC unless both have one zone identifier), ordered, subtracted
     * field by field with borrows; days borrow the month before the later date's month, or (inverted)
     * from the earlier date's month on.
     */
    static DateIntervals.Iv diff(DateState a, DateState b, boolean absolute) {
        boolean sameZone = a.tz.type() == 3 && b.tz.type() == 3 && a.tz.name().equals(b.tz.name());
        LocalDateTime one = sameZone ? a.t.toLocalDateTime() : a.t.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        LocalDateTime two = sameZone ? b.t.toLocalDateTime() : b.t.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime();
        boolean invert = a.t.toInstant().isAfter(b.t.toInstant());
        if (invert) { LocalDateTime x = one; one = two; two = x; }
        long us = (two.getNano() - one.getNano()) / 1000, s = two.getSecond() - one.getSecond();
        long i = two.getMinute() - one.getMinute(), h = two.getHour() - one.getHour();
        long d = two.getDayOfMonth() - one.getDayOfMonth(), m = two.getMonthValue() - one.getMonthValue();
        long y = two.getYear() - one.getYear();
        if (us < 0) { us += 1_000_000; s--; }
        if (s < 0) { s += 60; i--; }
        if (i < 0) { i += 60; h--; }
        if (h < 0) { h += 24; d--; }
        LocalDate base = invert ? one.toLocalDate().withDayOfMonth(1) : two.toLocalDate().withDayOfMonth(1).minusMonths(1);
        while (d < 0) {
            d += base.lengthOfMonth();
            m--;
            base = invert ? base.plusMonths(1) : base.minusMonths(1);
        }
        while (m < 0) { m += 12; y--; }
        long days = ChronoUnit.DAYS.between(one.toLocalDate(), two.toLocalDate());
        if (two.toLocalTime().isBefore(one.toLocalTime())) days--;
        return new DateIntervals.Iv(y, m, d, h, i, s, us, invert && !absolute, days);
    }
}
