package phpgoc.runtime;

/**
 * A {@code Closure} object: a compiled closure body (entry {@code index} of its unit) with the
 * variables it captured ({@code bound}, in the order of its {@code use} list; by-reference
 * captures hold {@link Ref}s), or a named function or method made a closure
 * ({@code Closure::fromCallable}, {@code f(...)}: {@code target}). What calling it does is
 * {@link #fn}. Rebinding ({@link Closures}) makes a new Closure with another {@code $this}/scope.
 */
public final class Closure extends PhpObject {
    /** Flags: a {@code static} closure; a body that uses {@code $this}. */
    public static final int STATIC = 1, USES_THIS = 2;

    final String name;
    final ParamInfo[] params;
    final CompiledUnit unit;
    final int index;
    public final Object[] bound;
    /** The names of the captured variables (null without captures). */
    final String[] uses;
    /** {@code $this} (a PhpObject), else the called class (a PhpClass) when there is a class scope, else null. */
    public final Object thisObject;
    /** The class scope: visibility, {@code self::} and {@code parent::} in the body; null for none. */
    public final ClassTemplate scope;
    final int closureFlags;
    /** For a closure of a named function or method: what it calls ({@link #method} for a method); else null. */
    final PhpFunction target;
    final MethodInfo method;
    /** The closure as a callable function. */
    public final PhpFunction fn;

    /** A closure expression being evaluated (generated code). */
    public Closure(Context ctx, String name, ParamInfo[] params, CompiledUnit unit, int index, Object[] bound,
                   String[] uses, Object thisObject, ClassTemplate scope, int flags) {
        this(ctx, name, params, unit, index, bound, uses, thisObject, scope, flags, null, null);
    }

    Closure(Context ctx, String name, ParamInfo[] params, CompiledUnit unit, int index, Object[] bound, String[] uses,
            Object thisObject, ClassTemplate scope, int flags, PhpFunction target, MethodInfo method) {
        super(ctx.closureClass());
        this.id = ctx.nextObjectId();
        this.name = name;
        this.params = params;
        this.unit = unit;
        this.index = index;
        this.bound = bound;
        this.uses = uses;
        this.thisObject = thisObject;
        this.scope = scope;
        this.closureFlags = flags;
        this.target = target;
        this.method = method;
        this.fn = target != null ? target : new Body(this);
    }

    /** A closure that calls {@code f} (a function, or method {@code m} bound to {@code thisObject}). */
    static Closure of(Context ctx, PhpFunction f, MethodInfo m, Object thisObject, ClassTemplate scope) {
        int flags = m != null && m.isStatic() ? STATIC : 0;
        return new Closure(ctx, f.name(), f.params(), null, -1, null, null, thisObject, scope, flags, f, m);
    }

    /** For Reflection: the compiled body (null for a closure of a named function or method), its name and parameters. */
    public CompiledUnit unit() { return unit; }
    public int index() { return index; }
    public String name() { return name; }
    public ParamInfo[] params() { return params; }
    /** The named function or method this closure calls (null for a closure expression). */
    public PhpFunction target() { return target; }
    /** The captured variables' names ({@code bound}'s), then NUL + the keys of the body's static variables. */
    public String[] uses() { return uses; }
    public MethodInfo method() { return method; }

    public boolean isStatic() { return (closureFlags & STATIC) != 0; }

    /** The {@code $this} of the body, or null. */
    public PhpObject thisValue() { return thisObject instanceof PhpObject o ? o : null; }

    public Object call(Context ctx, Object[] args) { return fn.call(ctx, args); }

    /** The compiled body: runs with this closure as its {@code self}. */
    private static final class Body extends PhpFunction {
        private final Closure c;
        /** {@link ArgStack#takes}: a call with more arguments enters the extra ones for traces. */
        private final int takes;

        Body(Closure c) {
            super(c.name, c.params);
            this.c = c;
            this.takes = ArgStack.takes(c.params);
        }

        @Override public Object call(Context ctx, Object[] args) {
            return args.length > takes ? ArgStack.callExtra(ctx, c.unit, c.index, c, args, params.length, false)
                    : c.unit.invoke(c.index, ctx, c, args);
        }

        @Override public Object callRef(Context ctx, Object[] args) {
            return args.length > takes ? ArgStack.callExtra(ctx, c.unit, c.index, c, args, params.length, true)
                    : c.unit.invokeRef(c.index, ctx, c, args);
        }
    }

    /** Whether {@code f} is a compiled user function or closure body (named arguments to it may be unknown). */
    static boolean isUserBody(PhpFunction f) { return f instanceof Body; }
}
