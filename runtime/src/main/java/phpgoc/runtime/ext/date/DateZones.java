package phpgoc.runtime.ext.date;

import static phpgoc.runtime.ext.date.Decl.PUB;
import static phpgoc.runtime.ext.date.Decl.STATIC;
import static phpgoc.runtime.ext.date.Decl.h;
import static phpgoc.runtime.ext.date.Decl.params;

import java.lang.invoke.MethodHandles;
import java.time.ZoneId;
import java.util.List;
import java.util.TreeSet;
import phpgoc.runtime.Args;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/** DateTimeZone: a {@link Tz} shown as timezone_type/timezone. */
public final class DateZones {
    private DateZones() {}

    static final MethodHandles.Lookup L = MethodHandles.lookup();

    private static final String[] REGIONS = {"AFRICA", "AMERICA", "ANTARCTICA", "ARCTIC", "ASIA", "ATLANTIC", "AUSTRALIA",
        "EUROPE", "INDIAN", "PACIFIC"};

    static Object constant(Context ctx, int i) {
        if (i < REGIONS.length) return 1L << i;
        return switch (i - REGIONS.length) { case 0 -> 1024L; case 1 -> 2047L; case 2 -> 4095L; default -> 4096L; };
    }

    static final ClassTemplate TEMPLATE = Decl.cls("DateTimeZone", Decl.init(L, "constant"));

    static {
        for (int i = 0; i < REGIONS.length; i++) TEMPLATE.constant(REGIONS[i], PUB, i);
        TEMPLATE.constant("UTC", PUB, REGIONS.length).constant("ALL", PUB, REGIONS.length + 1)
                .constant("ALL_WITH_BC", PUB, REGIONS.length + 2).constant("PER_COUNTRY", PUB, REGIONS.length + 3);
        TEMPLATE.method("__construct", PUB, h(L, "construct", 1), params("timezone"))
                .method("getName", PUB, h(L, "getName", 0), params())
                .method("getOffset", PUB, h(L, "getOffset", 1), params("datetime"))
                .method("getTransitions", PUB, h(L, "getTransitions", 2), params("?timestampBegin", "?timestampEnd"))
                .method("listIdentifiers", STATIC, h(L, "listIdentifiers", 2), params("?timezoneGroup", "?countryCode"))
                .method("__set_state", STATIC, h(L, "setState", 1), params("array"))
                .method("__serialize", PUB, h(L, "serialize", 0), params())
                .method("__unserialize", PUB, h(L, "unserialize", 1), params("data"))
                .method("__wakeup", PUB, h(L, "wakeup", 0), params());
    }

    /** The zone, shown as php shows a DateTimeZone. */
    static final class ZoneState implements NativeState {
        final Tz tz;

        ZoneState(Tz tz) { this.tz = tz; }

        @Override public NativeState copy() { return this; }

        @Override public void debugProperties(List<ObjectOps.Property> out) {
            out.add(new ObjectOps.Property("timezone_type", "", (long) tz.type()));
            out.add(new ObjectOps.Property("timezone", "", tz.name()));
        }

        @Override public PhpArray propertyTable() {
            PhpArray a = new PhpArray();
            a.putStr("timezone_type", (long) tz.type());
            a.putStr("timezone", tz.name());
            return a;
        }
    }

    static Tz tz(PhpObject o) {
        if (o.internal instanceof ZoneState z) return z.tz;
        throw new PhpError("Error", "The DateTimeZone object has not been correctly initialized by its constructor");
    }

    static PhpObject make(Context ctx, Tz tz) {
        PhpObject o = ctx.findClass("DateTimeZone").instantiate();
        o.internal = new ZoneState(tz);
        return o;
    }

    /** The zone of a serialized timezone_type and timezone, or null. */
    static Tz restore(long type, String name) {
        return switch ((int) type) {
            case 1 -> { Integer off = Tz.parseOffset(name); yield off == null ? null : Tz.offset(off); }
            case 2 -> Tz.abbreviation(name);
            case 3 -> Tz.identifier(name);
            default -> null;
        };
    }

    static Object construct(Context ctx, ClassTemplate self, Object t, Object timezone) {
        String name = Args.str(timezone, "DateTimeZone::__construct", 1, "timezone");
        Tz tz = Tz.forName(name);
        if (tz == null) throw new PhpError("Exception", "DateTimeZone::__construct(): Unknown or bad timezone (" + name + ")");
        ((PhpObject) t).internal = new ZoneState(tz);
        return null;
    }

    static Object getName(Context ctx, ClassTemplate self, Object t) { return tz((PhpObject) t).name(); }

