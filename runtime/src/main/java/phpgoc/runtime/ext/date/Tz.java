package phpgoc.runtime.ext.date;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A time zone as php keeps it: type 1 a UTC offset ("+02:00"), type 2 an abbreviation ("EST",
 * a fixed offset), type 3 an identifier ("Europe/Paris"). {@code id} is the java.time zone.
 */
record Tz(int type, String name, ZoneId id) {
    static final Tz UTC = new Tz(3, "UTC", ZoneId.of("UTC"));

    /** Abbreviations php knows, with their offsets in minutes (a few of timelib's table). */
    private static final Map<String, Integer> ABBR = new HashMap<>();

    static {
        Object[] t = {"z", 0, "gmt", 0, "ut", 0, "wet", 0, "west", 60, "bst", 60, "cet", 60, "cest", 120, "met", 60,
            "mest", 120, "eet", 120, "eest", 180, "msk", 180, "ist", 330, "jst", 540, "kst", 540, "hkt", 480,
            "awst", 480, "acst", 570, "aest", 600, "aedt", 660, "nzst", 720, "nzdt", 780, "est", -300, "edt", -240,
            "cst", -360, "cdt", -300, "mst", -420, "mdt", -360, "pst", -480, "pdt", -420, "akst", -540,
            "akdt", -480, "hst", -600, "ast", -240, "adt", -180, "nst", -210, "ndt", -150};
        for (int i = 0; i < t.length; i += 2) ABBR.put((String) t[i], (Integer) t[i + 1]);
    }

    /** A zone of offset {@code seconds} (type 1), named "+HH:MM". */
    static Tz offset(int seconds) {
        StringBuilder sb = new StringBuilder().append(seconds < 0 ? '-' : '+');
        int a = Math.abs(seconds);
        two(sb, a / 3600);
        sb.append(':');
        two(sb, a / 60 % 60);
        return new Tz(1, sb.toString(), ZoneOffset.ofTotalSeconds(seconds));
    }

    private static void two(StringBuilder sb, int v) {
        if (v < 10) sb.append('0');
        sb.append(v);
    }

    /** An abbreviation's zone (type 2), or null. */
    static Tz abbreviation(String s) {
        Integer m = ABBR.get(s.toLowerCase(Locale.ROOT));
        return m == null ? null : new Tz(2, s.toUpperCase(Locale.ROOT), ZoneOffset.ofTotalSeconds(m * 60));
    }

    /** An identifier's zone (type 3) matched case-insensitively; or null. */
    static Tz identifier(String s) {
        if (s.equalsIgnoreCase("utc")) return UTC;
        String id = IDS.get(s.toLowerCase(Locale.ROOT));
        return id == null ? null : new Tz(3, s, ZoneId.of(id)); // php keeps the spelling it was given
    }

    /** The JDK's region identifiers by lower-case name (read-only after class initialisation). */
    private static final Map<String, String> IDS = new HashMap<>();

    static {
        for (String id : ZoneId.getAvailableZoneIds()) {
            if (id.contains("/") && !id.startsWith("SystemV") || id.length() > 3 && !id.startsWith("Etc")) {
                IDS.put(id.toLowerCase(Locale.ROOT), id);
            }
        }
    }

    /** "+02:00", "-0530", "+2", "+02": the offset in seconds, or null when {@code s} is no offset. */
    static Integer parseOffset(String s) {
        if (s.length() < 2 || s.charAt(0) != '+' && s.charAt(0) != '-') return null;
        String d = s.substring(1).replace(":", "");
        if (d.isEmpty() || d.length() > 4 || !d.chars().allMatch(Character::isDigit)) return null;
        int h, m;
        if (d.length() <= 2) { h = Integer.parseInt(d); m = 0; }
        else { h = Integer.parseInt(d.substring(0, d.length() - 2)); m = Integer.parseInt(d.substring(d.length() - 2)); }
        if (h > 99 || m > 59) return null;
        int secs = h * 3600 + m * 60;
        return s.charAt(0) == '-' ? -secs : secs;
    }

    /** The zone a DateTimeZone name gives (an offset, an abbreviation, an identifier), or null. */
    static Tz forName(String s) {
        Integer off = parseOffset(s);
        if (off != null) return Math.abs(off) <= 18 * 3600 ? offset(off) : null;
        Tz t = identifier(s);
        if (t == null) t = abbreviation(s);
        return t;
    }
}
