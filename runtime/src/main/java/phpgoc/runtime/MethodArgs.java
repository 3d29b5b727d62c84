package phpgoc.runtime;

/**
 * Method calls the inline-cached call sites do not take: named arguments and argument unpacking
 * ({@code $o->m(b: 1)}, {@code new A(...$args)}, {@code A::m(...$xs)}), bound to the callee's
 * parameters by name at run time ({@link ArgList#bind(MethodInfo)}), and dynamic method names
 * ({@code $o->$name()}).
 */
public final class MethodArgs {
    private MethodArgs() {}

    /** {@code $o->name(args)}. */
    public static Object callMethod(Object o, Context ctx, Object name, ClassTemplate scope, ArgList args) {
        String n = Convert.toStr(Values.deref(name));
        if (!(o instanceof PhpObject obj) || !args.hasNamed()) {
            MethodInfo m = o instanceof PhpObject po && args.hasSources() ? method(ctx, po.cls, n, scope) : null;
            return ObjectOps.callMethod(o, ctx, n, scope, args.bind(m));
        }
        MethodInfo m = ObjectOps.resolveMethod(ctx, obj.cls, n, scope);
        return m.invoke(ctx, m.isStatic() ? obj.cls : obj, args.bind(m));
    }

    /** {@code new C(args)} (reflection, attributes). */
    public static PhpObject create(Context ctx, PhpClass cls, ClassTemplate scope, ArgList args) {
        return construct(ctx, cls.allocateFor(scope), args);
    }

    /** {@code new C(args)} after {@link PhpClass#allocateFor} and the arguments. */
    public static PhpObject construct(Context ctx, PhpObject o, ArgList args) {
        MethodInfo ctor = o.cls.findMethod("__construct");
        return ObjectOps.construct(ctx, o, ctor == null ? args.bind((MethodInfo) null) : args.bind(ctor));
    }

    /** {@code C::name(args)}. */
    public static Object callStatic(Context ctx, PhpClass cls, String name, ClassTemplate scope, Object callerThis,
                                    boolean forwarding, ArgList args) {
        Object[] a = args.hasNamed() ? args.bind(ObjectOps.resolveMethod(ctx, cls, name, scope))
                : args.bind(args.hasSources() ? method(ctx, cls, name, scope) : null);
        return ObjectOps.callStatic(ctx, cls, name, scope, callerThis, forwarding, a);
    }

    /** The method a call will run, or null (__call, errors: the call reports them). */
    private static MethodInfo method(Context ctx, PhpClass cls, String name, ClassTemplate scope) {
        try {
            return ObjectOps.resolveMethod(ctx, cls, name, scope);
        } catch (PhpError e) {
            return null;
        }
    }
}
