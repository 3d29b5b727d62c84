package phpgoc.runtime.ext.date;

import phpgoc.runtime.ClassTemplate;

/** ext/date's built-in classes by lower-case name, for the engine's class lookup. */
public final class DateClasses {
    private DateClasses() {}

    static {
        // their Java methods never keep $this; DateTime's setters return it marked escaped
        DateTimes.MUTABLE.releasable = true;
        DateTimes.IMMUTABLE.releasable = true;
        DateZones.TEMPLATE.releasable = true;
        DateIntervals.TEMPLATE.releasable = true;
        DatePeriods.TEMPLATE.releasable = true;
    }

    /** The template of built-in class {@code lower}, or null. */
    public static ClassTemplate template(String lower) {
        if (!lower.startsWith("date")) return null;
        ClassTemplate t = DateTimes.template(lower);
        if (t != null) return t;
        return switch (lower) {
            case "datetimezone" -> DateZones.TEMPLATE;
            case "dateinterval" -> DateIntervals.TEMPLATE;
            case "dateperiod" -> DatePeriods.TEMPLATE;
            default -> null;
        };
    }
}
