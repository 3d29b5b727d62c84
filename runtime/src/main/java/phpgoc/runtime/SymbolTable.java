package phpgoc.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A variable scope by name: the globals, or a function that uses include/eval/$$x/extract/compact.
 * Each name maps to a {@link Ref}; generated code caches the Refs in JVM locals and fetches them
 * again after anything that can rebind a name (unset, =&amp;, include, eval).
 */
public final class SymbolTable {
    private final LinkedHashMap<String, Ref> vars = new LinkedHashMap<>();
    /**
     * {@code $this} or the called class of the method (or closure) whose table this is, left here
     * by {@code eval} for the code it runs (which shares the table); null elsewhere.
     */
    public Object thisOrStatic;

    /** The Ref bound to {@code name}, created (undefined) if absent. */
    public Ref lookup(String name) {
        Ref r = vars.get(name);
        if (r == null) {
            r = new Ref();
            vars.put(name, r);
        }
        return r;
    }

    /** The Ref bound to {@code name} or null. */
    public Ref find(String name) { return vars.get(name); }

    /** Binds {@code name} to {@code ref} ({@code $name = &...}, {@code global}). */
    public void bind(String name, Ref ref) {
        Ref old = vars.put(name, ref);
        if (old != null) old.binds--;
        ref.binds++;
    }

    public void unset(String name) {
        Ref old = vars.remove(name);
        if (old != null) old.binds--;
    }

    /** A function's table goes away at return: its names no longer hold their Refs. */
    public void releaseAll() {
        for (Ref r : vars.values()) r.binds--;
    }

    /** Defined variables in definition order (undefined placeholders skipped). */
    public Map<String, Ref> entries() { return vars; }

    public boolean isDefined(String name) {
        Ref r = vars.get(name);
        return r != null && r.isDefined();
    }
}
