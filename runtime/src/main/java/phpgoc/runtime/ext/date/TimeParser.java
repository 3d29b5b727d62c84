package phpgoc.runtime.ext.date;

import java.util.Locale;

/**
 * strtotime's grammar (a practical subset of timelib's): the absolute fields a string sets, the
 * relative amounts it adds, and its time zone. {@link TimeResolver} applies the result to a base
 * time. Fields never set are {@link #UNSET}. The first error (php's position and message) stops it.
 */
final class TimeParser {
    static final long UNSET = Long.MIN_VALUE;
    static final int FIRST_DAY_OF = 1, LAST_DAY_OF = 2;
    static final int NTH_WEEKDAY_OF = 1, LAST_WEEKDAY_OF = 2, WEEKDAYS = 3;

    long y = UNSET, m = UNSET, d = UNSET, h = UNSET, i = UNSET, s = UNSET, us = UNSET;
    boolean haveDate, haveTime, haveZone, haveWeekdayRel;
    long ry, rm, rd, rh, ri, rs, rus;
    int weekday, weekdayBehavior, firstLast, special;
    long specialAmount;
    Tz zone;
    String error;
    int errorPos;

    private final String src, lc;
    private int p;

    private TimeParser(String src) {
        this.src = src;
        this.lc = src.toLowerCase(Locale.ROOT);
    }

