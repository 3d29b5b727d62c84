package phpgoc.runtime;

/** String concatenation. */
public final class Concat {
    private Concat() {}

    /** {@code a . b}. */
    public static String concat(Object a, Object b) {
        return Convert.toStr(a).concat(Convert.toStr(b));
    }

    /** Interpolation: all parts concatenated. */
    public static String concat(Object[] parts) {
        if (parts.length == 1) return Convert.toStr(parts[0]);
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) sb.append(Convert.toStr(p));
        return sb.toString();
    }

    /** {@code cur .= add}: returns a {@link ConcatString} so repeated appends are amortised O(1). */
    public static Object append(Object cur, Object add) {
        ConcatString base = cur instanceof ConcatString c ? c : start(cur);
        if (add instanceof ConcatString c) return base.append(c);
        if (add instanceof Long l) return base.append(l.longValue());
        return base.append(Convert.toStr(add));
    }

    /** The ConcatString that {@code .=} on a value that is not one yet starts from. */
    private static ConcatString start(Object cur) {
        if (cur instanceof Ref r) cur = r.value;
        if (cur instanceof ConcatString c) return c;
        return ConcatString.of(cur == null || cur == Values.UNDEF ? "" : Convert.toStr(cur));
    }
}
