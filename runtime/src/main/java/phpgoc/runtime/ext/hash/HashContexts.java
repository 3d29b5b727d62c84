package phpgoc.runtime.ext.hash;

import java.lang.invoke.MethodHandles;
import phpgoc.runtime.BuiltinMethods;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;

/**
 * The final class {@code HashContext}: an object with no properties holding a running hash
 * ({@link State}); {@code clone} copies it, {@code hash_final()} finishes it for good.
 */
public final class HashContexts {
    private HashContexts() {}

    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final ClassTemplate TEMPLATE = new ClassTemplate("HashContext", ClassTemplate.KIND_CLASS,
            ClassTemplate.FINAL, null, new String[0], null, null, 0);

    static {
        TEMPLATE.method("__construct", ClassTemplate.PRIVATE, BuiltinMethods.body(L, "construct", 0), BuiltinMethods.params());
    }

    /** The template of built-in class {@code lower}, or null. */
    public static ClassTemplate template(String lower) { return lower.equals("hashcontext") ? TEMPLATE : null; }

    static Object construct(Context ctx, ClassTemplate self, Object t) { return null; }

    private static final class State implements NativeState {
        Algos.Engine engine; // null once finalized

        State(Algos.Engine engine) { this.engine = engine; }

        @Override
        public NativeState copy() { return new State(engine == null ? null : engine.copy()); }
    }

    static PhpObject create(Context ctx, Algos.Engine e) {
        PhpObject o = ctx.findClass("HashContext").allocateFor(TEMPLATE);
        o.internal = new State(e);
        return o;
    }

    /** The running hash of a HashContext argument, or php's TypeError. */
    static Algos.Engine engine(Object context, String fn) {
        Object v = context instanceof phpgoc.runtime.Ref r ? r.get() : context;
        if (v instanceof PhpObject o && o.internal instanceof State s) {
            if (s.engine != null) return s.engine;
            throw new PhpError("TypeError", fn + "(): Argument #1 ($context) must be a valid, non-finalized HashContext");
        }
        throw phpgoc.runtime.Args.typeError(fn, 1, "context", "HashContext", v);
    }

    static void finish(Object context) {
        Object v = context instanceof phpgoc.runtime.Ref r ? r.get() : context;
        ((State) ((PhpObject) v).internal).engine = null;
    }
}
