package phpgoc.runtime;

/** Calls whose target is only known at run time: functions by name, and callable values. */
public final class Calls {
    private Calls() {}

    /**
     * {@code name(args)} for a function the compiler could not bind: user functions of the context
     * (case-insensitive), then builtins; else Error "Call to undefined function name()".
     */
    public static Object callFunction(Context ctx, String name, Object[] args) { throw Convert.todo(); }

    /** {@code $f(args)}: a Closure/PhpFunction, or a string naming a function. */
    public static Object callValue(Context ctx, Object callee, Object[] args) { throw Convert.todo(); }

    /** Whether a call of {@code name} passes argument {@code i} by reference (false if unknown). */
    public static boolean isByRefArg(Context ctx, String name, int i) { throw Convert.todo(); }
}
