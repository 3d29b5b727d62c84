package phpgoc.runtime.go;

import phpgoc.runtime.FatalError;
import phpgoc.runtime.SourceLocation;

/**
 * The deadlock error (docs/go.md "Deadlock"): php's fatal error at the line where main is blocked,
 * then, main first and the others by id, each blocked routine's reason and PHP frames
 * ({@code file:line}, innermost first), read from the parked threads' stacks only now.
 */
final class DeadlockReport {
    private DeadlockReport() {}

    static final String MESSAGE = "all go routines are asleep - deadlock!";

    /** On main's thread: prints the error and the routines; returns the (printed) fatal error to throw. */
    static FatalError raise(RoutineScheduler s) {
        SourceLocation at = SourceLocation.current();
        s.ctx.printFatal("Fatal error", MESSAGE, at.file(), at.line());
        StringBuilder sb = new StringBuilder();
        for (Routine r : s.blockedRoutines()) {
            sb.append("goroutine ").append(r.id).append(" [").append(r.reason).append("]:\n");
            Thread t = r.isMain() ? Thread.currentThread() : r.thread;
            if (t == null) continue;
            for (StackTraceElement f : t.getStackTrace()) {
                if (isPhpFrame(f)) {
                    sb.append("  ").append(f.getFileName()).append(':').append(f.getLineNumber()).append('\n');
                }
            }
        }
        // after the error line, where php shows it (display_errors, error_reporting)
        if (s.ctx.ini.displayErrors && (s.ctx.ini.errorReporting & phpgoc.runtime.Context.E_ERROR) != 0) {
            s.ctx.out.write(sb.toString());
        }
        return new FatalError("Fatal error", MESSAGE, at.file(), at.line(), true);
    }

    /**
     * A generated method that is PHP code: a function, closure or method ({@code f$}, {@code closure$},
     * {@code m$}, {@code s$}) or a file's top-level code ({@code main$}); not the unit's entry wrapper
     * or call bridges.
     */
    private static boolean isPhpFrame(StackTraceElement f) {
        if (!f.getClassName().startsWith(SourceLocation.GENERATED_PACKAGE) || f.getLineNumber() <= 0) return false;
        String m = f.getMethodName();
        return m.equals("main$") || m.startsWith("f$") || m.startsWith("closure$") || m.startsWith("m$") || m.startsWith("s$");
    }
}
