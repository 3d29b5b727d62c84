package phpgoc.runtime.ext;

import java.lang.reflect.Method;
import java.util.List;
import phpgoc.runtime.PhpFunction;

/**
 * The one place that binds PHP function names to the Java methods implementing them. The compiler
 * reads {@link #overloads} at compile time to emit direct {@code invokestatic}s; dynamic calls
 * ({@code $f()}, callbacks) use {@link #function}.
 */
public final class Builtins {
    private Builtins() {}

    /** The Java overloads (one per accepted arity) implementing PHP function {@code lowerName}; empty if none. */
    public static List<Method> overloads(String lowerName) { throw new UnsupportedOperationException(); }

    /** A callable for dynamic calls of builtin {@code lowerName}, or null if there is no such builtin. */
    public static PhpFunction function(String lowerName) { throw new UnsupportedOperationException(); }
}
