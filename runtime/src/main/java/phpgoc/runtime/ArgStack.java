package phpgoc.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of the running PHP functions, so that an exception's trace lists them for every
 * frame at its creation, as php does, also for the frames it is created or caught in (which no
 * unwinding passes). Each generated function with parameters (generators excepted: their bodies
 * are resumed in the middle) {@link #enter}s at its entry, before its prologue, with the arguments
 * as passed; the prologue stores the parameters it coerced or defaulted again ({@link #set}), as
 * does every later assignment to a parameter, so the entry holds the parameters' current values;
 * every return and a catch-all handler {@link #leave} it. No allocation on the way: one growing
 * array per thread of execution ({@link Context#argStack}, switched with fibers and routines).
 * <p>
 * An entry at {@code base}: its function's {@link Frame}, the defaulted-parameter bits (an Integer
 * once the prologue of a function with default values ended, else null), then the parameters.
 * In parallel mode routines share one context's stack: the operations stay in bounds (the array
 * only grows) but the entries are not trusted there ({@link #entries}).
 */
public final class ArgStack {
    public static final int HEADER = 2;

    /** What an entry says of its function: its generated method's name (to match JVM frames) and parameters. */
    public record Frame(String method, ParamInfo[] params) {}

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

    /** One entry, as a trace reads it. */
    record Entry(String method, List<Object> args) {}

    /**
     * Gives the PHP frames of one thread of execution, innermost first, their arguments: the
     * entries of its stack, and the running generators (innermost first, {@code gen}) for
     * generator bodies, which have no entry.
     */
    static final class Cursor {
        private final List<Entry> entries;
        private int next;
        private Generator gen;

        Cursor(Context ctx, ArgStack st, Generator running) {
            entries = entries(ctx, st);
            gen = ctx.parallelRoutines ? null : running;
        }

        /** The arguments of the next frame out, whose generated method is {@code method}; null if unknown. */
        List<Object> argsFor(String method) {
            if (next < entries.size() && entries.get(next).method().equals(method)) return entries.get(next++).args();
            for (Generator g = gen; g != null; g = g.outerRunning) {
                Entry e = g.traceEntry();
                if (e != null && e.method().equals(method)) {
                    gen = g.outerRunning;
                    return e.args();
                }
            }
            return null;
        }
    }

    /**
     * The entries of {@code st}, innermost first, with their arguments as php lists them now (Refs
     * read, the variadic rest spread, defaulted ones left out); empty in parallel mode.
     */
    static List<Entry> entries(Context ctx, ArgStack st) {
        if (st == null || ctx.parallelRoutines) return List.of();
        List<Integer> bases = new ArrayList<>();
        Object[] s = st.slots;
        for (int b = 0; b + HEADER <= st.top; ) {
            if (!(s[b] instanceof Frame f)) return List.of(); // not a stack of entries
            bases.add(b);
            b += HEADER + f.params().length;
        }
        List<Entry> out = new ArrayList<>(bases.size());
        for (int k = bases.size() - 1; k >= 0; k--) {
            int b = bases.get(k);
            Frame f = (Frame) s[b];
            Object[] values = java.util.Arrays.copyOfRange(s, b + HEADER, b + HEADER + f.params().length);
            out.add(new Entry(f.method(), Traces.stackArgs(f.params(), values, s[b + 1] instanceof Integer i ? i : null)));
        }
        return out;
    }
}
