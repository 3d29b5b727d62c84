package phpgoc.runtime;

import java.util.ArrayDeque;

/**
 * php's error path (zend_error + php_error_cb): a diagnostic goes to the user error handler when
 * one is set for its level, else (or when the handler returns false) it is remembered for
 * {@code error_get_last} and printed if {@code error_reporting} and {@code display_errors} allow;
 * E_USER_ERROR then ends the run as a fatal error. The per-run part is {@link State}, in the Context.
 */
public final class Errors {
    private Errors() {}

    /** The levels {@code @} never silences (php's E_FATAL_ERRORS): what error_reporting() reads inside {@code @}. */
    public static final int FATAL_ERRORS = 1 | 4 | 16 | 64 | 256 | 4096;
    /** Levels a user error handler never receives (zend_error_impl hands them straight to the printer). */
    private static final int NOT_FOR_HANDLERS = 1 | 4 | 16 | 32 | 64 | 128;

    /** One run's error handlers, exception handlers and last error. */
    public static final class State {
        /** {@code set_error_handler}'s callable (null: none), its levels, and the ones it replaced. */
        public Object handler;
        public int handlerLevels = Context.E_ALL;
        final ArrayDeque<Object[]> handlerStack = new ArrayDeque<>();
        /** {@code set_exception_handler}'s callable (null: none) and the ones it replaced. */
        public Object exceptionHandler;
        final ArrayDeque<Object[]> exceptionStack = new ArrayDeque<>();
        /** The last error php_error_cb saw (error_get_last), or type 0. */
        int lastType;
        String lastMessage, lastFile;
        int lastLine;
        /**
         * Whether error_get_last may be called: until then an error that is neither handled nor
         * printed is remembered without its location, which would cost a stack walk (php's
         * {@code @$a['k']} idiom in a loop). Set by code that mentions error_get_last.
         */
        boolean trackLast;
    }

    public static void trackLast(Context ctx) { ctx.errors.trackLast = true; }

    /** php's label for a level, as it prints it before the message. */
    public static String label(int level) {
        return switch (level) {
            case 1, 16, 64, 256 -> "Fatal error";
            case 4096 -> "Recoverable fatal error";
            case 2, 32, 128, 512 -> "Warning";
            case 4 -> "Parse error";
            case 8, 1024 -> "Notice";
            case 2048 -> "Strict Standards";
            case 8192, 16384 -> "Deprecated";
            default -> "Unknown error";
        };
    }

    /** The level of a fatal error's label (the kinds {@link FatalError} carries). */
    static int levelOf(String kind) {
        return switch (kind) {
            case "Parse error" -> Context.E_PARSE;
            case "Recoverable fatal error" -> Context.E_RECOVERABLE_ERROR;
            default -> Context.E_ERROR;
        };
    }

    /** A diagnostic at the running code's location. */
    public static void raise(Context ctx, int level, String msg) {
        State s = ctx.errors;
        if (!s.trackLast && (level & FATAL_ERRORS) == 0 && !wouldPrint(ctx, level)
                && (s.handler == null || (s.handlerLevels & level) == 0 || (level & NOT_FOR_HANDLERS) != 0)) {
            remember(s, level, msg, "Unknown", 0); // nobody can see where
            return;
        }
        SourceLocation at = SourceLocation.current();
        raise(ctx, level, msg, at.file(), at.line());
    }

    /** Whether a diagnostic of {@code level} would be printed now. */
    private static boolean wouldPrint(Context ctx, int level) {
        return (ctx.ini.errorReporting & level) != 0 && ctx.ini.displayErrors;
    }

    /** A diagnostic at a given place (compile-time ones carry the file's location, not the running code's). */
    public static void raise(Context ctx, int level, String msg, String file, int line) {
        State s = ctx.errors;
        Object handler = s.handler;
        if (handler != null && (s.handlerLevels & level) != 0 && (level & NOT_FOR_HANDLERS) == 0) {
            s.handler = null; // not re-entered: an error inside the handler takes the standard path
            Object r;
            try {
                r = Calls.callValue(ctx, handler, new Object[] {(long) level, msg, file, (long) line});
            } finally {
                if (s.handler == null) s.handler = handler;
            }
            if (!Boolean.FALSE.equals(Values.deref(r))) return;
        }
        standard(ctx, level, msg, file, line);
    }

