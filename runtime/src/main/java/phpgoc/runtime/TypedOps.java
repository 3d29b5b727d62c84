package phpgoc.runtime;

/**
 * Operators for the compiler's typed loops (primitive {@code long}/{@code double} locals). Each
 * one either gives exactly php's result or throws {@link ArithmeticException}, which the typed
 * loop catches to fall back to its generic code (which then does what php does: warn, throw,
 * or convert). {@code Math.addExact} & co. and {@code lrem} by zero already behave this way.
 */
public final class TypedOps {
    private TypedOps() {}

    /** int {@code <<}: php gives 0 from 64 bits on; a negative shift is php's ArithmeticError. */
    public static long shl(long x, long y) {
        if (y < 0) throw deopt();
        return y >= 64 ? 0L : x << y;
    }

    /** int {@code >>}: the sign fills from 64 bits on. */
    public static long shr(long x, long y) {
        if (y < 0) throw deopt();
        return y >= 64 ? (x < 0 ? -1L : 0L) : x >> y;
    }

    /** float {@code /}: division by zero is php's DivisionByZeroError. */
    public static double div(double x, double y) {
        if (y == 0) throw deopt();
        return x / y;
    }

    private static ArithmeticException deopt() { return new ArithmeticException("typed loop deopt"); }
}
