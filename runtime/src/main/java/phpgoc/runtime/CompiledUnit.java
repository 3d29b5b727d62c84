package phpgoc.runtime;

/**
 * A compiled PHP file. Generated classes implement this; one instance serves every context, since
 * all per-run state lives in the {@link Context}.
 */
public interface CompiledUnit {
    /** Absolute path of the PHP file. */
    String path();

    /**
     * Runs the file's top-level code with {@code scope} as its variable table (the globals, or the
     * including function's table) and returns the value of {@code include}: 1, or what the file returns.
     */
    Object run(Context ctx, SymbolTable scope);

    /** Generic entry for function {@code index} of this file: the arguments as PHP passes them (Refs for by-ref). */
    Object invoke(int index, Context ctx, Closure self, Object[] args);

    /** {@link #invoke}, but a {@code function &f()} returns its Ref ({@code $r = &$f()}); generated when the file has one. */
    default Object invokeRef(int index, Context ctx, Closure self, Object[] args) { return invoke(index, ctx, self, args); }

    /** The generated method of function or closure body {@code index} (as traces see it), or null. */
    default String methodName(int index) { return null; }

    /**
     * Continues generator body {@code index} of this file ({@link Generator}): calls its method, whose
     * entry takes the generator from {@link Context#resumingGenerator} and restores its frame.
     */
    default Object resumeGenerator(int index, Context ctx) { throw new IllegalStateException("no generator " + index); }

    /** Reflection's encoded metadata of function body {@code index} ({@code ext.reflection.Meta}), or null. */
    default String reflectMeta(int index) { return null; }

    /** Evaluates Reflection's expression {@code key} of this file (a parameter default, an attribute argument). */
    default Object reflectEval(Context ctx, int key) { return null; }
}
