package phpgoc.runtime.ext.date;

import java.lang.invoke.MethodHandles;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Locale;
import phpgoc.runtime.Args;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/** createFromFormat() (timelib's parse_from_format) and getLastErrors(). */
final class DateCreate {
    private DateCreate() {}

    static final MethodHandles.Lookup L = MethodHandles.lookup();

    /** The last parse's warnings and errors (null: none, which getLastErrors reports as false). */
    private static final class LastErrors { PhpArray value; }

    /** Records the outcome of a parse: its error, or none. */
    static void record(Context ctx, TimeParser failed) {
        LastErrors le = ctx.extensionState(LastErrors.class, LastErrors::new);
        le.value = failed == null ? null : errors(failed.errorPos, failed.error);
    }

    /** A parse that succeeded with php's one warning: a date that does not exist (Feb 30), at the end of the string. */
    static void recordInvalidDate(Context ctx, TimeParser p, String s) {
        if (p.y == UNSET || p.m == UNSET || p.d == UNSET || p.m < 1 || p.m > 12) return;
        if (p.d <= java.time.YearMonth.of((int) Math.max(1, Math.min(p.y, 999_999)), (int) p.m).lengthOfMonth()) return;
        PhpArray a = errors(0, "");
        a.putStr("warning_count", 1L);
        PhpArray w = new PhpArray();
        w.put((long) s.length() + 1, "The parsed date was invalid");
        a.putStr("warnings", w);
        a.putStr("error_count", 0L);
        a.putStr("errors", new PhpArray());
        ctx.extensionState(LastErrors.class, LastErrors::new).value = a;
    }

    private static PhpArray errors(int pos, String msg) {
        PhpArray a = new PhpArray();
        a.putStr("warning_count", 0L);
        a.putStr("warnings", new PhpArray());
        a.putStr("error_count", 1L);
        PhpArray e = new PhpArray();
        e.put((long) pos, msg);
        a.putStr("errors", e);
        return a;
    }

    static Object getLastErrors(Context ctx, ClassTemplate self, Object t) {
        LastErrors le = ctx.extensionState(LastErrors.class, LastErrors::new);
        return le.value == null ? (Object) false : le.value.copy();
    }

    static Object createFromFormat(Context ctx, ClassTemplate self, Object t, Object format, Object datetime, Object timezone) {
        String fn = self.name + "::createFromFormat";
        String f = Args.str(format, fn, 1, "format"), s = Args.str(datetime, fn, 2, "datetime");
        Tz argTz = DateTimes.zoneArg(timezone, fn, 3);
        DateState st = fromFormat(ctx, f, s, argTz);
        if (st == null) return false;
        PhpClass cls = Decl.called(ctx, t, self.name);
        return DateTimes.make(cls, st.t, st.tz);
    }

    static final long UNSET = TimeParser.UNSET;

