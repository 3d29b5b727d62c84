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
 * An entry at {@code base}: the generated method's name (to match JVM frames), its {@code
 * ParamInfo[]}, the defaulted-parameter bits (an Integer once the prologue ended, null before), then the parameters.
 * In parallel mode routines share one context's stack: the operations stay in bounds (the array
 * only grows) but the entries are not trusted there ({@link #entries}).
 */
public final class ArgStack {
    public static final int HEADER = 3;

    private Object[] slots = new Object[64];
    private int top;

    private static ArgStack of(Context ctx) {
        ArgStack st = ctx.argStack;
        if (st == null) ctx.argStack = st = new ArgStack();
        return st;
    }

    /** Pushes an entry of {@code width} slots ({@link #HEADER} and the parameters); returns its base. */
    private int push(String method, ParamInfo[] params, int width) {
        int base = top;
        Object[] s = slots;
        if (base + width > s.length) slots = s = java.util.Arrays.copyOf(s, Math.max(s.length * 2, base + width));
        s[base] = method;
        s[base + 1] = params;
        top = base + width;
        return base;
    }

    public static int enter(Context ctx, String method, ParamInfo[] params, int width) {
        return of(ctx).push(method, params, width);
    }

    public static int enter(Context ctx, String method, ParamInfo[] params, Object a0) {
        ArgStack st = of(ctx);
        int base = st.push(method, params, HEADER + 1);
        st.slots[base + HEADER] = a0;
        return base;
    }

    public static int enter(Context ctx, String method, ParamInfo[] params, Object a0, Object a1) {
        ArgStack st = of(ctx);
        int base = st.push(method, params, HEADER + 2);
        Object[] s = st.slots;
        s[base + HEADER] = a0;
        s[base + HEADER + 1] = a1;
        return base;
    }

    public static int enter(Context ctx, String method, ParamInfo[] params, Object a0, Object a1, Object a2) {
        ArgStack st = of(ctx);
        int base = st.push(method, params, HEADER + 3);
        Object[] s = st.slots;
        s[base + HEADER] = a0;
        s[base + HEADER + 1] = a1;
        s[base + HEADER + 2] = a2;
        return base;
    }

    /** An entry whose parameters are known ahead (a generator's, entered as its body resumes). */
    static int enter(Context ctx, String method, ParamInfo[] params, Object[] values, int defaulted) {
        ArgStack st = of(ctx);
        int base = st.push(method, params, HEADER + params.length);
        System.arraycopy(values, 0, st.slots, base + HEADER, Math.min(values.length, params.length));
        st.slots[base + 2] = Integer.valueOf(defaulted);
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
        if (base + 2 < s.length) s[base + 2] = bits == 0 ? null : Integer.valueOf(bits);
    }

    /** Drops the entry at {@code base} and any above it (cleared, so the values can be freed). */
    public static void leave(Context ctx, int base) {
        ArgStack st = ctx.argStack;
        if (st == null) return;
        Object[] s = st.slots;
        int end = Math.min(st.top, s.length);
        for (int i = base; i < end; i++) s[i] = null;
        if (base < st.top) st.top = base;
    }

    /** One entry, as a trace reads it. */
    record Entry(String method, List<Object> args) {}

    /**
     * The entries of {@code st}, innermost first, with their arguments as php lists them now (Refs
     * read, the variadic rest spread, defaulted ones left out); empty in parallel mode.
     */
    static List<Entry> entries(Context ctx, ArgStack st) {
        if (st == null || ctx.parallelRoutines) return List.of();
        List<Integer> bases = new ArrayList<>();
        Object[] s = st.slots;
        for (int b = 0; b + HEADER <= st.top; ) {
            if (!(s[b] instanceof String) || !(s[b + 1] instanceof ParamInfo[] ps)) return List.of(); // not a stack of entries
            bases.add(b);
            b += HEADER + ps.length;
        }
        List<Entry> out = new ArrayList<>(bases.size());
        for (int k = bases.size() - 1; k >= 0; k--) {
            int b = bases.get(k);
            ParamInfo[] ps = (ParamInfo[]) s[b + 1];
            Object[] values = java.util.Arrays.copyOfRange(s, b + HEADER, b + HEADER + ps.length);
            out.add(new Entry((String) s[b], Traces.stackArgs(ps, values, s[b + 2] instanceof Integer i ? i : null)));
        }
        return out;
    }
}
