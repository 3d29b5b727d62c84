package phpgoc.runtime.ext.date;

import java.time.ZonedDateTime;
import java.util.List;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.ext.standard.Dates;

/**
 * A DateTime's or DateTimeImmutable's moment: {@code t} (its zone is {@code tz.id()}, its nanos whole
 * microseconds) and the zone as php names it. var_dump, casts, json and serialize show
 * date/timezone_type/timezone; {@code ==} and {@code <} compare the moments, across both classes.
 */
final class DateState implements NativeState {
    ZonedDateTime t;
    Tz tz;

    DateState(ZonedDateTime t, Tz tz) {
        this.t = t;
        this.tz = tz;
    }

    @Override public NativeState copy() { return new DateState(t, tz); }

    /** php's T is "GMT+0200" for an offset zone, the abbreviation for an abbreviated one. */
    String format(String f) {
        String abbr = tz.type() == 3 ? null : tz.type() == 2 ? tz.name() : "GMT" + tz.name().replace(":", "");
        return Dates.format(f, t, tz.name(), abbr);
    }

    @Override public void debugProperties(List<ObjectOps.Property> out) {
        PhpArray a = propertyTable();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) out.add(new ObjectOps.Property((String) a.keyAt(p), "", a.valueAt(p)));
    }

    @Override public PhpArray propertyTable() {
        PhpArray a = new PhpArray();
        a.putStr("date", format("Y-m-d H:i:s.u"));
        a.putStr("timezone_type", (long) tz.type());
        a.putStr("timezone", tz.name());
        return a;
    }

    @Override public boolean tableAfterProperties() { return true; }

    @Override public boolean comparesAcrossClasses() { return true; }

    @Override public int compareTo(phpgoc.runtime.NativeState other) {
        return Integer.signum(t.toInstant().compareTo(((DateState) other).t.toInstant()));
    }
}
