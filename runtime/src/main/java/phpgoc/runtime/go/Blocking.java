package phpgoc.runtime.go;

import java.util.function.Supplier;
import phpgoc.runtime.Context;

/**
 * Blocking sections: a library function about to block its thread in a system call (sleep, a
 * socket read, a database query) wraps the call here, so that other go routines run meanwhile. The
 * caller gives up the baton, blocks only its own thread and counts as pending I/O (no deadlock is
 * reported while it waits), then waits for its turn again (appended to the run queue) before it
 * goes on with PHP code. The wrapped call must not run PHP code or touch the context's PHP state.
 * Without routines it is a plain call.
 */
public final class Blocking {
    private Blocking() {}

    /** Runs {@code io} as a blocking section of the calling routine; returns its result. */
    public static <T> T call(Context ctx, Supplier<T> io) {
        RoutineScheduler s = ctx == null ? null : RoutineScheduler.peek(ctx);
        if (s == null || s.closed() || s.aliveCount() == 0) return io.get();
        Routine me = s.me();
        s.enterIo(me);
        try {
            return io.get();
        } finally {
            s.leaveIo(me);
        }
    }

    /** {@link #call} for a call without a result. */
    public static void run(Context ctx, Runnable io) {
        call(ctx, () -> {
            io.run();
            return null;
        });
    }
}