    static TimeParser parse(String s) {
        TimeParser t = new TimeParser(s);
        try {
            t.run();
        } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            t.fail(Math.min(t.p, Math.max(0, s.length() - 1)), "Unexpected character"); // a number too large for its field
        }
        return t;
    }

    /** "at position N (c): message", as php's exceptions and warnings quote it. */
    String errorText() {
        char c = errorPos < src.length() ? src.charAt(errorPos) : '\0';
        return "at position " + errorPos + " (" + c + "): " + error;
    }

    private static final String[] MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    private static final String[] DAYS = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};
    private static final String[] RELTEXT = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
        "eighth", "ninth", "tenth", "eleventh", "twelfth"};

    private void fail(int pos, String msg) {
        if (error == null) { error = msg; errorPos = pos; }
        p = src.length();
    }

    private void run() {
        while (p < src.length() && error == null) {
            char c = lc.charAt(p);
            if (c == ' ' || c == '\t' || c == ',' || c == '\n') { p++; continue; }
            int start = p;
            if (c == '@') { timestamp(); continue; }
            if (c == '+' || c == '-') {
                if (relativeNumber()) continue;
                p = start;
                if (offsetZone()) continue;
                fail(start, "Unexpected character");
                continue;
            }
            if (isDigit(c)) {
                if (relativeNumber() || date() || time()) continue;
                p = start;
                fail(start, "Unexpected character");
                continue;
            }
            if (isLetter(c)) { word(); continue; }
            fail(start, "Unexpected character");
        }
    }

    // ---- character helpers

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private static boolean isLetter(char c) { return c >= 'a' && c <= 'z'; }

    private char at(int k) { return k < lc.length() ? lc.charAt(k) : '\0'; }

    /** Up to {@code max} digits at p (at least {@code min}), or -1 (p unchanged). */
    private long digits(int min, int max) {
        int k = p;
        while (k < lc.length() && k - p < max && isDigit(lc.charAt(k))) k++;
        if (k - p < min) return -1;
        long v = Long.parseLong(lc.substring(p, k));
        p = k;
        return v;
    }

    /** A month (1-12) or day (1-31) of one or two digits: two only when they make a valid value. */
    private long small(int limit) {
        if (!isDigit(at(p))) return -1;
        if (isDigit(at(p + 1))) {
            int v = (at(p) - '0') * 10 + at(p + 1) - '0';
            if (v <= limit) { p += 2; return v; }
        }
        return at(p++) - '0';
    }

    private String wordAt(int k) {
        int e = k;
        while (e < lc.length() && isLetter(lc.charAt(e))) e++;
        return lc.substring(k, e);
    }

    private void skipSpaces() { while (at(p) == ' ' || at(p) == '\t') p++; }

    // ---- setting fields

    private void setDate(int pos, long yy, long mm, long dd) {
        if (haveDate) { fail(pos, "Double date specification"); return; }
        haveDate = true;
        y = yy; m = mm; d = dd;
    }

    private void setTime(int pos, long hh, long ii, long ss, long uu) {
        if (haveTime) { fail(pos, "Double time specification"); return; }
        haveTime = true;
        h = hh; i = ii; s = ss; us = uu;
    }

    private void unhaveTime() {
        haveTime = false;
        h = 0; i = 0; s = 0; us = 0;
    }

    private void setZone(int pos, Tz z) {
        if (haveZone) { fail(pos, "Double timezone specification"); return; }
        haveZone = true;
        zone = z;
    }

    // ---- rules

    private void timestamp() {
        int start = p++;
        boolean neg = at(p) == '-';
        if (neg || at(p) == '+') p++;
        int ds = 0;
        while (isDigit(at(p + ds))) ds++;
        if (ds > 18) { fail(start, "Number out of range"); return; }
        long v = digits(1, 19);
        if (v < 0) { fail(start, "Unexpected character"); return; }
        long frac = 0;
        if (at(p) == '.' && isDigit(at(p + 1))) {
            p++;
            int k = p;
            long f = digits(1, 6);
            for (int n = p - k; n < 6; n++) f *= 10;
            frac = f;
        }
        setDate(start, 1970, 1, 1);
        setTime(start, 0, 0, 0, 0);
        rs += neg ? -v : v;
        rus += neg ? -frac : frac;
        setZone(start, Tz.offset(0));
    }

    /** [+-]N unit, N unit: a relative amount (with "ago" read as a word later). */
    private boolean relativeNumber() {
        int start = p;
        boolean neg = false;
        while (at(p) == '+' || at(p) == '-') { if (at(p) == '-') neg = !neg; p++; }
        if (p > start) skipSpaces();
        long n = digits(1, 18);
        if (n < 0) { p = start; return false; }
        skipSpaces();
        String w = wordAt(p);
        int unit = unit(w);
        if (unit < 0) {
            int dow = weekday(w);
            if (dow < 0) { p = start; return false; }
            p += w.length();
            relWeekday(neg ? -n : n, dow, 0);
            return true;
        }
        p += w.length();
        addUnit(unit, neg ? -n : n);
        return true;
    }

    private static final int USEC = 0, MSEC = 1, SEC = 2, MIN = 3, HOUR = 4, DAY = 5, WEEK = 6, FORTNIGHT = 7, MONTH = 8,
            YEAR = 9, WEEKDAY = 10;

    private static int unit(String w) {
        return switch (w) {
            case "usec", "usecs", "microsecond", "microseconds" -> USEC;
            case "ms", "msec", "msecs", "millisecond", "milliseconds" -> MSEC;
            case "sec", "secs", "second", "seconds" -> SEC;
            case "min", "mins", "minute", "minutes" -> MIN;
            case "hour", "hours" -> HOUR;
            case "day", "days" -> DAY;
            case "week", "weeks" -> WEEK;
            case "fortnight", "fortnights", "forthnight", "forthnights" -> FORTNIGHT;
            case "month", "months" -> MONTH;
            case "year", "years" -> YEAR;
            case "weekday", "weekdays" -> WEEKDAY;
            default -> -1;
        };
    }

    private void addUnit(int unit, long n) {
        switch (unit) {
            case USEC -> rus += n;
            case MSEC -> rus += n * 1000;
            case SEC -> rs += n;
            case MIN -> ri += n;
            case HOUR -> rh += n;
            case DAY -> rd += n;
            case WEEK -> rd += 7 * n;
            case FORTNIGHT -> rd += 14 * n;
            case MONTH -> rm += n;
            case YEAR -> ry += n;
            default -> { special = WEEKDAYS; specialAmount += n; }
        }
    }

    private static int weekday(String w) {
        for (int k = 0; k < 7; k++) {
            if (w.equals(DAYS[k]) || w.equals(DAYS[k].substring(0, 3))) return k;
        }
        return switch (w) { case "tues" -> 2; case "wednes" -> 3; case "thur", "thurs" -> 4; default -> -1; };
    }

    private static int month(String w) {
        for (int k = 0; k < 12; k++) {
            if (w.equals(MONTHS[k]) || w.equals(MONTHS[k].substring(0, 3))) return k + 1;
        }
        return w.equals("sept") ? 9 : -1;
    }

    private void relWeekday(long amount, int dow, int behavior) {
        haveWeekdayRel = true;
        unhaveTime();
        rd += (amount > 0 ? amount - 1 : amount) * 7;
        weekday = dow;
        weekdayBehavior = behavior;
    }

    /** +HH:MM, +HHMM, +HH after a time: the zone's offset. */
    private boolean offsetZone() {
        int start = p++;
        int k = p;
        while (k < lc.length() && (isDigit(lc.charAt(k)) || lc.charAt(k) == ':')) k++;
        Integer off = Tz.parseOffset(lc.substring(start, k));
        if (off == null) { p = start; return false; }
        p = k;
        setZone(start, Tz.offset(off));
        return true;
    }

    /** Dates that start with digits: ISO, American, European, "15 march 2024", YYYYMMDD. */
    private boolean date() {
        int start = p;
        int n = 0;
        while (isDigit(at(p + n))) n++;
        char sep = at(p + n);
        if (n == 4 && (sep == '-' || sep == '/') && isDigit(at(p + 5))) {
            long yy = digits(4, 4);
            p++;
            long mm = small(12);
            if (at(p) == sep && isDigit(at(p + 1))) {
                p++;
                long dd = small(31);
                setDate(start, yy, mm, dd);
            } else setDate(start, yy, mm, 1);
            if (at(p) == 't' && isDigit(at(p + 1))) p++;
            return true;
        }
        if (n == 4 && (sep == 'w' || sep == '-' && at(p + 5) == 'w') && isDigit(at(p + (sep == 'w' ? 5 : 6)))) {
            // ISO week date: 2024W03, 2024-W03-2
            long yy = digits(4, 4);
            p += sep == 'w' ? 1 : 2;
            long ww = digits(2, 2);
            long dd = 1;
            if (ww < 0) { p = start; return false; }
            if (at(p) == '-' && isDigit(at(p + 1))) { p++; dd = digits(1, 1); }
            else if (sep == 'w' && isDigit(at(p))) dd = digits(1, 1);
            java.time.LocalDate d = java.time.LocalDate.of((int) yy, 1, 4).with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, 1)
                    .with(java.time.DayOfWeek.MONDAY).plusWeeks(ww - 1).plusDays(dd - 1);
            setDate(start, d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            return true;
        }
        if (n == 8 && !isDigit(at(p + 8))) {
            long v = digits(8, 8);
            setDate(start, v / 10000, v / 100 % 100, v % 100);
            return true;
        }
        if (n <= 2 && (sep == '/' || sep == '-' || sep == '.') && isDigit(at(p + n + 1))) {
            long a = small(sep == '/' ? 12 : 31);
            p++;
            long b = small(sep == '/' ? 31 : 12);
            if (sep == '/') {
                long yy = UNSET;
                if (at(p) == '/' && isDigit(at(p + 1))) { p++; yy = year(); }
                setDate(start, yy, a, b);
                return true;
            }
            if (at(p) != sep || !isDigit(at(p + 1))) { p = start; return false; }
            p++;
            if (sep == '.' && !(isDigit(at(p + 2)) && isDigit(at(p + 3)))) { p = start; return false; } // dd.mm.yy is a time
            long yy = year();
            setDate(start, yy, b, a);
            return true;
        }
        if (n <= 2) {
            // "15 march [2024]", "15-mar-2024", "15th march"
            long dd = digits(1, 2);
            int k = p;
            if (lc.startsWith("st", k) || lc.startsWith("nd", k) || lc.startsWith("rd", k) || lc.startsWith("th", k)) k += 2;
            while (at(k) == ' ' || at(k) == '-' || at(k) == '.') k++;
            String w = wordAt(k);
            int mm = month(w);
            if (mm < 0) { p = start; return false; }
            p = k + w.length();
            long yy = UNSET;
            int save = p;
            while (at(p) == ' ' || at(p) == '-' || at(p) == '.' || at(p) == ',') p++;
            int ds = 0;
            while (isDigit(at(p + ds))) ds++;
            if (ds == 4 && at(p + 4) != ':') yy = digits(4, 4);
            else p = save;
            setDate(start, yy, mm, dd);
            return true;
        }
        return false;
    }

    /** A year of 2 (69-99: 1900s, else 2000s) or 4 digits. */
    private long year() {
        int k = p;
        long v = digits(1, 4);
        if (p - k <= 2) v += v < 70 ? 2000 : 1900;
        return v;
    }

    /** HH:MM[:SS[.frac]] [am|pm], HH am|pm. */
    private boolean time() {
        int start = p;
        long hh = digits(1, 2), ii = 0, ss = 0, uu = 0;
        if (hh < 0) return false;
        boolean colon = false;
        char sep = at(p);
        if ((sep == ':' || sep == '.') && isDigit(at(p + 1))) {
            colon = true;
            p++;
            ii = digits(1, 2);
            if (at(p) == sep && isDigit(at(p + 1))) {
                p++;
                ss = digits(1, 2);
                if ((at(p) == '.' || at(p) == ',') && isDigit(at(p + 1))) {
                    p++;
                    int k = p;
                    while (isDigit(at(p))) p++;
                    String f = (lc.substring(k, p) + "000000").substring(0, 6);
                    uu = Long.parseLong(f);
                }
            }
        }
        int k = p;
        while (at(k) == ' ') k++;
        String w = wordAt(k);
        int ampm = w.equals("am") || w.equals("a") && lc.startsWith("a.m.", k) ? 1
                : w.equals("pm") || w.equals("p") && lc.startsWith("p.m.", k) ? 2 : 0;
        if (ampm == 0 && !colon) { p = start; return false; }
        if (ampm != 0) {
            if (hh < 1 || hh > 12) { p = start; return false; }
            p = k + (lc.startsWith(".m.", k + 1) ? 4 : 2);
            hh = hh % 12 + (ampm == 2 ? 12 : 0);
        } else if (hh > 24 || ii > 59 || ss > 60) { p = start; return false; }
        setTime(start, hh, ii, ss, uu);
        return true;
    }

    /** A word: keyword, relative text, weekday, month, "ago", zone. */
    private void word() {
        int start = p;
        String w = wordAt(p);
        int end = p + w.length();
        switch (w) {
            case "now" -> { p = end; return; }
            case "today", "midnight" -> { p = end; unhaveTime(); return; }
            case "noon" -> { p = end; unhaveTime(); haveTime = true; h = 12; return; }
            case "tomorrow" -> { p = end; unhaveTime(); rd = 1; return; }
            case "yesterday" -> { p = end; unhaveTime(); rd = -1; return; }
            case "ago" -> { p = end; ago(); return; }
            case "t" -> { if (isDigit(at(end))) { p = end; return; } }
            default -> {}
        }
        if ((w.equals("first") || w.equals("last")) && lc.startsWith(" day of", end)) {
            firstLast = w.equals("first") ? FIRST_DAY_OF : LAST_DAY_OF;
            p = end + 7;
            return;
        }
        long amount = reltext(w);
        if (amount != UNSET) {
            int k = end;
            while (at(k) == ' ') k++;
            String u = wordAt(k);
            int behavior = w.equals("this") ? 1 : 0;
            int dow = weekday(u);
            int un = unit(u);
            if (dow >= 0 && lc.startsWith(" of", k + u.length())) {
                p = k + u.length() + 3;
                if (amount > 0) { special = NTH_WEEKDAY_OF; relWeekday(amount, dow, 1); }
                else { special = LAST_WEEKDAY_OF; relWeekday(amount, dow, behavior); }
                return;
            }
            if (dow >= 0) { p = k + u.length(); relWeekday(amount, dow, behavior); return; }
            if (un == WEEK && !u.startsWith("weekday")) {
                p = k + u.length();
                rd += amount * 7;
                weekdayBehavior = 2;
                if (!haveWeekdayRel) { haveWeekdayRel = true; weekday = 1; }
                return;
            }
            if (un >= 0) { p = k + u.length(); addUnit(un, amount); return; }
        }
        int dow = weekday(w);
        if (dow >= 0) {
            p = end;
            haveWeekdayRel = true;
            unhaveTime();
            weekday = dow;
            if (weekdayBehavior != 2) weekdayBehavior = 1;
            return;
        }
        int mm = month(w);
        if (mm > 0) { p = end; monthDate(start, mm); return; }
        zoneWord(start);
    }

    private static long reltext(String w) {
        switch (w) {
            case "next": return 1;
            case "last", "previous": return -1;
            case "this": return 0;
            default:
                for (int k = 0; k < RELTEXT.length; k++) if (RELTEXT[k].equals(w)) return k + 1;
                return UNSET;
        }
    }

    private void ago() {
        ry = -ry; rm = -rm; rd = -rd; rh = -rh; ri = -ri; rs = -rs; rus = -rus;
        weekday = -weekday;
        if (weekday == 0) weekday = -7;
        if (special == WEEKDAYS) specialAmount = -specialAmount;
    }

    /** "march", "march 15", "march 15th, 2024", "march 2024" (the 1st). */
    private void monthDate(int start, int mm) {
        int save = p;
        while (at(p) == ' ' || at(p) == '-' || at(p) == '.') p++;
        int n = 0;
        while (isDigit(at(p + n))) n++;
        if (n == 4 && at(p + 4) != ':') { setDate(start, digits(4, 4), mm, 1); return; }
        if (n >= 1 && n <= 2 && at(p + n) != ':' && !(unit(wordAt(p + n).trim()) >= 0)) {
            long dd = digits(1, 2);
            if (lc.startsWith("st", p) || lc.startsWith("nd", p) || lc.startsWith("rd", p) || lc.startsWith("th", p)) p += 2;
            int save2 = p;
            while (at(p) == ' ' || at(p) == ',' || at(p) == '-' || at(p) == '.') p++;
            int ds = 0;
            while (isDigit(at(p + ds))) ds++;
            if (ds == 4 && at(p + 4) != ':') { setDate(start, digits(4, 4), mm, dd); return; }
            p = save2;
            setDate(start, UNSET, mm, dd);
            return;
        }
        p = save;
        setDate(start, UNSET, mm, UNSET);
    }

    /** A zone identifier ("Europe/Paris"), "UTC", or an abbreviation ("EST", "Z"). */
    private void zoneWord(int start) {
        int k = p;
        while (k < lc.length() && (isLetter(lc.charAt(k)) || lc.charAt(k) == '/' || lc.charAt(k) == '_'
                || (k > p && (lc.charAt(k) == '-' || isDigit(lc.charAt(k))) && src.substring(p, k).contains("/")))) k++;
        String name = src.substring(p, k);
        Tz z = name.contains("/") ? Tz.identifier(name) : name.equalsIgnoreCase("utc") ? Tz.UTC : Tz.abbreviation(name);
        if (z == null) { fail(start, "The timezone could not be found in the database"); return; }
        p = k;
        setZone(start, z);
    }
}
