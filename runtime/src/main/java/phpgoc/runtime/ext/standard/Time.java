package phpgoc.runtime.ext.standard;

import java.time.Instant;
import phpgoc.runtime.Args;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;

/** Clock functions of ext/standard (date() and friends come later). */
public final class Time {
    private Time() {}

    /** hrtime's origin: php's is arbitrary (boot time); ours is the JVM's nanoTime origin. */
    public static Object hrtime() { return hrtime(false); }

    public static Object hrtime(Object as_number) {
        long ns = System.nanoTime();
        if (Args.toBool(as_number, "hrtime", 1, "as_number")) return ns;
        return PhpArray.of(ns / 1_000_000_000L, ns % 1_000_000_000L);
    }

    public static Object microtime() { return microtime(false); }

    /** "0.12345600 1700000000" (microseconds as a fraction, then seconds), or a float with as_float. */
    public static Object microtime(Object as_float) {
        Instant now = Instant.now();
        long sec = now.getEpochSecond();
        long usec = now.getNano() / 1000;
        if (Args.toBool(as_float, "microtime", 1, "as_float")) return sec + usec / 1e6;
        StringBuilder sb = new StringBuilder(21).append("0.");
        String u = Long.toString(usec);
        for (int i = u.length(); i < 6; i++) sb.append('0');
        return sb.append(u).append("00 ").append(sec).toString();
    }

    public static long time() { return System.currentTimeMillis() / 1000; }

    /** Sleeping does not count towards max_execution_time (php counts CPU time). */
    public static void usleep(phpgoc.runtime.Context ctx, Object microseconds) {
        long us = Args.toInt(microseconds, "usleep", 1, "microseconds");
        if (us < 0) throw new PhpError("ValueError", "usleep(): Argument #1 ($microseconds) must be greater than or equal to 0");
        TimeLimit.pause(ctx, () -> phpgoc.runtime.go.Blocking.run(ctx, () -> {
            try {
                Thread.sleep(us / 1000, (int) (us % 1000) * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    public static long sleep(phpgoc.runtime.Context ctx, Object seconds) {
        long s = Args.toInt(seconds, "sleep", 1, "seconds");
        if (s < 0) throw new PhpError("ValueError", "sleep(): Argument #1 ($seconds) must be greater than or equal to 0");
        boolean[] interrupted = {false};
        TimeLimit.pause(ctx, () -> phpgoc.runtime.go.Blocking.run(ctx, () -> {
            try {
                Thread.sleep(s * 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                interrupted[0] = true;
            }
        }));
        return interrupted[0] ? s : 0;
    }

    /** Sleeps {@code seconds} and {@code nanoseconds}; true (an interrupted sleep's remainder is not reported). */
    public static boolean time_nanosleep(phpgoc.runtime.Context ctx, Object seconds, Object nanoseconds) {
        long s = Args.toInt(seconds, "time_nanosleep", 1, "seconds");
        long ns = Args.toInt(nanoseconds, "time_nanosleep", 2, "nanoseconds");
        if (s < 0) throw new PhpError("ValueError", "time_nanosleep(): Argument #1 ($seconds) must be greater than or equal to 0");
        if (ns < 0) throw new PhpError("ValueError", "time_nanosleep(): Argument #2 ($nanoseconds) must be greater than or equal to 0");
        if (ns > 999_999_999L) {
            throw new PhpError("ValueError", "Nanoseconds was not in the range 0 to 999 999 999 or seconds was negative");
        }
        TimeLimit.pause(ctx, () -> phpgoc.runtime.go.Blocking.run(ctx, () -> {
            try {
                Thread.sleep(java.time.Duration.ofSeconds(s, ns));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        return true;
    }
}
