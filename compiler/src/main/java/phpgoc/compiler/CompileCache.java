package phpgoc.compiler;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import phpgoc.runtime.CompiledUnit;

/**
 * Compiled units shared by every context in the JVM, keyed by a file's path, modification time
 * and size. Sharing is safe because units are stateless: all per-run state lives in the Context.
 * Bounded: when full it is simply emptied (the units stay alive while contexts still use them).
 * Disabled with {@code -Dphpgoc.cache=false}.
 */
final class CompileCache {
    private CompileCache() {}

    record Key(Path path, long mtime, long size) {}

    /** The code given to {@code eval} at one place (the file name says where), in code of class {@code scope} or null. */
    private record EvalKey(String file, String code, phpgoc.runtime.ClassTemplate scope) {}

    private static final int MAX = 1024;
    private static final boolean ENABLED = !"false".equals(System.getProperty("phpgoc.cache"));
    private static final ConcurrentHashMap<Object, CompiledUnit> UNITS = new ConcurrentHashMap<>();

    /** The cached unit of {@code code} given to eval as {@code file}, else {@code compile}'s. */
    static CompiledUnit eval(String file, String code, phpgoc.runtime.ClassTemplate scope, Supplier<CompiledUnit> compile) {
        return get(new EvalKey(file, code, scope), compile);
    }

    /** The cached unit for {@code key}, else {@code compile}'s (cached only when it succeeds). */
    static CompiledUnit get(Key key, Supplier<CompiledUnit> compile) {
        return get((Object) key, compile);
    }

    private static CompiledUnit get(Object key, Supplier<CompiledUnit> compile) {
        if (!ENABLED) return compile.get();
        CompiledUnit u = UNITS.get(key);
        if (u != null) return u;
        u = compile.get();
        if (UNITS.size() >= MAX) UNITS.clear();
        CompiledUnit raced = UNITS.putIfAbsent(key, u);
        return raced != null ? raced : u;
    }
}