    /** php_error_cb: remember, print if reported, and end the run for a fatal level. */
    static void standard(Context ctx, int level, String msg, String file, int line) {
        remember(ctx.errors, level, msg, file, line);
        if (wouldPrint(ctx, level)) display(ctx, level, msg, file, line);
        if ((level & (Context.E_USER_ERROR | Context.E_ERROR | Context.E_RECOVERABLE_ERROR)) != 0) {
            throw new FatalError(label(level), msg, file, line, true);
        }
    }

    /** Prints a diagnostic as php's display does, between error_prepend_string and error_append_string. */
    private static void display(Context ctx, int level, String msg, String file, int line) {
        String before = ctx.ini.get("error_prepend_string"), after = ctx.ini.get("error_append_string");
        ctx.out.write((before == null ? "" : before) + "\n" + label(level) + ": " + msg + " in " + file + " on line " + line
                + "\n" + (after == null ? "" : after));
    }

    /** A fatal error (or uncaught throwable) php prints as the run ends: remembered, printed if reported. */
    static void printFatal(Context ctx, int level, String msg, String file, int line) {
        remember(ctx.errors, level, msg, file, line);
        if (wouldPrint(ctx, level)) display(ctx, level, msg, file, line);
    }

    private static void remember(State s, int level, String msg, String file, int line) {
        s.lastType = level;
        s.lastMessage = msg;
        s.lastFile = file;
        s.lastLine = line;
    }

    /** {@code error_get_last()}: type, message, file, line; null when there is none. */
    public static Object last(Context ctx) {
        State s = ctx.errors;
        if (s.lastType == 0) return null;
        PhpArray a = new PhpArray();
        a.put("type", (long) s.lastType);
        a.put("message", s.lastMessage);
        a.put("file", s.lastFile);
        a.put("line", (long) s.lastLine);
        return a;
    }

    public static void clearLast(Context ctx) {
        ctx.errors.lastType = 0;
        ctx.errors.lastMessage = ctx.errors.lastFile = null;
    }

    // ---- handler stacks (set_error_handler pushes the one it replaces; restore pops)

    public static Object setHandler(Context ctx, Object handler, int levels) {
        State s = ctx.errors;
        Object old = s.handler;
        s.handlerStack.push(new Object[] {old, s.handlerLevels});
        s.handler = handler;
        s.handlerLevels = levels;
        return old;
    }

    public static void restoreHandler(Context ctx) {
        State s = ctx.errors;
        Object[] prev = s.handlerStack.poll();
        s.handler = prev == null ? null : prev[0];
        s.handlerLevels = prev == null ? Context.E_ALL : (Integer) prev[1];
    }

    public static Object setExceptionHandler(Context ctx, Object handler) {
        State s = ctx.errors;
        Object old = s.exceptionHandler;
        s.exceptionStack.push(new Object[] {old});
        s.exceptionHandler = handler;
        return old;
    }

    public static void restoreExceptionHandler(Context ctx) {
        Object[] prev = ctx.errors.exceptionStack.poll();
        ctx.errors.exceptionHandler = prev == null ? null : prev[0];
    }

    // ---- the @ operator (ZEND_BEGIN_SILENCE / ZEND_END_SILENCE)

    /** Entering {@code @}: error_reporting keeps only the fatal levels; returns the level to restore. */
    public static int silenceBegin(Context ctx) {
        int old = ctx.ini.errorReporting;
        if ((old & ~FATAL_ERRORS) != 0) ctx.ini.errorReporting = old & FATAL_ERRORS;
        return old;
    }

    /** Leaving {@code @}: restores the level unless the silenced code set a non-silent one itself. */
    public static void silenceEnd(Context ctx, int old) {
        if ((ctx.ini.errorReporting & ~FATAL_ERRORS) == 0 && (old & ~FATAL_ERRORS) != 0) ctx.ini.errorReporting = old;
    }
}
