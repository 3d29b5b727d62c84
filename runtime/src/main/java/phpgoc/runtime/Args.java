package phpgoc.runtime;

/**
 * Argument coercion for library functions, in php's weak mode, with php's exact TypeError text:
 * {@code strlen(): Argument #1 ($string) must be of type string, array given}; null to a scalar
 * parameter gives the 8.1 deprecation "Passing null to parameter #1 ($string) of type string is deprecated".
 */
public final class Args {
    private Args() {}
    public static String str(Object v, String fn, int argNo, String param) { throw Convert.todo(); }
    public static long toInt(Object v, String fn, int argNo, String param) { throw Convert.todo(); }
    public static double toFloat(Object v, String fn, int argNo, String param) { throw Convert.todo(); }
    public static boolean toBool(Object v, String fn, int argNo, String param) { throw Convert.todo(); }
    public static PhpArray array(Object v, String fn, int argNo, String param) { throw Convert.todo(); }
    /** int|float parameters: a Long or Double. */
    public static Object number(Object v, String fn, int argNo, String param) { throw Convert.todo(); }
}
