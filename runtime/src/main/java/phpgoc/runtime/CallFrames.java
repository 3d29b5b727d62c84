package phpgoc.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The arguments and {@code $this} of the running PHP functions, for {@code debug_backtrace()} and the
 * traces of fibers' waiting threads: only functions of files that call debug_backtrace() or
 * debug_print_backtrace(), or name class Fiber, push an entry (at the end
 * of their prologue) and pop it (on return or when anything is thrown out of them), so other code
 * pays nothing. A function's parameters are its Ref variables there, read when the backtrace is
 * taken (so it shows their current values, as php does); the variadic one is the arguments as passed.
 * Those files' calls of library functions push an entry too ({@link #pushBuiltin}): a callback's
 * backtrace shows the library function's arguments ({@code array_map(Object(Closure), Array)}).
 * One stack per thread of execution (fibers switch it).
 */
public final class CallFrames {
    /**
     * One running function: its trace name ("f", "A->m", "{closure}", a library function's Java
     * method), parameters (null for a library function, whose values are its Java arguments) and
     * $this (or null).
     */
    record Entry(String name, ParamInfo[] params, Object[] values, int defaulted, Object self) {
        List<Object> args() {
            return params == null ? Traces.builtinArgs(name, values) : Traces.stackArgs(params, values, defaulted);
        }
    }

    private Entry[] stack = new Entry[16];
    private int size;

    public static void push(Context ctx, String name, ParamInfo[] params, Object[] values, int defaulted, Object self) {
        CallFrames f = ctx.callFrames;
        if (f == null) ctx.callFrames = f = new CallFrames();
        if (f.size == f.stack.length) f.stack = java.util.Arrays.copyOf(f.stack, f.size * 2);
        f.stack[f.size++] = new Entry(name, params, values, defaulted, self);
    }

    /**
     * A library function called from a file that keeps shadow frames: {@code name} is its Java method
     * (as the frame read off the JVM stack is named), {@code args} its Java arguments.
     */
    public static void pushBuiltin(Context ctx, Object[] args, String name) {
        push(ctx, name, null, args, 0, null);
    }

    public static void pop(Context ctx) {
        CallFrames f = ctx.callFrames;
        if (f != null && f.size > 0) f.stack[--f.size] = null;
    }

    /** What debug_backtrace() learns of a frame: its arguments and $this (null: not known). */
    public record Known(List<Object> args, Object self) {}

    /**
     * For each of {@code frames} (a {@link SourceLocation#trace(boolean)}, innermost first) what the
     * shadow frames of this thread and of the threads waiting for its fiber know, or null: entries
     * are matched to frames of the same name, in order.
     */
    public static List<Known> lookup(Context ctx, List<PhpError.TraceFrame> frames) {
        List<Entry> entries = new ArrayList<>();
        add(entries, ctx.callFrames);
        for (phpgoc.runtime.fiber.Fibers.Link l : phpgoc.runtime.fiber.Fibers.waiting(ctx)) add(entries, l.callFrames());
        List<Known> out = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < frames.size(); i++) {
            PhpError.TraceFrame f = frames.get(i);
            // a library function's entry whose frame the trace leaves out (one called by another)
            while (k < entries.size() && entries.get(k).params() == null && !named(frames, i, entries.get(k).name())) k++;
            Known known = null;
            if (k < entries.size() && entries.get(k).name().equals(f.function())) {
                Entry e = entries.get(k++);
                known = new Known(e.args(), e.self());
            }
            out.add(known);
        }
        return out;
    }

    private static boolean named(List<PhpError.TraceFrame> frames, int from, String name) {
        for (int i = from; i < frames.size(); i++) if (frames.get(i).function().equals(name)) return true;
        return false;
    }

    private static void add(List<Entry> out, CallFrames f) {
        if (f == null) return;
        for (int i = f.size - 1; i >= 0; i--) out.add(f.stack[i]);
    }
}
