package phpgoc.runtime.go;

import java.util.ArrayList;
import java.util.List;
import phpgoc.runtime.ArgList;
import phpgoc.runtime.Calls;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
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
        start(ctx, callable, arguments(args, "go"));
        return true;
    }

    public static boolean goo(Context ctx, Object options, Object fn) { return goo(ctx, options, fn, Values.UNDEF); }

    /** {@code goo($options, $fn, $args)}: {@code stack_size} is accepted and ignored (virtual threads grow their stacks). */
    public static boolean goo(Context ctx, Object options, Object fn, Object args) {
        if (!(Values.deref(options) instanceof PhpArray)) throw FatalError.here("phpgo: goo(): options must be array");
        Object callable = Callbacks.callback(ctx, fn, "goo", 2, "fn");
        start(ctx, callable, arguments(args, "goo"));
        return true;
    }

    /** {@code select(...$cases)}: see {@link SelectMethods}. */
    public static Object select(Context ctx, Object[] cases) { return SelectMethods.selectFunction(ctx, cases); }

    /** Debug flags of phpgo's own tracing: nothing to set here. */
    public static void go_debug(Context ctx, Object flags) {}

    private static PhpArray arguments(Object args, String fn) {
        if (args == Values.UNDEF) return new PhpArray();
        Object a = Values.deref(args);
        if (!(a instanceof PhpArray arr)) throw FatalError.here("phpgo: " + fn + "(): parameter 2 expected to be an array");
        return arr;
    }

    /** Queues a routine calling {@code callable(...args)}; values are copied now, references stay references. */
    private static void start(Context ctx, Object callable, PhpArray args) {
        List<Object> positional = new ArrayList<>();
        ArgList named = null;
        for (int p = args.firstPos(); p >= 0; p = args.nextPos(p)) {
            Object raw = args.rawValueAt(p);
            Object v = raw instanceof Ref ? raw : Values.copyOnAssign(raw);
            Object k = args.keyAt(p);
            if (k instanceof Long) {
                if (named != null) named.add(v); else positional.add(v);
            } else {
                if (named == null) {
                    named = new ArgList();
                    for (Object x : positional) named.add(x);
                }
                named.addNamed(Convert.toStr(k), v);
            }
        }
        ArgList namedArgs = named;
        Object[] plain = positional.toArray();
        RoutineScheduler.of(ctx).spawn(() -> runRoutine(ctx, callable, plain, namedArgs));
    }

    /** A routine's whole life on its own thread (the baton held). */
    private static void runRoutine(Context ctx, Object callable, Object[] args, ArgList named) {
        try {
            if (named != null) Calls.callValue(ctx, callable, named);
            else Calls.callValue(ctx, callable, args);
        } catch (ExitException e) {
            // exit/die ends this routine only (its message is printed already)
        } catch (FatalError f) {
            if (!f.printed) ctx.printFatal(f.kind, f.getMessage(), f.file, f.line);
            throw new Routine.ProgramEnd(new FatalError(f.kind, f.getMessage(), f.file, f.line, true));
        } catch (PhpError e) {
            Uncaught.print(ctx, e);
        } catch (StackOverflowError e) {
            phpgoc.runtime.SourceLocation at = phpgoc.runtime.SourceLocation.current();
            FatalError f = new FatalError("Fatal error", "Allowed memory size of 134217728 bytes exhausted (tried to allocate 2097152 bytes)",
                    at.file(), at.line(), true);
            ctx.printFatal(f.kind, f.getMessage(), f.file, f.line);
            throw new Routine.ProgramEnd(f);
        }
        runShutdownFunctions(ctx);
    }

    /** The shutdown functions the routine registered (its own list, see {@link Routine.Exec}) run as it ends. */
    private static void runShutdownFunctions(Context ctx) {
        List<Object[]> fs = ctx.shutdownFunctions;
        if (fs == null) return;
        try {
            for (int i = 0; i < fs.size(); i++) {
                Object[] call = fs.get(i);
                Calls.callValue(ctx, call[0], java.util.Arrays.copyOfRange(call, 1, call.length));
            }
        } catch (ExitException e) {
            // ends the routine's shutdown
        } catch (FatalError f) {
            if (!f.printed) ctx.printFatal(f.kind, f.getMessage(), f.file, f.line);
            throw new Routine.ProgramEnd(new FatalError(f.kind, f.getMessage(), f.file, f.line, true));
        } catch (PhpError e) {
            Uncaught.print(ctx, e);
        } finally {
            ctx.shutdownFunctions = null;
        }
    }

    /** The end of a run: routines left are ended without running PHP code, timers stop. */
    public static void closeAll(Context ctx) {
        RoutineScheduler s = RoutineScheduler.peek(ctx);
        if (s != null) s.close();
    }
}
