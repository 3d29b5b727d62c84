package phpgoc.runtime.ext.core;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Errors;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Callbacks;

/** Zend's error functions: user error handlers, {@code trigger_error}, {@code error_get_last}. */
public final class ErrorFunctions {
    private ErrorFunctions() {}

    public static Object set_error_handler(Context ctx, Object callback) {
        return set_error_handler(ctx, callback, (long) Context.E_ALL);
    }

    /** Installs {@code callback} (null: the standard output again) for {@code error_levels}; returns the one it replaces. */
    public static Object set_error_handler(Context ctx, Object callback, Object error_levels) {
        Object v = Values.deref(callback);
        Callbacks.callbackOrNull(ctx, v, "set_error_handler", 1, "callback");
        int levels = (int) Args.toInt(error_levels, "set_error_handler", 2, "error_levels");
        return Errors.setHandler(ctx, v, levels);
    }

    public static boolean restore_error_handler(Context ctx) {
        Errors.restoreHandler(ctx);
        return true;
    }

    public static boolean trigger_error(Context ctx, Object message) {
        return trigger(ctx, "trigger_error", message, (long) Context.E_USER_NOTICE);
    }

    public static boolean trigger_error(Context ctx, Object message, Object error_level) {
        return trigger(ctx, "trigger_error", message, error_level);
    }

    public static boolean user_error(Context ctx, Object message) {
        return trigger(ctx, "user_error", message, (long) Context.E_USER_NOTICE);
    }

    public static boolean user_error(Context ctx, Object message, Object error_level) {
        return trigger(ctx, "user_error", message, error_level);
    }

    private static boolean trigger(Context ctx, String fn, Object message, Object errorLevel) {
        String msg = Args.str(message, fn, 1, "message");
        long level = Args.toInt(errorLevel, fn, 2, "error_level");
        if (level != Context.E_USER_ERROR && level != Context.E_USER_WARNING && level != Context.E_USER_NOTICE
                && level != Context.E_USER_DEPRECATED) {
            throw new PhpError("ValueError", fn + "(): Argument #2 ($error_level) must be one of E_USER_ERROR,"
                    + " E_USER_WARNING, E_USER_NOTICE, or E_USER_DEPRECATED");
        }
        Errors.raise(ctx, (int) level, msg);
        return true;
    }

    /** The last error's type, message, file and line, or null. */
    public static Object error_get_last(Context ctx) {
        Errors.trackLast(ctx);
        return Errors.last(ctx);
    }

    public static void error_clear_last(Context ctx) { Errors.clearLast(ctx); }
}
