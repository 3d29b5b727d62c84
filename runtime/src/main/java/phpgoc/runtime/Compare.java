package phpgoc.runtime;

/** PHP 8 comparison: {@code ==}, {@code ===}, {@code <=>} and the ordering operators. */
public final class Compare {
    private Compare() {}
    public static boolean looseEquals(Object a, Object b) { throw Convert.todo(); }
    public static boolean identical(Object a, Object b) { throw Convert.todo(); }
    /** {@code <=>}: -1, 0 or 1. */
    public static int compare(Object a, Object b) { throw Convert.todo(); }
    public static boolean lt(Object a, Object b) { throw Convert.todo(); }
    public static boolean le(Object a, Object b) { throw Convert.todo(); }
    public static boolean gt(Object a, Object b) { throw Convert.todo(); }
    public static boolean ge(Object a, Object b) { throw Convert.todo(); }
}
