package phpgoc.runtime.go;

import java.util.ArrayList;
import java.util.List;
import phpgoc.runtime.Calls;
import phpgoc.runtime.Closure;
import phpgoc.runtime.Context;
import phpgoc.runtime.ExitException;
import phpgoc.runtime.FatalError;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Uncaught;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Callbacks;

/**
 * The functions {@code go}, {@code goo}, {@code select} and {@code go_debug} (bound in
 * {@code ext.Builtins}), and what a routine's thread runs: the callable, then how it ended (an
 * uncaught exception reported with the routine's own stack, {@code exit} ending the routine only,
 * a fatal error ending the program), then the shutdown functions it registered.
 */
public final class GoFunctions {
    private GoFunctions() {}

    public static boolean go(Context ctx, Object fn) { return go(ctx, fn, Values.UNDEF); }

    public static boolean go(Context ctx, Object fn, Object args) {
        Object callable = Callbacks.callback(ctx, fn, "go", 1, "fn");
        start(ctx, callable, arguments(args, "go"), false);
        return true;
    }

    public static boolean goo(Context ctx, Object options, Object fn) { return goo(ctx, options, fn, Values.UNDEF); }

    /** {@code goo($options, $fn, $args)}: {@code stack_size} is accepted and ignored (virtual threads grow their stacks). */
    public static boolean goo(Context ctx, Object options, Object fn, Object args) {
        if (!(Values.deref(options) instanceof PhpArray opts)) throw FatalError.here("phpgo: goo(): options must be array");
        Object callable = Callbacks.callback(ctx, fn, "goo", 2, "fn");
        Object isolate = opts.lookup("isolate_http_globals");
        start(ctx, callable, arguments(args, "goo"), isolate != Values.UNDEF && phpgoc.runtime.Convert.toBool(isolate));
        return true;
    }

    /** {@code select(...$cases)}: see {@link SelectMethods}. */
    public static Object select(Context ctx, Object[] cases) { return SelectMethods.selectFunction(ctx, cases); }

    /** Debug flags of phpgo's own tracing: nothing to set here. */
    public static void go_debug(Context ctx, Object flags) {}

    private static final Object[] NO_ARGS = {};

    /** The arguments array of go()/goo(); null when none was given. */
    private static PhpArray arguments(Object args, String fn) {
        if (args == Values.UNDEF) return null;
        Object a = Values.deref(args);
        if (!(a instanceof PhpArray arr)) throw FatalError.here("phpgo: " + fn + "(): parameter 2 expected to be an array");
        return arr;
    }

    /** Queues a routine calling {@code callable(...args)}; values are copied now, references stay references. */
    private static void start(Context ctx, Object callable, PhpArray args, boolean isolateHttpGlobals) {
        if (args == null) {
            RoutineScheduler.of(ctx).spawn(callable, NO_ARGS, isolateHttpGlobals);
            return;
        }
        // positional, as phpgo passes them (keys are ignored)
        List<Object> positional = new ArrayList<>();
        for (int p = args.firstPos(); p >= 0; p = args.nextPos(p)) {
            Object raw = args.rawValueAt(p);
            positional.add(raw instanceof Ref ? raw : Values.copyOnAssign(raw));
        }
        Object[] plain = positional.toArray();
        RoutineScheduler.of(ctx).spawn(callable, plain, isolateHttpGlobals);
    }

    /**
     * A routine's whole life on its own thread (the baton held), called by {@link Routine#run}: the
     * call and how it ended in this one method, so that the Java frames between the thread's start
     * and the PHP function are few (each parked routine keeps them: a million sleepers, a million
     * copies). A closure's body is called as Calls.callValue would call it, without that frame.
     */
    static void runRoutine(Context ctx, Object callable, Object[] args) {
        try {
            if (callable instanceof Closure c) c.fn.call(ctx, args);
            else Calls.callValue(ctx, callable, args);
        } catch (StackOverflowError e) {
            phpgoc.runtime.SourceLocation at = phpgoc.runtime.SourceLocation.current();
            FatalError f = new FatalError("Fatal error", "Allowed memory size of 134217728 bytes exhausted (tried to allocate 2097152 bytes)",
                    at.file(), at.line(), true);
            ctx.printFatal(f.kind, f.getMessage(), f.file, f.line);
            throw new Routine.ProgramEnd(f);
        } catch (ExitException | FatalError | PhpError e) {
            ended(ctx, e);
        }
        // parallel mode: the list is the context's (no per-routine fields), so they run at the end of the program
        if (!ctx.parallelRoutines) runShutdownFunctions(ctx);
    }

    /** The shutdown functions the routine registered (its own list, see {@link Routine.Exec}) run as it ends. */
    private static void runShutdownFunctions(Context ctx) {
        List<Object[]> fs = ctx.shutdownFunctions;
        if (fs == null) return;
        try {
            asRoutine(ctx, fs);
        } finally {
            ctx.shutdownFunctions = null;
        }
    }

    /**
     * Runs the shutdown functions of a routine as a routine ends them: exit/die ends only that code
     * (its message is printed already), an uncaught throwable is reported, a fatal error ends the program.
     */
    private static void asRoutine(Context ctx, List<Object[]> shutdown) {
        try {
            for (int i = 0; i < shutdown.size(); i++) {
                Object[] call = shutdown.get(i);
                Calls.callValue(ctx, call[0], java.util.Arrays.copyOfRange(call, 1, call.length));
            }
        } catch (ExitException | FatalError | PhpError e) {
            ended(ctx, e);
        }
    }

    /** A routine's code ended with {@code e}: exit ends that code only, a fatal error ends the program, an uncaught throwable is reported. */
    private static void ended(Context ctx, RuntimeException e) {
        if (e instanceof ExitException) return;
        if (e instanceof FatalError f) {
            if (!f.printed) ctx.printFatal(f.kind, f.getMessage(), f.file, f.line);
            throw new Routine.ProgramEnd(new FatalError(f.kind, f.getMessage(), f.file, f.line, true));
        }
        Uncaught.print(ctx, (PhpError) e);
    }

    /**
     * For the loop check's slow path: true when the flag was raised because a routine ended the
     * program in parallel mode (main then throws that end here; other routines go on), not for the time limit.
     */
    public static boolean interruptedByRoutine(Context ctx) {
        return RoutineScheduler.peek(ctx) instanceof ParallelScheduler p && p.interruptMain();
    }

    /** The end of a run: routines left are ended without running PHP code, timers stop. */
    public static void closeAll(Context ctx) {
        RoutineScheduler s = RoutineScheduler.peek(ctx);
        if (s != null) s.close();
    }
}
