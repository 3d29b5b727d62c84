package phpgoc.runtime.ext.standard;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.FatalError;

/**
 * {@code max_execution_time} / {@code set_time_limit}: a shared watchdog thread sets the context's
 * {@link Context#timeUp} flag when the limit passes; generated code reads the flag at the top of
 * every loop iteration and ends the run with php's fatal error. With no limit (php -n's default)
 * nothing is scheduled and the checks only read a false flag. php counts CPU time, so sleeping
 * ({@link #pause}) does not count.
 */
public final class TimeLimit {
    private TimeLimit() {}

    /** One daemon thread for all contexts; it only flips flags. */
    private static final class Watchdog {
        static final ScheduledThreadPoolExecutor EXEC = create();

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor ex = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "phpgoc-time-limit");
                t.setDaemon(true);
                return t;
            });
            ex.setRemoveOnCancelPolicy(true);
            return ex;
        }
    }

    /** A context's running limit: its seconds (for the message) and the pending timer. */
    static final class State {
        long seconds;
        long deadlineNanos;
        ScheduledFuture<?> timer;
    }

    private static State state(Context ctx) { return ctx.extensionState(State.class, State::new); }

    /** Starts counting {@code seconds} from now (0 or less: no limit), replacing any running count. */
    public static void start(Context ctx, long seconds) {
        State s = state(ctx);
        if (s.timer != null) s.timer.cancel(false);
        s.timer = null;
        s.seconds = seconds;
        ctx.timeUp = false;
        if (seconds > 0) schedule(ctx, s, TimeUnit.SECONDS.toNanos(seconds));
    }

    private static void schedule(Context ctx, State s, long nanos) {
        s.deadlineNanos = System.nanoTime() + nanos;
        s.timer = Watchdog.EXEC.schedule(() -> { ctx.timeUp = true; }, nanos, TimeUnit.NANOSECONDS);
    }

    /** Stops the count (the script ended: shutdown functions run without the limit). */
    public static void cancel(Context ctx) {
        State s = ctx.extensionState(State.class, State::new);
        if (s.timer != null) s.timer.cancel(false);
        s.timer = null;
        ctx.timeUp = false;
    }

    /**
     * Runs {@code sleep} without counting it (php's limit is CPU time): the timer is stopped and
     * started again with what was left.
     */
    public static void pause(Context ctx, Runnable sleep) {
        State s = state(ctx);
        if (s.timer == null || ctx.timeUp) {
            sleep.run();
            return;
        }
        long left = java.lang.Math.max(1, s.deadlineNanos - System.nanoTime());
        s.timer.cancel(false);
        s.timer = null;
        try {
            sleep.run();
        } finally {
            schedule(ctx, s, left);
        }
    }

    /** The check's slow path: the flag is set, so the limit passed; php's fatal error at the running line. */
    public static void exceeded(Context ctx) {
        if (!ctx.timeUp) return;
        if (phpgoc.runtime.go.GoFunctions.interruptedByRoutine(ctx)) return;
        State s = state(ctx);
        cancel(ctx);
        throw FatalError.here("Maximum execution time of " + s.seconds + " second" + (s.seconds == 1 ? "" : "s") + " exceeded");
    }

    /** {@code set_time_limit($seconds)}: sets max_execution_time and restarts the count. */
    public static boolean set_time_limit(Context ctx, Object seconds) {
        long n = Args.toInt(seconds, "set_time_limit", 1, "seconds");
        ctx.ini.set("max_execution_time", Long.toString(n));
        return true;
    }
}