    /** {@code s} read by {@code f}; null (errors recorded) when it does not match. */
    static DateState fromFormat(Context ctx, String f, String s, Tz argTz) {
        LastErrors le = ctx.extensionState(LastErrors.class, LastErrors::new);
        le.value = null;
        long[] v = {UNSET, UNSET, UNSET, UNSET, UNSET, UNSET, UNSET}; // y m d h i s us
        int ampm = 0;
        long ts = UNSET;
        Tz tz = null;
        int p = 0;
        int[] e1 = new int[1];
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            String err = null;
            int start = p;
            switch (c) {
                case 'd', 'j' -> { long n = num(s, p, 2, e1); if (n < 0) err = "A two digit day could not be found"; else { v[2] = n; p = e1[0]; } }
                case 'm', 'n' -> { long n = num(s, p, 2, e1); if (n < 0) err = "A two digit month could not be found"; else { v[1] = n; p = e1[0]; } }
                case 'Y' -> { long n = num(s, p, 4, e1); if (n < 0) err = "A four digit year could not be found"; else { v[0] = n; p = e1[0]; } }
                case 'y' -> {
                    long n = num(s, p, 2, e1);
                    if (n < 0) err = "A two digit year could not be found";
                    else { v[0] = n + (n < 70 ? 2000 : 1900); p = e1[0]; }
                }
                case 'H', 'G', 'h', 'g' -> { long n = num(s, p, 2, e1); if (n < 0) err = "A two digit hour could not be found"; else { v[3] = n; p = e1[0]; } }
                case 'i' -> { long n = num(s, p, 2, e1); if (n < 0 || e1[0] - p != 2) err = "A two digit minute could not be found"; else { v[4] = n; p = e1[0]; } }
                case 's' -> { long n = num(s, p, 2, e1); if (n < 0 || e1[0] - p != 2) err = "A two digit second could not be found"; else { v[5] = n; p = e1[0]; } }
                case 'u', 'v' -> {
                    int w = c == 'u' ? 6 : 3;
                    long n = num(s, p, w, e1);
                    if (n < 0) err = c == 'u' ? "A six digit microsecond could not be found" : "A three digit millisecond could not be found";
                    else { for (int z = e1[0] - p; z < 6; z++) n *= 10; v[6] = n; p = e1[0]; }
                }
                case 'a', 'A' -> {
                    String w = s.substring(p, Math.min(s.length(), p + 2)).toLowerCase(Locale.ROOT);
                    if (v[3] == UNSET) err = "Meridian can only come after an hour has been found";
                    else if (w.equals("am") || w.equals("pm")) { ampm = w.equals("am") ? 1 : 2; p += 2; }
                    else err = "A meridian could not be found";
                }
                case 'D', 'l' -> { int e = word(s, p); if (e == p) err = "A textual day could not be found"; else p = e; }
                case 'S' -> { int e = word(s, p); p = Math.min(e, p + 2); }
                case 'M', 'F' -> {
                    int e = word(s, p);
                    String w = s.substring(p, e).toLowerCase(Locale.ROOT);
                    int mm = -1;
                    for (int z = 0; z < 12; z++) {
                        String full = java.time.Month.of(z + 1).name().toLowerCase(Locale.ROOT);
                        if (w.equals(full) || w.equals(full.substring(0, 3))) mm = z + 1;
                    }
                    if (mm < 0) err = "A textual month could not be found";
                    else { v[1] = mm; p = e; }
                }
                case 'U' -> {
                    int e = p;
                    if (e < s.length() && (s.charAt(e) == '-' || s.charAt(e) == '+')) e++;
                    while (e < s.length() && Character.isDigit(s.charAt(e))) e++;
                    if (e == p || !Character.isDigit(s.charAt(e - 1))) err = "A unix timestamp could not be found";
                    else { ts = Long.parseLong(s.substring(s.charAt(p) == '+' ? p + 1 : p, e)); p = e; }
                }
                case 'e', 'T', 'O', 'P', 'p' -> {
                    int e = p;
                    while (e < s.length() && " ,;)".indexOf(s.charAt(e)) < 0) e++;
                    Tz z = e > p ? Tz.forName(s.substring(p, e)) : null;
                    if (z == null && e > p && (s.charAt(p) == 'Z' || s.charAt(p) == 'z')) { z = Tz.abbreviation("Z"); e = p + 1; }
                    if (z == null) err = "The timezone could not be found in the database";
                    else { tz = z; p = e; }
                }
                case '!' -> { v = new long[] {1970, 1, 1, 0, 0, 0, 0}; tz = null; }
                case '|' -> { long[] z = {1970, 1, 1, 0, 0, 0, 0}; for (int q = 0; q < 7; q++) if (v[q] == UNSET) v[q] = z[q]; }
                case '+' -> p = s.length();
                case '?' -> { if (p < s.length()) p++; else err = "Unexpected data found."; }
                case '*' -> { while (p < s.length() && " ,;:/.-()".indexOf(s.charAt(p)) < 0 && !Character.isDigit(s.charAt(p))) p++; }
                case '#' -> {
                    if (p < s.length() && ";:/.,-()".indexOf(s.charAt(p)) >= 0) p++;
                    else err = "The separation symbol ([;:/.,-]) could not be found";
                }
                case ' ' -> { while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) p++; }
                case '\\' -> {
                    if (k + 1 < f.length()) k++;
                    if (p < s.length() && s.charAt(p) == f.charAt(k)) p++;
                    else err = "The escaped character could not be found";
                }
                default -> {
                    if (p < s.length() && s.charAt(p) == c) p++;
                    else err = ";:/.,-()".indexOf(c) >= 0 ? "The separation symbol could not be found" : "The format separator does not match";
                }
            }
            if (err != null) {
                if (start >= s.length()) err = "Not enough data available to satisfy format";
                le.value = errors(start, err);
                return null;
            }
        }
        if (p < s.length()) {
            le.value = errors(p, "Trailing data");
            return null;
        }
        if (ampm != 0 && v[3] != UNSET) v[3] = v[3] % 12 + (ampm == 2 ? 12 : 0);
        if (v[3] != UNSET || v[4] != UNSET || v[5] != UNSET || v[6] != UNSET) {
            for (int q = 3; q < 7; q++) if (v[q] == UNSET) v[q] = 0;
        }
        Tz zone = tz != null ? tz : argTz != null ? argTz : DateTimes.defaultTz(ctx);
        if (ts != UNSET) {
            if (tz == null) zone = Tz.offset(0);
            ZonedDateTime at = Instant.ofEpochSecond(ts).atZone(zone.id());
            if (v[6] != UNSET) at = at.withNano((int) v[6] * 1000);
            return new DateState(at, zone);
        }
        ZonedDateTime now = DateTimes.now(zone);
        long[] n = {now.getYear(), now.getMonthValue(), now.getDayOfMonth(), now.getHour(), now.getMinute(), now.getSecond(),
            now.getNano() / 1000};
        for (int q = 0; q < 7; q++) if (v[q] == UNSET) v[q] = n[q];
        boolean badDate = v[1] < 1 || v[1] > 12 || v[2] < 1
                || v[2] > LocalDate.of((int) Math.max(-999_999_999, Math.min(v[0], 999_999_999)), (int) v[1], 1).lengthOfMonth();
        boolean badTime = v[3] > 23 || v[4] > 59 || v[5] > 59;
        if (badDate || badTime) {
            PhpArray a = errors(0, "");
            a.putStr("warning_count", (badDate ? 1L : 0L) + (badTime ? 1L : 0L));
            PhpArray w = new PhpArray();
            w.put((long) s.length(), badDate ? "The parsed date was invalid" : "The parsed time was invalid");
            a.putStr("warnings", w);
            a.putStr("error_count", 0L);
            a.putStr("errors", new PhpArray());
            le.value = a;
        }
        java.time.LocalDateTime wall = TimeResolver.date(v[0], v[1], v[2]).atStartOfDay().plusHours(v[3]).plusMinutes(v[4])
                .plusSeconds(v[5]).plusNanos(v[6] * 1000);
        return new DateState(TimeResolver.at(wall, zone.id()), zone);
    }

    /** Up to {@code max} digits at p (their end in {@code e1[0]}), or -1. */
    private static long num(String s, int p, int max, int[] e1) {
        int e = p;
        while (e < s.length() && e - p < max && Character.isDigit(s.charAt(e))) e++;
        if (e == p) return -1;
        e1[0] = e;
        return Long.parseLong(s.substring(p, e));
    }

    private static int word(String s, int p) {
        int e = p;
        while (e < s.length() && Character.isLetter(s.charAt(e))) e++;
        return e;
    }
}
