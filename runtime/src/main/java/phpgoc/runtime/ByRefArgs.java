package phpgoc.runtime;

/**
 * By-reference arguments of calls whose callee is only known at run time ({@code $o->m($x)},
 * {@code A::m($x)}, {@code new A($x)}). Such a call site first asks which of its argument
 * positions the callee takes by reference (a mask: bit i for argument i; arguments from 31 on
 * are passed by value), then passes a Ref for those and plain values for the others, as php's
 * {@code SEND_VAR_EX} decides per argument once the function is known. The mask of an instance
 * call comes from an inline-cached {@code refMask:m} site (one class guard), so calls of methods
 * without by-ref parameters keep passing plain values.
 */
public final class ByRefArgs {
    private ByRefArgs() {}

    /** The by-ref mask of a parameter list (a by-ref variadic covers every later position). */
    static int mask(ParamInfo[] params) {
        int mask = 0;
        for (int i = 0; i < params.length && i < 31; i++) {
            if (!params[i].byRef()) continue;
            if (params[i].variadic()) {
                for (int j = i; j < 31; j++) mask |= 1 << j;
            } else {
                mask |= 1 << i;
            }
        }
        return mask;
    }

    /** The mask of {@code $o->name(...)} (0 when the call will fail or goes to {@code __call}). */
    public static int methodMask(Object o, Context ctx, String name, ClassTemplate scope) {
        if (!(o instanceof PhpObject obj)) return 0;
        MethodInfo m = method(ctx, obj.cls, name, scope);
        return m == null ? 0 : m.refMask;
    }

    /** The mask of {@code C::name(...)}. */
    public static int staticMask(Context ctx, PhpClass cls, String name, ClassTemplate scope) {
        MethodInfo m = method(ctx, cls, name, scope);
        return m == null ? 0 : m.refMask;
    }

    /** The mask of {@code new C(...)}. */
    public static int ctorMask(PhpClass cls) { return cls.ctorRefMask(); }

    private static MethodInfo method(Context ctx, PhpClass cls, String name, ClassTemplate scope) {
        try {
            return ObjectOps.resolveMethod(ctx, cls, name, scope);
        } catch (PhpError e) {
            return null; // the call reports it
        }
    }

    /** php's Error for a temporary value passed to by-ref argument {@code i} of {@code $o->name()}. */
    public static PhpError methodArg(Object o, Context ctx, String name, ClassTemplate scope, int i) {
        return error(method(ctx, ((PhpObject) o).cls, name, scope), i);
    }

    /** Same for {@code C::name()}. */
    public static PhpError staticArg(Context ctx, PhpClass cls, String name, ClassTemplate scope, int i) {
        return error(method(ctx, cls, name, scope), i);
    }

    /** Same for {@code new C()}. */
    public static PhpError ctorArg(PhpClass cls, int i) { return error(cls.findMethod("__construct"), i); }

    private static PhpError error(MethodInfo m, int i) {
        ParamInfo p = m.params[Math.min(i, m.params.length - 1)];
        return Ops.notByReference(m.display(), i + 1, p.name());
    }

    /**
     * call_user_func/call_user_func_array: php warns for each by-ref parameter given a value (not a
     * reference), then calls with it.
     */
    public static void warnValuesForRefs(Context ctx, Object callable, Object[] args) {
        PhpFunction f = callable instanceof PhpFunction pf ? pf : Values.deref(callable) instanceof Closure cl ? cl.fn : null;
        if (f == null) {
            Object c = Values.deref(callable);
            if (Values.isString(c) && Convert.toStr(c).indexOf("::") < 0) f = Calls.resolve(ctx, Convert.toStr(c));
            else {
                Callables.Resolved r = Callables.resolve(ctx, c);
                if (r != null) f = r.fn();
            }
        }
        if (f == null || f instanceof Callables.ViaMagic) return;
        ParamInfo[] ps = f.params();
        for (int i = 0; i < args.length && ps.length > 0; i++) {
            ParamInfo p = ps[Math.min(i, ps.length - 1)];
            if (i >= ps.length && !p.variadic()) break;
            if (p.byRef() && !(args[i] instanceof Ref)) {
                String name = f instanceof Callables.Bound b ? b.method.display() : f.name();
                ctx.warning(name + "(): Argument #" + (i + 1) + " ($" + p.name() + ") must be passed by reference, value given");
            }
        }
    }

    /** A call's result passed by reference: php's notice, then a reference to a copy. */
    public static Ref onlyVariables(Object v) {
        if (v instanceof Ref r) return r;
        Context.current().notice("Only variables should be passed by reference");
        return new Ref(v);
    }
}
