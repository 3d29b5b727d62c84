package phpgoc.runtime.link;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.MutableCallSite;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;

/**
 * {@code C::m(args)} with the class named in the code (not self/parent/static, which forward the
 * called class): {@code (Context, PhpClass cls, Object callerThis, args...)Object}. Cached per class
 * template, like the method sites: a static method found and visible from the site's scope is called
 * straight (no argument array, no lookup, fewer frames under a routine that blocks in it); magic,
 * non-static targets, traits and errors take {@link ObjectOps#callStatic}.
 */
final class StaticCallSite extends MutableCallSite {
    private static final int MAX_DEPTH = 4;
    private static final MethodHandle MISS, TPL_IS, CALL_STATIC;

    static {
        MethodHandles.Lookup l = MethodHandles.lookup();
        try {
            MISS = l.findVirtual(StaticCallSite.class, "miss", MethodType.methodType(Object.class, Object[].class));
            TPL_IS = l.findStatic(StaticCallSite.class, "tplIs", MethodType.methodType(boolean.class, ClassTemplate.class, PhpClass.class));
            CALL_STATIC = l.findStatic(ObjectOps.class, "callStatic", MethodType.methodType(Object.class, Context.class,
                    PhpClass.class, String.class, ClassTemplate.class, Object.class, boolean.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    private final ClassTemplate scope;
    private int depth;

    StaticCallSite(MethodType type, String name, ClassTemplate scope) {
        super(type);
        this.name = name;
        this.scope = scope;
        setTarget(MISS.bindTo(this).asCollector(Object[].class, type.parameterCount()).asType(type));
    }

    static boolean tplIs(ClassTemplate t, PhpClass c) { return c.tpl == t; }

    private Object miss(Object[] args) throws Throwable {
        MethodType type = type();
        PhpClass cls = (PhpClass) args[1];
        if (depth >= MAX_DEPTH) {
            setTarget(generic());
            return generic().invokeWithArguments(args);
        }
        MethodHandle target = link((Context) args[0], cls);
        if (target == null) target = generic(); // this class's calls decide each time (magic, errors, non-static)
        MethodHandle test = MethodHandles.dropArguments(TPL_IS.bindTo(cls.tpl), 0, Context.class);
        test = MethodHandles.dropArguments(test, 2, type.parameterList().subList(2, type.parameterCount()));
        setTarget(MethodHandles.guardWithTest(test, target, getTarget()));
        depth++;
        return target.invokeWithArguments(args);
    }

    /** The direct call for classes of {@code cls}'s template, or null when the generic path must decide. */
    private MethodHandle link(Context ctx, PhpClass cls) {
        if (cls.tpl.kind == ClassTemplate.KIND_TRAIT) return null;
        MethodInfo m;
        try {
            m = ObjectOps.resolveMethod(ctx, cls, name, scope);
        } catch (PhpError e) {
            return null; // __callStatic, or the call's own error
        }
        if (m == null || !m.isStatic() || m.isAbstract()) return null;
        int n = type().parameterCount() - 3;
        MethodHandle h = m.direct(n) ? m.bound() : m.generic(n).asCollector(Object[].class, n);
        // (Context, Object calledClass, args...): the named class is the called one; callerThis unused
        return MethodHandles.dropArguments(h, 2, Object.class).asType(type());
    }

    /** {@link ObjectOps#callStatic} (not forwarding) with the site's name and scope. */
    private MethodHandle generic() {
        MethodHandle h = MethodHandles.insertArguments(CALL_STATIC, 2, name, scope);
        h = MethodHandles.insertArguments(h, 3, false);
        return h.asCollector(Object[].class, type().parameterCount() - 3).asType(type());
    }
}
