package phpgoc.runtime;

/** String concatenation. */
public final class Concat {
    private Concat() {}
    /** {@code a . b}. */
    public static String concat(Object a, Object b) { throw Convert.todo(); }
    /** Interpolation: all parts concatenated. */
    public static String concat(Object[] parts) { throw Convert.todo(); }
    /** {@code cur .= add}: returns a {@link ConcatString} so repeated appends are amortised O(1). */
    public static Object append(Object cur, Object add) { throw Convert.todo(); }
}
