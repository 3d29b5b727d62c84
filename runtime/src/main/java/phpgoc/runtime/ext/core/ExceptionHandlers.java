package phpgoc.runtime.ext.core;

import java.util.ArrayList;
import phpgoc.runtime.Calls;
import phpgoc.runtime.Context;
import phpgoc.runtime.Errors;
import phpgoc.runtime.ExitException;
import phpgoc.runtime.FatalError;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Throwables;
import phpgoc.runtime.Uncaught;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Callbacks;

/** {@code set_exception_handler}, {@code register_shutdown_function} and running them at the end of a script. */
public final class ExceptionHandlers {
    private ExceptionHandlers() {}

    public static Object set_exception_handler(Context ctx, Object callback) {
        Object v = Values.deref(callback);
        Callbacks.callbackOrNull(ctx, v, "set_exception_handler", 1, "callback");
        return Errors.setExceptionHandler(ctx, v);
    }

    public static boolean restore_exception_handler(Context ctx) {
        Errors.restoreExceptionHandler(ctx);
        return true;
    }

    public static void register_shutdown_function(Context ctx, Object callback, Object[] args) {
        Object f = Callbacks.callback(ctx, Values.deref(callback), "register_shutdown_function", 1, "callback");
        if (ctx.shutdownFunctions == null) ctx.shutdownFunctions = new ArrayList<>();
        Object[] call = new Object[args.length + 1];
        call[0] = f;
        for (int i = 0; i < args.length; i++) call[i + 1] = Values.copyOnAssign(Values.deref(args[i]));
        ctx.shutdownFunctions.add(call);
    }

    /**
     * A throwable reached the top: the exception handler gets it (exit code 0), or php's fatal
     * error (255). An exception the handler throws is printed as uncaught.
     */
    public static int uncaught(Context ctx, PhpError e) {
        Object handler = ctx.errors.exceptionHandler;
        if (handler != null) {
            ctx.errors.exceptionHandler = null;
            try {
                Calls.callValue(ctx, handler, new Object[] {Throwables.caught(ctx, e)});
                return 0;
            } catch (PhpError inner) {
                e = inner;
            }
        }
        Uncaught.print(ctx, e);
        return 255;
    }

    /**
     * How the script's end is handled: exit, a fatal error or an uncaught throwable give the exit
     * code; then the shutdown functions run, and the destructors unless the run ended fatally.
     */
    public static int finish(Context ctx, Throwable end) {
        int code;
        boolean fatal = false;
        try {
            code = switch (end) {
                case null -> 0;
                case ExitException x -> x.status;
                case FatalError f -> {
                    fatal = true;
                    if (!f.printed) ctx.printFatal(f.kind, f.getMessage(), f.file, f.line);
                    yield 255;
                }
                case PhpError p -> uncaught(ctx, p);
                default -> throw new IllegalArgumentException(end.toString());
            };
        } catch (ExitException x) {
            code = x.status; // exit() in the exception handler
        } catch (FatalError f) {
            fatal = true;
            if (!f.printed) ctx.printFatal(f.kind, f.getMessage(), f.file, f.line);
            code = 255;
        }
        code = shutdown(ctx, code);
        if (code == SHUTDOWN_FATAL) return 255;
        return fatal ? code : phpgoc.runtime.Destructors.shutdown(ctx, code);
    }

    private static final int SHUTDOWN_FATAL = Integer.MIN_VALUE;

    /**
     * Runs the registered shutdown functions (more may be registered meanwhile) after the script
     * ended with {@code code}; returns the exit code, {@link #SHUTDOWN_FATAL} if one ended fatally.
     */
    static int shutdown(Context ctx, int code) {
        if (ctx.shutdownFunctions == null) return code;
        for (int i = 0; i < ctx.shutdownFunctions.size(); i++) {
            Object[] call = ctx.shutdownFunctions.get(i);
            Object[] args = java.util.Arrays.copyOfRange(call, 1, call.length);
            try {
                Calls.callValue(ctx, call[0], args);
            } catch (ExitException e) {
                return e.status;
            } catch (FatalError e) {
                if (!e.printed) ctx.printFatal(e.kind, e.getMessage(), e.file, e.line);
                return SHUTDOWN_FATAL;
            } catch (PhpError e) {
                Uncaught.print(ctx, e);
                return SHUTDOWN_FATAL;
            }
        }
        return code;
    }
}
