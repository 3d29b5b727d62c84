package phpgoc.runtime.ext.standard;

import java.util.Map;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Values;

/**
 * setlocale(), localeconv() and nl_langinfo() as php -n has them on glibc: only the C (POSIX) and
 * C.UTF-8 locales exist; at start-up LC_CTYPE comes from the environment (LC_ALL, LC_CTYPE, LANG),
 * the other categories are "C". Nothing else in phpgoc depends on the locale.
 */
public final class Locales {
    private Locales() {}

    private static final String[] CATEGORIES = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY", "LC_MESSAGES"};
    private static final int LC_ALL = 6;

    /** The run's locale per category (0..5, php's LC_* values). */
    private static final class State {
        final String[] names = {envLocale(0), "C", "C", "C", "C", "C"};
    }

    private static State state(Context ctx) { return ctx.extensionState(State.class, State::new); }

    /** The locale setlocale(cat, "") picks: the environment's (LC_ALL, LC_<cat>, LANG) when it exists, else C. */
    private static String envLocale(int cat) {
        for (String v : new String[] {System.getenv("LC_ALL"), System.getenv(CATEGORIES[cat]), System.getenv("LANG")}) {
            if (v != null && !v.isEmpty()) return known(v) != null ? known(v) : "C";
        }
        return "C";
    }

    /** The locales glibc has everywhere (POSIX is C), or null. */
    private static String known(String name) {
        return switch (name) {
            case "C", "POSIX" -> "C";
            case "C.UTF-8", "C.utf8" -> name;
            default -> null;
        };
    }

    public static Object setlocale(Context ctx, Object category, Object locales, Object[] rest) {
        long cat = Args.toInt(category, "setlocale", 1, "category");
        java.util.List<Object> tries = new java.util.ArrayList<>();
        for (Object l : prepend(locales, rest)) {
            if (l instanceof PhpArray a) {
                for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) tries.add(Values.deref(a.valueAt(p)));
            } else {
                tries.add(l);
            }
        }
        State st = state(ctx);
        for (Object l : tries) {
            String name = l == null ? "" : Args.str(l, "setlocale", 2, "locales");
            if (cat < 0 || cat > LC_ALL) return Boolean.FALSE;
            if (name.equals("0")) return current(st, (int) cat);
            if (cat == LC_ALL) {
                String[] set = new String[6];
                for (int i = 0; i < 6; i++) set[i] = name.isEmpty() ? envLocale(i) : known(name);
                if (set[0] == null) continue;
                System.arraycopy(set, 0, st.names, 0, 6);
                return current(st, LC_ALL);
            }
            String set = name.isEmpty() ? envLocale((int) cat) : known(name);
            if (set == null) continue;
            st.names[(int) cat] = set;
            return set;
        }
        return Boolean.FALSE;
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** glibc's name of the current locale: for LC_ALL a composite list unless all categories agree. */
    private static String current(State st, int cat) {
        if (cat != LC_ALL) return st.names[cat];
        boolean same = true;
        for (String n : st.names) same &= n.equals(st.names[0]);
        if (same) return st.names[0];
        String[] glibc = {"LC_CTYPE=" + st.names[0], "LC_NUMERIC=" + st.names[1], "LC_TIME=" + st.names[2],
            "LC_COLLATE=" + st.names[3], "LC_MONETARY=" + st.names[4], "LC_MESSAGES=" + st.names[5], "LC_PAPER=C",
            "LC_NAME=C", "LC_ADDRESS=C", "LC_TELEPHONE=C", "LC_MEASUREMENT=C", "LC_IDENTIFICATION=C"};
        return String.join(";", glibc);
    }

    public static PhpArray localeconv() {
        PhpArray a = new PhpArray();
        for (String k : new String[] {"decimal_point", "thousands_sep", "int_curr_symbol", "currency_symbol",
                "mon_decimal_point", "mon_thousands_sep", "positive_sign", "negative_sign"}) {
            a.putStr(k, k.equals("decimal_point") ? "." : "");
        }
        for (String k : new String[] {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
                "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"}) {
            a.putStr(k, 127L);
        }
        a.putStr("grouping", new PhpArray());
        a.putStr("mon_grouping", new PhpArray());
        return a;
    }

    /** nl_langinfo items of the C locale (glibc's values of php's constants). */
    private static final Map<Long, String> LANGINFO = new java.util.HashMap<>();

    static {
        String[] abday = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
        String[] day = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
        String[] abmon = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
        String[] mon = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"};
        for (int i = 0; i < 7; i++) LANGINFO.put(131072L + i, abday[i]);
        for (int i = 0; i < 7; i++) LANGINFO.put(131079L + i, day[i]);
        for (int i = 0; i < 12; i++) LANGINFO.put(131086L + i, abmon[i]);
        for (int i = 0; i < 12; i++) LANGINFO.put(131098L + i, mon[i]);
        LANGINFO.put(131110L, "AM");
        LANGINFO.put(131111L, "PM");
        LANGINFO.put(131112L, "%a %b %e %H:%M:%S %Y");
        LANGINFO.put(131113L, "%m/%d/%y");
        LANGINFO.put(131114L, "%H:%M:%S");
        LANGINFO.put(131115L, "%I:%M:%S %p");
        for (long k : new long[] {131116L, 131118L, 131119L, 131120L, 131121L}) LANGINFO.put(k, "");
        LANGINFO.put(262159L, "-");
        LANGINFO.put(65536L, ".");
        LANGINFO.put(65537L, "");
        LANGINFO.put(327680L, "^[yY]");
        LANGINFO.put(327681L, "^[nN]");
    }

    public static Object nl_langinfo(Context ctx, Object item) {
        long i = Args.toInt(item, "nl_langinfo", 1, "item");
        if (i == 14) return state(ctx).names[0].startsWith("C.") ? "UTF-8" : "ANSI_X3.4-1968";
        String v = LANGINFO.get(i);
        if (v == null) {
            ctx.warning("nl_langinfo(): Item '" + i + "' is not valid");
            return Boolean.FALSE;
        }
        return v;
    }
}