    static Object getOffset(Context ctx, ClassTemplate self, Object t, Object datetime) {
        PhpObject d = Decl.obj(datetime, "datetimeinterface", "DateTimeInterface", "DateTimeZone::getOffset", 1, "datetime");
        return (long) tz((PhpObject) t).id().getRules().getOffset(DateTimes.state(d).t.toInstant()).getTotalSeconds();
    }

    /**
     * The offset changes between two timestamps: first the state at the start, then each transition
     * (false for offset and abbreviation zones, which have none).
     */
    static Object getTransitions(Context ctx, ClassTemplate self, Object t, Object timestampBegin, Object timestampEnd) {
        Tz tz = tz((PhpObject) t);
        if (tz.type() != 3) return false;
        boolean open = Decl.absent(timestampEnd);
        long begin = Decl.absent(timestampBegin) ? java.time.Instant.parse("1900-01-01T00:00:00Z").getEpochSecond()
                : Args.toInt(timestampBegin, "DateTimeZone::getTransitions", 1, "timestampBegin");
        long end = open ? java.time.Instant.parse("2037-12-31T23:59:59Z").getEpochSecond()
                : Args.toInt(timestampEnd, "DateTimeZone::getTransitions", 2, "timestampEnd");
        java.time.zone.ZoneRules rules = tz.id().getRules();
        PhpArray out = new PhpArray();
        java.time.Instant at = java.time.Instant.ofEpochSecond(begin);
        out.append(transition(at, tz));
        for (java.time.zone.ZoneOffsetTransition tr = rules.nextTransition(at); tr != null && out.size() < 100_000;
                tr = rules.nextTransition(tr.getInstant())) {
            if (tr.getInstant().getEpochSecond() > end) break;
            out.append(transition(tr.getInstant(), tz));
        }
        return out;
    }

    private static PhpArray transition(java.time.Instant at, Tz tz) {
        java.time.ZonedDateTime z = at.atZone(tz.id());
        PhpArray a = new PhpArray();
        a.putStr("ts", at.getEpochSecond());
        a.putStr("time", phpgoc.runtime.ext.standard.Dates.format("Y-m-d\\TH:i:sP", at.atZone(java.time.ZoneOffset.UTC), "UTC", null));
        a.putStr("offset", (long) z.getOffset().getTotalSeconds());
        a.putStr("isdst", tz.id().getRules().isDaylightSavings(at));
        a.putStr("abbr", phpgoc.runtime.ext.standard.Dates.abbreviation(z));
        return a;
    }

    /** The region identifiers the JDK's database has (php's list is timezonedb's: close, not identical). */
    static Object listIdentifiers(Context ctx, ClassTemplate self, Object t, Object timezoneGroup, Object countryCode) {
        long group = timezoneGroup == Values.UNDEF ? 2047 : Args.toInt(timezoneGroup, "DateTimeZone::listIdentifiers", 1, "timezoneGroup");
        TreeSet<String> ids = new TreeSet<>();
        for (String id : ZoneId.getAvailableZoneIds()) {
            int slash = id.indexOf('/');
            if (slash < 0) continue;
            String region = id.substring(0, slash).toUpperCase(java.util.Locale.ROOT);
            for (int i = 0; i < REGIONS.length; i++) if (REGIONS[i].equals(region) && (group & (1L << i)) != 0) ids.add(id);
        }
        if ((group & 1024) != 0) ids.add("UTC");
        PhpArray a = new PhpArray();
        for (String id : ids) a.append(id);
        return a;
    }

    static Object serialize(Context ctx, ClassTemplate self, Object t) { return ((ZoneState) ((PhpObject) t).internal).propertyTable(); }

    static Object wakeup(Context ctx, ClassTemplate self, Object t) { return null; }

    private static ZoneState restoreArray(Object v, String cls) {
        if (v instanceof PhpArray a && Values.deref(a.lookup("timezone_type")) instanceof Long type
                && Values.isString(Values.deref(a.lookup("timezone")))) {
            Tz tz = restore(type, Convert.toStr(Values.deref(a.lookup("timezone"))));
            if (tz != null) return new ZoneState(tz);
        }
        throw new PhpError("Error", "Invalid serialization data for " + cls + " object");
    }

    static Object unserialize(Context ctx, ClassTemplate self, Object t, Object data) {
        ((PhpObject) t).internal = restoreArray(Values.deref(data), "DateTimeZone");
        return null;
    }

    static Object setState(Context ctx, ClassTemplate self, Object t, Object array) {
        PhpObject o = Decl.called(ctx, t, "DateTimeZone").instantiate();
        o.internal = restoreArray(Values.deref(array), "DateTimeZone");
        return o;
    }
}
