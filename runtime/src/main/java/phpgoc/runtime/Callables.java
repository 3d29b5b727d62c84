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
        Resolved r = resolve(Context.current(), v, null, true, false);
        return r != null && r.fn() != null;
    }

    /** Resolves a method callable; null if {@code v} is not of a method form (plain functions, closures). */
    public static Resolved resolve(Context ctx, Object v) { return resolve(ctx, v, null, false, false); }

    /**
     * Resolves a callable named to a library function ({@code call_user_func}, {@code is_callable},
     * callbacks): {@code self}/{@code parent}/{@code static} and visibility as the calling PHP code
     * sees them, with php 8.2's deprecations for those forms.
     */
    public static Resolved resolveChecked(Context ctx, Object v) { return resolve(ctx, v, null, true, true); }

    /**
     * {@link #resolve(Context, Object)} with visibility as code of class {@code scope} sees it, or
     * (with {@code caller}) as the innermost PHP code on the stack sees it, found only when needed.
     */
    static Resolved resolve(Context ctx, Object v, ClassTemplate scope, boolean caller, boolean report) {
        v = Values.deref(v);
        Caller at = new Caller(ctx, scope, caller);
        if (v instanceof PhpObject o) {
            MethodInfo inv = o.cls.findMethod("__invoke");
            return inv == null ? new Resolved(null, "no array or string given") : new Resolved(new Bound(inv, o), null);
        }
        if (Values.isString(v)) {
            String s = Convert.toStr(v);
            int sep = s.indexOf("::");
            if (sep < 0) return null;
            String cn = s.substring(0, sep);
            Object cls = classOf(ctx, cn, at, report, null);
            if (cls instanceof String why) return new Resolved(null, why);
            return method(ctx, (PhpClass) cls, null, s.substring(sep + 2), at, calledFor(cn, at, (PhpClass) cls));
        }
        if (v instanceof PhpArray a && a.size() == 2) {
            Object target = Values.deref(a.lookup(0L)), name = Values.deref(a.lookup(1L));
            if (target == Values.UNDEF || name == Values.UNDEF) return null;
            // php blames the first member when both are wrong
            if (!(target instanceof PhpObject) && !Values.isString(target)) {
                return new Resolved(null, "first array member is not a valid class name or object");
            }
            if (!Values.isString(name)) return new Resolved(null, "second array member is not a valid method");
            String m = Convert.toStr(name);
            PhpClass cls;
            PhpObject obj = null;
            if (target instanceof PhpObject o) {
                cls = o.cls;
                obj = o;
            } else if (Values.isString(target)) {
                String cn = Convert.toStr(target);
                Object c = classOf(ctx, cn, at, report, null);
                if (c instanceof String why) return new Resolved(null, why);
                cls = (PhpClass) c;
            } else {
                return new Resolved(null, "first array member is not a valid class name or object");
            }
            int sep = m.indexOf("::");
            PhpClass called = obj == null ? calledFor(Convert.toStr(target), at, cls) : null;
            if (sep >= 0) {
                // [$o, 'parent::m']: the method as class 'parent' of $o's class names it
                String cn = m.substring(0, sep);
                Object c = classOf(ctx, cn, new Caller(ctx, cls.tpl, false), false, cls);
                if (c instanceof String why) return new Resolved(null, why);
                if (report) {
                    ctx.deprecated("Callables of the form [\"" + cls.name + "\", \"" + m + "\"] are deprecated");
                }
                if (!((PhpClass) c).isSubclassOf(cls) && !cls.isSubclassOf((PhpClass) c)) {
                    return new Resolved(null, "class " + cls.name + " is not a subclass of " + ((PhpClass) c).name);
                }
                cls = (PhpClass) c;
                m = m.substring(sep + 2);
            }
            return method(ctx, cls, obj, m, at, called);
        }
        return null;
    }

    /** The calling code's class scope, looked up on the stack at most once and only when needed. */
    private static final class Caller {
        final Context ctx;
        final boolean walk;
        ClassTemplate scope;
        boolean known;

        Caller(Context ctx, ClassTemplate scope, boolean walk) {
            this.ctx = ctx;
            this.scope = scope;
            this.walk = walk;
            this.known = !walk;
        }

        ClassTemplate scope() {
            if (!known) {
                known = true;
                PhpClass c = Traits.callerClass(ctx);
                scope = c == null ? null : c.tpl;
            }
            return scope;
        }
    }

    /** The class a callable's class part names ({@code self}, {@code parent}, {@code static} included), or why not. */
    private static Object classOf(Context ctx, String name, Caller at, boolean report, PhpClass selfClass) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("self") || lower.equals("parent") || lower.equals("static")) {
            PhpClass self = selfClass;
            if (self == null) {
                ClassTemplate scope = at.scope();
                self = scope == null ? null : ctx.classOf(scope);
            }
            if (self == null) return "cannot access \"" + lower + "\" when no class scope is active";
            if (lower.equals("parent")) {
                if (self.parent == null) return "cannot access \"parent\" when current class scope has no parent";
                self = self.parent;
            }
            if (report && selfClass == null) ctx.deprecated("Use of \"" + lower + "\" in callables is deprecated");
            return self;
        }
        PhpClass cls = ctx.loadClass(name);
        return cls != null ? cls : "class \"" + name + "\" not found";
    }

    /** The called class for a static method named through {@code parent}/{@code self}: the caller's when related. */
    private static PhpClass calledFor(String name, Caller at, PhpClass cls) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (!lower.equals("parent") && !lower.equals("self") && !lower.equals("static")) return null;
        ClassTemplate scope = at.scope();
        PhpClass caller = scope == null ? null : at.ctx.classOf(scope);
        return caller != null && caller.isSubclassOf(cls) ? caller : null;
    }

    /** {@code $o->name(...)}: the method bound to {@code $o} as code of {@code scope} sees it. */
    public static Closure methodCallable(Object o, Context ctx, String name, ClassTemplate scope) {
        if (!(Values.deref(o) instanceof PhpObject obj)) {
            throw new PhpError("Error", "Call to a member function " + name + "() on " + Values.typeName(Values.deref(o)));
        }
        MethodInfo magic = obj.cls.findMethod("__call");
        MethodInfo m = Magic.resolveOrMagic(ctx, obj.cls, name, scope, magic);
        if (m == null) return closure(ctx, new ViaMagic(magic, obj, name));
        return closure(ctx, new Bound(m, m.isStatic() ? obj.cls : obj));
    }

    /** {@code C::name(...)}: a static method bound to its called class (or a non-static one to the caller's {@code $this}). */
    public static Closure staticCallable(Context ctx, PhpClass cls, String name, ClassTemplate scope, Object callerThis) {
        MethodInfo magic = callerThis instanceof PhpObject t && t.cls.isSubclassOf(cls) ? cls.findMethod("__call") : null;
        if (magic == null) magic = cls.findMethod("__callStatic");
        MethodInfo m = Magic.resolveOrMagic(ctx, cls, name, scope, magic);
        if (m == null) return closure(ctx, new ViaMagic(magic, magic.isStatic() ? cls : callerThis, name));
        if (m.isStatic()) return closure(ctx, new Bound(m, cls));
        if (callerThis instanceof PhpObject t && t.cls.isSubclassOf(ctx.classOf(m.declaring))) return closure(ctx, new Bound(m, t));
        throw new PhpError("Error", "Non-static method " + m.display() + "() cannot be called statically");
    }

    /**
     * forward_static_call's callable, resolved with the visibility of code of class {@code scope}:
     * a static method of class C is called with the caller's called class (from
     * {@code thisOrStatic}) when that is C or a subclass; others (__callStatic included, as php)
     * as they resolve. Null if {@code callable} is not of a method form.
     */
    public static Resolved forwardStatic(Context ctx, Object callable, Object thisOrStatic, ClassTemplate scope) {
        if (callable instanceof PhpFunction || callable instanceof Closure) return null;
        Resolved r = resolve(ctx, callable, scope, false, true);
        if (r == null || r.fn() == null) return r;
        PhpClass called = thisOrStatic instanceof PhpObject o ? o.cls : thisOrStatic instanceof PhpClass c ? c : null;
        if (called != null && r.fn() instanceof Bound b && b.thisOrStatic instanceof PhpClass target && called.isSubclassOf(target)) {
            return new Resolved(new Bound(b.method, called), null);
        }
        return r;
    }

    /** {@code Closure::fromCallable($v)} called from code of class {@code scope}. */
    public static Closure fromCallable(Context ctx, Object v, ClassTemplate scope) {
        Object c = Values.deref(v);
        if (c instanceof Closure f) return f;
        Resolved r = resolve(ctx, c, scope, false, true);
        if (r == null && Values.isString(c)) {
            PhpFunction f = Calls.resolve(ctx, Convert.toStr(c));
            if (f != null) return Closure.of(ctx, f, null, null, null);
            r = new Resolved(null, "function \"" + Convert.toStr(c) + "\" not found or invalid function name");
        }
        if (r == null) r = new Resolved(null, "no array or string given");
        if (r.fn() == null) throw new PhpError("TypeError", "Failed to create closure from callable: " + r.why());
        return closure(ctx, r.fn());
    }

    /** {@code $f(...)}: the closure of whatever {@code $f()} would call, or the Error that call would throw. */
    public static Closure valueCallable(Context ctx, Object v, ClassTemplate scope) {
        Object c = Values.deref(v);
        if (c instanceof Closure cl) return cl;
        if (Values.isString(c) && Convert.toStr(c).indexOf("::") < 0) {
            PhpFunction f = Calls.resolve(ctx, Convert.toStr(c));
            if (f == null) throw new PhpError("Error", "Call to undefined function " + Convert.toStr(c) + "()");
            return Closure.of(ctx, f, null, null, null);
        }
        Resolved r = resolve(ctx, c, scope, false, false);
        if (r != null && r.fn() != null) return closure(ctx, r.fn());
        String why = r == null ? "" : r.why();
        if (why.startsWith("class ") && why.contains(" does not have a method \"")) {
            int at = why.indexOf(" does not have");
            String m = why.substring(why.indexOf('"') + 1, why.length() - 1);
            throw new PhpError("Error", "Call to undefined method " + why.substring(6, at) + "::" + m + "()");
        }
        if (why.startsWith("cannot access ")) {
            String what = why.substring("cannot access ".length()).replace(" method ", " method ");
            throw new PhpError("Error", "Call to " + what + " from " + ObjectOps.scopeName(scope));
        }
        Calls.callValue(ctx, c, new Object[0]); // not callable: throws the Error calling it would
        throw new PhpError("Error", "Value not callable");
    }

    /** The Closure object of a resolved method callable (php's fake closure of the method). */
    static Closure closure(Context ctx, PhpFunction f) {
        if (f instanceof Bound b) return Closure.of(ctx, b, b.method, b.thisOrStatic, b.method.declaring);
        if (f instanceof ViaMagic v) return Closure.of(ctx, v, null, v.thisOrStatic, v.magic.declaring);
        return Closure.of(ctx, f, null, null, null);
    }

    /**
     * {@code call_user_func_array} with string keys into {@code __call}/{@code __callStatic}: the
     * array is passed on as is (php collects named arguments there); UNDEF when not a magic call.
     */
    public static Object callMagicWithArray(Context ctx, Object callable, PhpArray args) {
        Object c = Values.deref(callable);
        PhpFunction fn = c instanceof PhpFunction f ? f : c instanceof Closure cl ? cl.fn : null;
        if (fn == null) {
            Resolved r = resolve(ctx, callable);
            fn = r == null ? null : r.fn();
        }
        if (!(fn instanceof ViaMagic v)) return Values.UNDEF;
        return v.magic.invoke(ctx, v.thisOrStatic, new Object[] {v.name(), args.copy()});
    }

    private static Resolved method(Context ctx, PhpClass cls, PhpObject obj, String name, Caller at, PhpClass called) {
        MethodInfo m = cls.findMethod(name);
        boolean visible = m != null && (ObjectOps.visible(ctx, m, at.scope) || at.walk && ObjectOps.visible(ctx, m, at.scope()));
        if (m != null && visible && !m.isAbstract()) {
            if (m.isStatic()) return new Resolved(new Bound(m, obj != null ? obj.cls : called != null ? called : cls), null);
            if (obj != null) return new Resolved(new Bound(m, obj), null);
            if (ctx.callerThis instanceof PhpObject self && self.cls.isSubclassOf(cls)) return new Resolved(new Bound(m, self), null);
            return new Resolved(null, "non-static method " + m.display() + "() cannot be called statically");
        }
        if (obj != null) {
            MethodInfo call = cls.findMethod("__call");
            if (call != null) return new Resolved(new ViaMagic(call, obj, name), null);
        }
        MethodInfo cs = obj == null ? cls.findMethod("__callStatic") : null;
        if (cs != null) return new Resolved(new ViaMagic(cs, cls, name), null);
        if (m != null && !visible) {
            return new Resolved(null, "cannot access " + (m.isPrivate() ? "private" : "protected") + " method "
                    + m.display() + "()");
        }
        return new Resolved(null, "class " + cls.name + " does not have a method \"" + name + "\"");
    }
}
