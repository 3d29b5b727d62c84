package phpgoc.runtime;

/**
 * Callable values that name methods: {@code 'A::m'}, {@code [$o, 'm']}, {@code [A::class, 'm']}
 * and objects with {@code __invoke}, resolved (as php's zend_is_callable) to a {@link PhpFunction}
 * bound to its {@code $this} or called class. Visibility is checked from the global scope.
 */
public final class Callables {
    private Callables() {}

    /** A method bound to {@code $this} or its called class: what a method callable calls. */
    static final class Bound extends PhpFunction {
        final MethodInfo method;
        final Object thisOrStatic;

        Bound(MethodInfo m, Object thisOrStatic) {
            super(m.name, m.params);
            this.method = m;
            this.thisOrStatic = thisOrStatic;
        }

        @Override public Object call(Context ctx, Object[] args) { return method.invoke(ctx, thisOrStatic, args); }
    }

    /** A call of a missing method through {@code __call}/{@code __callStatic}. */
    static final class ViaMagic extends PhpFunction {
        final MethodInfo magic;
        final Object thisOrStatic;

        ViaMagic(MethodInfo magic, Object thisOrStatic, String name) {
            super(name, new ParamInfo[0]);
            this.magic = magic;
            this.thisOrStatic = thisOrStatic;
        }

        @Override public Object call(Context ctx, Object[] args) {
            return magic.invoke(ctx, thisOrStatic, new Object[] {name, Magic.argList(args)});
        }
    }

    /** The result of resolving: the function, or why the value is not callable (php's text). */
    public record Resolved(PhpFunction fn, String why) {}

    /** Whether {@code v} is a callable method form ({@code 'A::m'}, {@code [$o, 'm']}, an invokable object). */
    static boolean isCallable(Object v) {
        Resolved r = resolve(Context.current(), v);
        return r != null && r.fn() != null;
    }

    /** Resolves a method callable; null if {@code v} is not of a method form (plain functions, closures). */
    public static Resolved resolve(Context ctx, Object v) { return resolve(ctx, v, null); }

    /** {@link #resolve(Context, Object)} with visibility as code of class {@code scope} sees it. */
    static Resolved resolve(Context ctx, Object v, ClassTemplate scope) {
        v = Values.deref(v);
        if (v instanceof PhpObject o) {
            MethodInfo inv = o.cls.findMethod("__invoke");
            return inv == null ? new Resolved(null, "no array or string given") : new Resolved(new Bound(inv, o), null);
        }
        if (Values.isString(v)) {
            String s = Convert.toStr(v);
            int sep = s.indexOf("::");
            if (sep < 0) return null;
            PhpClass cls = ctx.loadClass(s.substring(0, sep));
            if (cls == null) return new Resolved(null, "class \"" + s.substring(0, sep) + "\" not found");
            return method(ctx, cls, null, s.substring(sep + 2), scope);
        }
        if (v instanceof PhpArray a && a.size() == 2) {
            Object target = Values.deref(a.lookup(0L)), name = Values.deref(a.lookup(1L));
            if (target == Values.UNDEF || name == Values.UNDEF) return null;
            if (!Values.isString(name)) return new Resolved(null, "second array member is not a valid method");
            String m = Convert.toStr(name);
            if (target instanceof PhpObject o) {
                int sep = m.indexOf("::");
                if (sep >= 0) m = m.substring(sep + 2); // 'parent::m' forms: the method of the named class
                return method(ctx, o.cls, o, m, scope);
            }
            if (Values.isString(target)) {
                String cn = Convert.toStr(target);
                PhpClass cls = ctx.loadClass(cn);
                if (cls == null) return new Resolved(null, "class \"" + cn + "\" not found");
                return method(ctx, cls, null, m, scope);
            }
            return new Resolved(null, "first array member is not a valid class name or object");
        }
        return null;
    }

    /** {@code $o->name(...)}: the method bound to {@code $o} as code of {@code scope} sees it. */
    public static PhpFunction methodCallable(Object o, Context ctx, String name, ClassTemplate scope) {
        if (!(Values.deref(o) instanceof PhpObject obj)) {
            throw new PhpError("Error", "Call to a member function " + name + "() on " + Values.typeName(Values.deref(o)));
        }
        MethodInfo magic = obj.cls.findMethod("__call");
        MethodInfo m = Magic.resolveOrMagic(ctx, obj.cls, name, scope, magic);
        if (m == null) return new ViaMagic(magic, obj, name);
        return new Bound(m, m.isStatic() ? obj.cls : obj);
    }

