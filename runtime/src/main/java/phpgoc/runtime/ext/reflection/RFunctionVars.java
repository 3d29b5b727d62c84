package phpgoc.runtime.ext.reflection;

import static phpgoc.runtime.BuiltinMethods.params;
import static phpgoc.runtime.ext.reflection.Reflections.PUB;
import static phpgoc.runtime.ext.reflection.Reflections.h;
import static phpgoc.runtime.ext.reflection.Reflections.target;

import java.lang.invoke.MethodHandles;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Closure;
import phpgoc.runtime.Context;
import phpgoc.runtime.Ops;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Traits;
import phpgoc.runtime.Values;

/**
 * {@code ReflectionFunctionAbstract::getStaticVariables()} and {@code getClosureUsedVariables()}:
 * a closure's captured variables, then the body's {@code static} variables (their current values,
 * or before the body first ran the values of their constant initialisers, as php 8.2 shows them).
 */
final class RFunctionVars {
    private RFunctionVars() {}

    private static final MethodHandles.Lookup L = MethodHandles.lookup();

    static void declare(ClassTemplate fa) {
        fa.method("getStaticVariables", PUB, h(L, "getStaticVariables", 0), params())
                .method("getClosureUsedVariables", PUB, h(L, "getClosureUsedVariables", 0), params());
    }

    /** The closure whose body {@code f} is (not one made from a named function or method), else null. */
    private static Closure ownClosure(RFunction.Func f) {
        Closure c = f.closure();
        return c != null && c.target() == null && c.method() == null ? c : null;
    }

    static Object getClosureUsedVariables(Context ctx, ClassTemplate self, Object t) {
        PhpArray out = new PhpArray();
        Closure c = ownClosure(target(t, RFunction.Func.class));
        if (c != null) used(out, c, true);
        return out;
    }

    static Object getStaticVariables(Context ctx, ClassTemplate self, Object t) {
        RFunction.Func f = target(t, RFunction.Func.class);
        PhpArray out = new PhpArray();
        Closure c = ownClosure(f);
        if (c != null) used(out, c, false);
        if (f.meta() == null) return out;
        for (Meta.StaticVar v : f.meta().statics()) {
            String key = v.key();
            if (c != null) key = Ops.closureStaticKey(key, c);
            else if (f.method() != null && f.method().metaTemplate().kind == ClassTemplate.KIND_TRAIT) {
                key = Traits.staticVarKey(key, f.method().declaring);
            }
            Ref r = ctx.staticVar(key);
            if (r == null) out.put(v.name(), v.initKey() < 0 ? null : f.eval().eval(ctx, v.initKey()));
            else put(out, v.name(), r);
        }
        return out;
    }

    /**
     * A by-reference capture shows as a reference where php's refcount is above 1: always in
     * getClosureUsedVariables (the result holds it besides the closure), in getStaticVariables
     * while the variable it came from lives (that copies references held once).
     */
    private static void used(PhpArray out, Closure c, boolean refs) {
        for (int i = 0; c.bound != null && i < c.bound.length; i++) {
            Object v = c.bound[i];
            if (v instanceof Ref r) {
                if (refs || r.binds >= 1) {
                    // the closure's own hold on the reference is not counted in binds: a Ref shown as shared
                    Ref shown = new Ref(r.value);
                    shown.binds = 2;
                    out.put(c.uses()[i], shown);
                } else {
                    out.put(c.uses()[i], Values.copyOnAssign(r.get()));
                }
            } else out.put(c.uses()[i], Values.copyOnAssign(v));
        }
    }

    /**
     * php copies the values, keeping a reference only where some other name still shares it (a
     * static variable while its body runs). The element is not counted in {@code binds}: the
     * array is usually a temporary whose death is not tracked.
     */
    private static void put(PhpArray out, String name, Ref r) {
        if (r.isShared()) out.put(name, r);
        else out.put(name, Values.copyOnAssign(r.get()));
    }
}
