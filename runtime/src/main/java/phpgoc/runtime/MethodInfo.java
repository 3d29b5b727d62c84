package phpgoc.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A method as its template declares it. Context-independent, so call sites may cache the handles
 * built here across contexts: {@link #bound} (the body with {@code self} bound) and {@link #generic}.
 */
public final class MethodInfo {
    public final ClassTemplate declaring;
    public final String name;
    public final int flags;
    /** {@code (Context, ClassTemplate, Object, params...)Object}; null when abstract. */
    final MethodHandle body;
    public final ParamInfo[] params;
    /** The encoded signature ({@link Signatures}); null for built-in methods (not checked). */
    String signature;
    /**
     * The generated method of a user method's body, which a call with more arguments than it
     * declares enters the extra ones under ({@link ArgStack#enterExtra}); null for built-ins.
     */
    String javaName;
    /** Reflection's metadata ({@code ext.reflection.Meta}), its keys evaluated by {@link #metaTpl}; null for built-ins. */
    String meta;
    ClassTemplate metaTpl;

    /** Reflection's encoded metadata of this method, or null. */
    public String meta() { return meta; }

    /** The template whose initialiser evaluator the keys of {@link #meta} index (a trait's for a method taken from it). */
    public ClassTemplate metaTemplate() { return metaTpl; }
    /** Bit i set when argument i (i < 31) is passed by reference; see {@link ByRefArgs}. */
    public final int refMask;
    /**
     * Bit i set when the body keeps parameter i (i < 31) only in one property of {@code $this}
     * and otherwise just looks at it (set by the compiler for constructors; see {@link Destructors#adoptArg}).
     */
    public int keptParams;
    private MethodHandle bound, generic;

    MethodInfo(ClassTemplate declaring, String name, int flags, MethodHandle body, ParamInfo[] params) {
        this.declaring = declaring;
        this.name = name;
        this.flags = flags;
        this.body = body;
        this.params = params;
        this.refMask = ByRefArgs.mask(params);
    }

    public boolean isStatic() { return (flags & ClassTemplate.STATIC) != 0; }
    public boolean isAbstract() { return body == null; }
    public boolean isPrivate() { return (flags & ClassTemplate.PRIVATE) != 0; }
    public boolean isProtected() { return (flags & ClassTemplate.PROTECTED) != 0; }

    /** php's name in messages: {@code A::m}. */
    public String display() { return declaring.name + "::" + name; }

    /** {@code (Context, Object thisOrStatic, params...)Object}. */
    public MethodHandle bound() {
        MethodHandle h = bound;
        if (h == null) {
            h = MethodHandles.insertArguments(body, 1, declaring);
            if (declaring.file == null) h = traced(h);
            bound = h;
        }
        return h;
    }

    /** A built-in class's method body that adds its own frame ("A->m(args)") to the trace of an error it raises. */
    private MethodHandle traced(MethodHandle h) {
        MethodType t = h.type();
        MethodHandle handler = MethodHandles.insertArguments(FRAME, 0, this)
                .asCollector(1, Object[].class, t.parameterCount())
                .asType(t.insertParameterTypes(0, PhpError.class));
        return MethodHandles.catchException(h, PhpError.class, handler);
    }

    /** The catch handler of {@link #traced}: {@code all} is (Context, this, arguments...). */
    private static Object frame(MethodInfo m, PhpError e, Object[] all) {
        if (e.fiberFrameInTrace) {
            e.fiberFrameInTrace = false;
            throw e;
        }
        String name = m.declaring.name + (m.isStatic() ? "::" : "->") + m.name;
        Object[] args = java.util.Arrays.copyOfRange(all, 2, all.length);
        int last = args.length - 1;
        if (last >= 0 && last < m.params.length && m.params[last].variadic() && args[last] instanceof PhpArray rest) {
            // the variadic arguments, listed one by one
            java.util.List<Object> vs = new java.util.ArrayList<>();
            for (int pos = rest.firstPos(); pos >= 0; pos = rest.nextPos(pos)) vs.add(rest.valueAt(pos));
            args[last] = vs.toArray();
        }
        throw Traces.builtinFrame(e, name, args, null, 0);
    }

    /** Whether a call with {@code n} positional arguments can go straight to {@link #bound}. */
    public boolean direct(int n) {
        if (n != params.length) return false;
        for (ParamInfo p : params) if (p.variadic() || p.byRef()) return false;
        return true;
    }

    private MethodHandle spread;
    private int plain = -1;

    /** No variadic or by-reference parameters, a user method: positional arguments need no adapting. */
    private boolean plain() {
        int p = plain;
        if (p < 0) {
            p = declaring.file != null && direct(params.length) ? 1 : 0;
            plain = p;
        }
        return p == 1;
    }

    /**
     * {@code (Context, Object thisOrStatic, Object[] args)Object} for exactly {@code params.length}
     * arguments to a {@link #plain} method: a Ref argument is dereferenced and copied as
     * {@link #adapt} would, nothing else done.
     */
    private MethodHandle spread() {
        MethodHandle h = spread;
        if (h == null) spread = h = MethodHandles.filterArguments(bound().asSpreader(Object[].class, params.length), 2, DEREF_ALL);
        return h;
    }

    /** The arguments of a plain call: any Ref replaced by a copy of its value (in a new array only then). */
    static Object[] derefAll(Object[] args) {
        Object[] out = args;
        for (int i = 0; i < args.length; i++) {
            Object v = args[i];
            if (v instanceof Ref r) {
                if (out == args) out = args.clone();
                out[i] = Values.copyOnAssign(r.get());
            }
        }
        return out;
    }

    /** {@code (Context, Object thisOrStatic, Object[] args)Object}: pads, collects variadics, boxes by-ref args. */
    public MethodHandle generic() {
        MethodHandle h = generic;
        if (h == null) {
            MethodHandle spread = bound().asSpreader(Object[].class, params.length);
            generic = h = MethodHandles.filterArguments(spread, 2, ADAPT.bindTo(this));
        }
        return h;
    }

    /**
     * {@link #generic} for a call with {@code n} positional arguments: with more than a user method
     * takes, the extra ones are entered for traces while it runs ({@link #callExtra}).
     */
    public MethodHandle generic(int n) {
        if (n <= params.length || !keepsExtra()) return generic();
        MethodHandle h = extra;
        if (h == null) extra = h = CALL_EXTRA.bindTo(this);
        return h;
    }

    private MethodHandle extra;

    private boolean keepsExtra() { return javaName != null && ArgStack.takes(params) == params.length; }

    /** Calls {@code m} with {@code args}, more than it declares: the extra ones in an ArgStack entry meanwhile. */
    private static Object callExtra(MethodInfo m, Context ctx, Object thisOrStatic, Object[] args) throws Throwable {
        int base = ArgStack.enterExtra(ctx, m.javaName, args, m.params.length);
        try {
            return m.generic().invokeExact(ctx, thisOrStatic, args);
        } finally {
            ArgStack.leave(ctx, base);
        }
    }

    /** Calls this method with positional arguments. */
    public Object invoke(Context ctx, Object thisOrStatic, Object[] args) {
        try {
            if (args.length == params.length && plain()) return spread().invokeExact(ctx, thisOrStatic, args);
            if (args.length > params.length && keepsExtra()) return callExtra(this, ctx, thisOrStatic, args);
            return generic().invokeExact(ctx, thisOrStatic, args);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private static final MethodHandle ADAPT, FRAME, DEREF_ALL, CALL_EXTRA;

    static {
        try {
            ADAPT = MethodHandles.lookup().findStatic(MethodInfo.class, "adapt",
                    MethodType.methodType(Object[].class, MethodInfo.class, Object[].class));
            DEREF_ALL = MethodHandles.lookup().findStatic(MethodInfo.class, "derefAll",
                    MethodType.methodType(Object[].class, Object[].class));
            CALL_EXTRA = MethodHandles.lookup().findStatic(MethodInfo.class, "callExtra", MethodType.methodType(Object.class,
                    MethodInfo.class, Context.class, Object.class, Object[].class));
            FRAME = MethodHandles.lookup().findStatic(MethodInfo.class, "frame",
                    MethodType.methodType(Object.class, MethodInfo.class, PhpError.class, Object[].class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A built-in class's method (its template has no file) takes no more arguments than it declares, as php's internal functions. */
    private static void checkInternalCount(MethodInfo m, Object[] given) {
        int n = 0, min = 0, max = m.params.length;
        for (Object v : given) if (!(v instanceof ArgList.Named)) n++;
        for (ParamInfo p : m.params) {
            if (p.variadic()) max = Integer.MAX_VALUE;
            else if (!p.optional()) min++;
        }
        if (n >= min && n <= max) return;
        String bound = min == max ? "exactly" : n < min ? "at least" : "at most";
        int k = n < min ? min : max;
        PhpError e = new PhpError("ArgumentCountError", m.display() + "() expects " + bound + " " + k + " argument"
                + (k == 1 ? "" : "s") + ", " + n + " given");
        throw Traces.builtinFrame(e, m.declaring.name + (m.isStatic() ? "::" : "->") + m.name, given, null, 0);
    }

    /** The arguments as the body takes them: missing ones UNDEF (null for by-ref), the variadic rest an array. */
    static Object[] adapt(MethodInfo m, Object[] given) {
        ParamInfo[] ps = m.params;
        if (m.declaring.file == null) checkInternalCount(m, given);
        Object[] out = new Object[ps.length];
        for (int i = 0; i < ps.length; i++) {
            ParamInfo p = ps[i];
            if (p.variadic()) {
                PhpArray rest = new PhpArray();
                for (int j = i; j < given.length; j++) {
                    Object v = given[j];
                    if (v instanceof ArgList.Named named) {
                        // named arguments collected by the variadic parameter: string keys
                        for (int q = named.values().firstPos(); q >= 0; q = named.values().nextPos(q)) {
                            rest.put(named.values().keyAt(q), named.values().valueAt(q));
                        }
                        continue;
                    }
                    if (v == Values.UNDEF) continue;
                    rest.append(p.byRef() ? (v instanceof Ref r ? r : new Ref(v)) : Values.copyOnAssign(Values.deref(v)));
                }
                out[i] = rest;
            } else if (i < given.length) {
                Object v = given[i];
                out[i] = v == Values.UNDEF ? (p.byRef() ? null : v) : p.byRef() ? (v instanceof Ref r ? r : new Ref(v)) : v instanceof Ref r ? Values.copyOnAssign(r.get()) : v;
            } else {
                out[i] = p.byRef() ? null : Values.UNDEF;
            }
        }
        return out;
    }
}