    /** {@code C::name(...)}: a static method bound to its called class (or a non-static one to the caller's {@code $this}). */
    public static PhpFunction staticCallable(Context ctx, PhpClass cls, String name, ClassTemplate scope, Object callerThis) {
        MethodInfo magic = callerThis instanceof PhpObject t && t.cls.isSubclassOf(cls) ? cls.findMethod("__call") : null;
        if (magic == null) magic = cls.findMethod("__callStatic");
        MethodInfo m = Magic.resolveOrMagic(ctx, cls, name, scope, magic);
        if (m == null) return new ViaMagic(magic, magic.isStatic() ? cls : callerThis, name);
        if (m.isStatic()) return new Bound(m, cls);
        if (callerThis instanceof PhpObject t && t.cls.isSubclassOf(ctx.classOf(m.declaring))) return new Bound(m, t);
        throw new PhpError("Error", "Non-static method " + m.display() + "() cannot be called statically");
    }

    /**
     * forward_static_call's callable, resolved with the visibility of code of class {@code scope}:
     * a static method of class C is called with the caller's called class (from
     * {@code thisOrStatic}) when that is C or a subclass; others (__callStatic included, as php)
     * as they resolve. Null if {@code callable} is not of a method form.
     */
    public static Resolved forwardStatic(Context ctx, Object callable, Object thisOrStatic, ClassTemplate scope) {
        if (callable instanceof PhpFunction) return null;
        Resolved r = resolve(ctx, callable, scope);
        if (r == null || r.fn() == null) return r;
        PhpClass called = thisOrStatic instanceof PhpObject o ? o.cls : thisOrStatic instanceof PhpClass c ? c : null;
        if (called != null && r.fn() instanceof Bound b && b.thisOrStatic instanceof PhpClass target && called.isSubclassOf(target)) {
            return new Resolved(new Bound(b.method, called), null);
        }
        return r;
    }

    /** {@code Closure::fromCallable($v)} called from code of class {@code scope}. */
    public static PhpFunction fromCallable(Context ctx, Object v, ClassTemplate scope) {
        Object c = Values.deref(v);
        if (c instanceof PhpFunction f) return f;
        Resolved r = resolve(ctx, c, scope);
        if (r == null && Values.isString(c)) {
            PhpFunction f = Calls.resolve(ctx, Convert.toStr(c));
            if (f != null) return f;
            r = new Resolved(null, "function \"" + Convert.toStr(c) + "\" not found or invalid function name");
        }
        if (r == null) r = new Resolved(null, "no array or string given");
        if (r.fn() == null) throw new PhpError("TypeError", "Failed to create closure from callable: " + r.why());
        return r.fn();
    }

    /**
     * {@code call_user_func_array} with string keys into {@code __call}/{@code __callStatic}: the
     * array is passed on as is (php collects named arguments there); UNDEF when not a magic call.
     */
    public static Object callMagicWithArray(Context ctx, Object callable, PhpArray args) {
        Resolved r = resolve(ctx, callable);
        if (r == null || !(r.fn() instanceof ViaMagic v)) return Values.UNDEF;
        return v.magic.invoke(ctx, v.thisOrStatic, new Object[] {v.name(), args.copy()});
    }

    private static Resolved method(Context ctx, PhpClass cls, PhpObject obj, String name, ClassTemplate scope) {
        MethodInfo m = cls.findMethod(name);
        if (m != null && ObjectOps.visible(ctx, m, scope) && !m.isAbstract()) {
            if (m.isStatic()) return new Resolved(new Bound(m, cls), null);
            if (obj != null) return new Resolved(new Bound(m, obj), null);
            return new Resolved(null, "non-static method " + m.display() + "() cannot be called statically");
        }
        if (obj != null) {
            MethodInfo call = cls.findMethod("__call");
            if (call != null) return new Resolved(new ViaMagic(call, obj, name), null);
        }
        MethodInfo cs = obj == null ? cls.findMethod("__callStatic") : null;
        if (cs != null) return new Resolved(new ViaMagic(cs, cls, name), null);
        if (m != null && !ObjectOps.visible(ctx, m, scope)) {
            return new Resolved(null, "cannot access " + (m.isPrivate() ? "private" : "protected") + " method "
                    + m.display() + "()");
        }
        return new Resolved(null, "class " + cls.name + " does not have a method \"" + name + "\"");
    }
}
