package phpgoc.runtime.ext.core;

import java.util.ArrayList;
import phpgoc.runtime.Calls;
import phpgoc.runtime.Context;
import phpgoc.runtime.ExitException;
import phpgoc.runtime.FatalError;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Throwables;
import phpgoc.runtime.Uncaught;
import phpgoc.runtime.Values;

/** {@code set_exception_handler}, {@code register_shutdown_function} and running them at the end of a script. */
public final class ExceptionHandlers {
    private ExceptionHandlers() {}

    public static Object set_exception_handler(Context ctx, Object handler) {
        Object old = ctx.exceptionHandler;
        handler = Values.deref(handler);
        ctx.exceptionHandler = handler;
        return old;
    }

    public static boolean restore_exception_handler(Context ctx) {
        ctx.exceptionHandler = null;
        return true;
    }

    public static void register_shutdown_function(Context ctx, Object callback, Object[] args) {
        if (ctx.shutdownFunctions == null) ctx.shutdownFunctions = new ArrayList<>();
        Object[] call = new Object[args.length + 1];
        call[0] = Values.deref(callback);
        for (int i = 0; i < args.length; i++) call[i + 1] = Values.copyOnAssign(Values.deref(args[i]));
        ctx.shutdownFunctions.add(call);
    }

    public static Object set_error_handler(Context ctx, Object handler) {
        return set_error_handler(ctx, handler, (long) Context.E_ALL);
    }

    public static Object set_error_handler(Context ctx, Object handler, Object levels) {
        Object old = ctx.errorHandler;
        ctx.errorHandler = Values.deref(handler);
        ctx.errorHandlerLevels = (int) phpgoc.runtime.Convert.toLong(Values.deref(levels));
        return old;
    }

    public static boolean restore_error_handler(Context ctx) {
        ctx.errorHandler = null;
        return true;
    }

    /**
     * A warning/notice/deprecation while an error handler is set: calls it with (errno, errstr,
     * errfile, errline); true when it handled the error (it did not return false). Not re-entered.
     */
    public static boolean handleError(Context ctx, int level, String msg) {
        Object handler = ctx.errorHandler;
        if (handler == null || (ctx.errorHandlerLevels & level) == 0) return false;
        phpgoc.runtime.SourceLocation at = phpgoc.runtime.SourceLocation.current();
        ctx.errorHandler = null;
        try {
            Object r = Calls.callValue(ctx, handler, new Object[] {(long) level, msg, at.file(), (long) at.line()});
            return !Boolean.FALSE.equals(Values.deref(r));
        } finally {
            if (ctx.errorHandler == null) ctx.errorHandler = handler;
        }
    }

    /** A throwable reached the top: the exception handler gets it (exit code 0), or php's fatal error (255). */
    public static int uncaught(Context ctx, PhpError e) {
        Object handler = ctx.exceptionHandler;
        if (handler != null) {
            ctx.exceptionHandler = null;
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

    /** Runs the registered shutdown functions after the script ended with {@code code}; returns the exit code. */
    public static int shutdown(Context ctx, int code) {
        if (ctx.shutdownFunctions == null) return code;
        for (int i = 0; i < ctx.shutdownFunctions.size(); i++) {
            Object[] call = ctx.shutdownFunctions.get(i);
            Object[] args = java.util.Arrays.copyOfRange(call, 1, call.length);
            try {
                Calls.callValue(ctx, call[0], args);
            } catch (ExitException e) {
                return e.status;
            } catch (FatalError e) {
                ctx.printFatal(e.kind, e.getMessage(), e.file, e.line);
                return 255;
            } catch (PhpError e) {
                Uncaught.print(ctx, e);
                return 255;
            }
        }
        return code;
    }
}
