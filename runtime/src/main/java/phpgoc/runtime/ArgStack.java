package phpgoc.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of the running PHP functions, so that an exception's trace lists them for every
 * frame at its creation, as php does, also for the frames it is created or caught in (which no
 * unwinding passes). Each generated function with parameters or {@code $this} (generators
 * excepted: their bodies are resumed in the middle) {@link #enter}s at its entry, before its
 * prologue, with the arguments as passed; the prologue stores the parameters it coerced or
 * defaulted again ({@link #set}), as does every later assignment to a parameter, so the entry holds
 * the parameters' current values; every return and a catch-all handler {@link #leave} it. No
 * allocation on the way: one growing array per thread of execution ({@link Context#argStack},
 * switched with fibers and routines).
 * <p>
 * An entry at {@code base}: its function's {@link Frame}, the defaulted-parameter bits (an Integer
 * once the prologue of a function with default values ended, else null), then the parameters, then
 * for a body with {@code $this} (also one without parameters) its object, or its Closure.
 * debug_backtrace() gives that as the frame's "object".
 * <p>
 * The extra arguments of a call (beyond the parameters a function declares, which only its
 * func_get_args() could read, and then it takes them in a hidden parameter) are an entry of their
 * own, entered by the call site just before the call and left after it: the callee's generated
 * method name (a String where a Frame would be), then the arguments (an Object[]). Its callee's
 * own entry, if it has one, comes right above it; a trace lists them after its parameters. Calls
 * without extra arguments pay nothing for this (dynamic calls compare their count).
 * <p>
 * In parallel mode routines share one context's stack: the operations stay in bounds (the array
 * only grows) but the entries are not trusted there ({@link #entries}).
 */
public final class ArgStack {
    public static final int HEADER = 2;

    /**
     * What an entry says of its function: its generated method's name (to match JVM frames), its
     * parameters, whether a slot after them holds its {@code $this} (a method's object, a
     * closure's Closure), for debug_backtrace()'s "object", and whether a last slot holds the
     * ClassTemplate a trait's method runs for (traces name the class using the trait, as php); bit i
     * of {@code sensitive}: parameter i is {@code #[SensitiveParameter]} (traces show a
     * SensitiveParameterValue instead).
     */
    public record Frame(String method, ParamInfo[] params, boolean self, boolean scope, int sensitive) {
        public Frame(String method, ParamInfo[] params) { this(method, params, false, false, 0); }

        /** The slots after the header. */
        int width() { return params.length + (self ? 1 : 0) + (scope ? 1 : 0); }
    }

    private Object[] slots = new Object[64];
    private int top;

    private static ArgStack of(Context ctx) {
        ArgStack st = ctx.argStack;
        if (st == null) ctx.argStack = st = new ArgStack();
        return st;
    }

    /** Pushes an entry of {@code width} slots ({@link #HEADER} and the parameters); returns its base. */
    private int push(Frame frame, int width) {
        int base = top;
        Object[] s = slots;
        if (base + width > s.length) slots = s = java.util.Arrays.copyOf(s, Math.max(s.length * 2, base + width));
        s[base] = frame;
        s[base + 1] = null;
        top = base + width;
        return base;
    }

    public static int enter(Context ctx, Frame frame, int width) {
        return of(ctx).push(frame, width);
    }

    public static int enter(Context ctx, Frame frame, Object a0) {
        ArgStack st = of(ctx);
        int base = st.push(frame, HEADER + 1);
        st.slots[base + HEADER] = a0;
        return base;
    }

    public static int enter(Context ctx, Frame frame, Object a0, Object a1) {
        ArgStack st = of(ctx);
        int base = st.push(frame, HEADER + 2);
        Object[] s = st.slots;
        s[base + HEADER] = a0;
        s[base + HEADER + 1] = a1;
        return base;
    }

    public static int enter(Context ctx, Frame frame, Object a0, Object a1, Object a2) {
        ArgStack st = of(ctx);
        int base = st.push(frame, HEADER + 3);
        Object[] s = st.slots;
        s[base + HEADER] = a0;
        s[base + HEADER + 1] = a1;
        s[base + HEADER + 2] = a2;
        return base;
    }

    public static int enter(Context ctx, Frame frame, Object a0, Object a1, Object a2, Object a3) {
        ArgStack st = of(ctx);
        int base = st.push(frame, HEADER + 4);
        Object[] s = st.slots;
        s[base + HEADER] = a0;
        s[base + HEADER + 1] = a1;
        s[base + HEADER + 2] = a2;
        s[base + HEADER + 3] = a3;
        return base;
    }

    /**
     * Enters the extra arguments {@code extra} (copies of the values passed) of a call of the
     * function whose generated method is {@code method}; returns the entry's base, to {@link #leave}
     * after the call, also when it throws.
     */
    public static int enterExtra(Context ctx, String method, Object[] extra) {
        ArgStack st = of(ctx);
        int base = st.push(null, HEADER);
        st.slots[base] = method;
        st.slots[base + 1] = extra;
        return base;
    }

    /** {@link #enterExtra} with the arguments of {@code args} from {@code declared} on (Refs read, arrays copied). */
    public static int enterExtra(Context ctx, String method, Object[] args, int declared) {
        Object[] extra = new Object[args.length - declared];
        for (int i = 0; i < extra.length; i++) extra[i] = Values.copyOnAssign(Values.deref(args[declared + i]));
        return enterExtra(ctx, method, extra);
    }

    /** How many arguments a function with parameters {@code ps} takes: all for a variadic (or hidden) rest. */
    public static int takes(ParamInfo[] ps) {
        return ps.length > 0 && ps[ps.length - 1].variadic() ? Integer.MAX_VALUE : ps.length;
    }

    /**
     * Calls body {@code index} of {@code unit} with {@code args}, more than its {@code declared}
     * parameters take, the extra ones entered for traces while it runs.
     */
    public static Object callExtra(Context ctx, CompiledUnit unit, int index, Closure self, Object[] args, int declared,
                                   boolean ref) {
        String method = unit.methodName(index);
        int base = method == null ? -1 : enterExtra(ctx, method, args, declared);
        try {
            return ref ? unit.invokeRef(index, ctx, self, args) : unit.invoke(index, ctx, self, args);
        } finally {
            if (base >= 0) leave(ctx, base);
        }
    }

    /**
     * The extra arguments of the call of {@code method} just entered (its entry is on top: a
     * generator's body takes them in its prologue, before the call returns), or null.
     */
    static Object[] pendingExtra(Context ctx, String method) {
        ArgStack st = ctx.argStack;
        if (st == null || st.top < HEADER || ctx.parallelRoutines) return null;
        int b = st.top - HEADER;
        return method.equals(st.slots[b]) && st.slots[b + 1] instanceof Object[] extra ? extra : null;
    }

    /** Parameter {@code i} of the entry at {@code base} now holds {@code v} (a value or its Ref). */
    public static void set(Context ctx, int base, int i, Object v) {
        Object[] s = of(ctx).slots;
        int at = base + HEADER + i;
        if (at < s.length) s[at] = v;
    }

    /** The bits of the parameters that took their default value (php lists only those passed). */
    public static void defaulted(Context ctx, int base, int bits) {
        Object[] s = of(ctx).slots;
        if (base + 1 < s.length) s[base + 1] = Integer.valueOf(bits);
    }

    /**
     * Drops the entry at {@code base} and any above it. The slots are not cleared: a value stays
     * reachable until a later call at that depth overwrites it, which costs memory only (php's
     * destructors and weak references follow phpgoc's own reference tracking, not the JVM's).
     */
    public static void leave(Context ctx, int base) {
        ArgStack st = ctx.argStack;
        if (st != null) st.top = base;
    }

    /** One entry, as a trace reads it: {@code self} is the function's {@code $this}, or null. */
    record Entry(String method, List<Object> args, PhpObject self, String cls) {
        Entry(String method, List<Object> args) { this(method, args, null, null); }
    }

    /**
     * Gives the PHP frames of one thread of execution, innermost first, their arguments: the
     * entries of its stack, and the running generators (innermost first, {@code gen}) for
     * generator bodies, which have no entry.
     */
    static final class Cursor {
        private final List<Entry> entries;
        private int next;
        private Generator gen;

        private final boolean known;

        Cursor(Context ctx, ArgStack st, Generator running) {
            entries = entries(ctx, st);
            gen = ctx.parallelRoutines ? null : running;
            known = !ctx.parallelRoutines;
        }

        /** Whether the entries are trusted (not in parallel mode), so a frame without one has no arguments. */
        boolean known() { return known; }

        /** The entry of the next frame out, whose generated method is {@code method}; null if unknown. */
        Entry entryFor(String method) {
            if (next < entries.size() && entries.get(next).method().equals(method)) return entries.get(next++);
            for (Generator g = gen; g != null; g = g.outerRunning) {
                Entry e = g.traceEntry();
                if (e != null && e.method().equals(method)) {
                    gen = g.outerRunning;
                    return e;
                }
            }
            return null;
        }
    }

    /**
     * The entries of {@code st}, innermost first, with their arguments as php lists them now (Refs
     * read, the variadic rest spread, defaulted ones left out, the extra ones after the others);
     * empty in parallel mode.
     */
    static List<Entry> entries(Context ctx, ArgStack st) {
        if (st == null || ctx.parallelRoutines) return List.of();
        List<Integer> bases = new ArrayList<>();
        Object[] s = st.slots;
        for (int b = 0; b + HEADER <= st.top; ) {
            bases.add(b);
            if (s[b] instanceof Frame f) b += HEADER + f.width();
            else if (s[b] instanceof String && s[b + 1] instanceof Object[]) b += HEADER;
            else return List.of(); // not a stack of entries
        }
        List<Entry> out = new ArrayList<>(bases.size());
        for (int k = bases.size() - 1; k >= 0; k--) {
            int b = bases.get(k);
            if (s[b] instanceof String method) {
                out.add(new Entry(method, extraArgs((Object[]) s[b + 1], new ArrayList<>())));
                continue;
            }
            Frame f = (Frame) s[b];
            Object[] values = java.util.Arrays.copyOfRange(s, b + HEADER, b + HEADER + f.params().length);
            List<Object> args = Traces.stackArgs(f.params(), values, s[b + 1] instanceof Integer i ? i : null);
            if (f.sensitive() != 0) redact(ctx, f, args);
            if (k > 0 && f.method().equals(s[bases.get(k - 1)])) extraArgs((Object[]) s[bases.get(--k) + 1], args);
            Object self = f.self() ? s[b + HEADER + f.params().length] : null;
            Object scope = f.scope() ? s[b + HEADER + f.width() - 1] : null;
            out.add(new Entry(f.method(), args, self(self), scope instanceof ClassTemplate t ? t.name : null));
        }
        return out;
    }

    /** Replaces the arguments of {@code #[SensitiveParameter]} parameters (a variadic one: all it took). */
    private static void redact(Context ctx, Frame f, List<Object> args) {
        int last = f.params().length - 1;
        for (int i = 0; i < args.size(); i++) {
            int p = Math.min(i, last);
            if (p < 31 && (f.sensitive() & (1 << p)) != 0 && (i <= last || f.params()[last].variadic())) {
                args.set(i, phpgoc.runtime.ext.reflection.Reflections.sensitiveParameterValue(ctx, args.get(i)));
            }
        }
    }

    /** The {@code $this} of a body whose entry holds {@code self} (an object, or a closure's Closure). */
    static PhpObject self(Object self) {
        return self instanceof Closure c ? c.thisValue() : self instanceof PhpObject o ? o : null;
    }

    /** Adds extra arguments to {@code args} as a trace lists them. */
    static List<Object> extraArgs(Object[] extra, List<Object> args) {
        for (Object v : extra) args.add(Traces.argValue(v));
        return args;
    }
}
