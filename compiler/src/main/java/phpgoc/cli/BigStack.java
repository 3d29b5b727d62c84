package phpgoc.cli;

import java.util.concurrent.Callable;

/**
 * Runs a program on a platform thread with a large stack, so deeply recursive PHP code (which
 * php only bounds by memory) does not overflow the JVM's default 1 MB (or 8 MB) stack, whatever
 * {@code -Xss} the JVM was started with.
 */
final class BigStack {
    private BigStack() {}

    static final long STACK_BYTES = 1L << 30;

    static int call(Callable<Integer> body) throws Exception {
        int[] result = new int[1];
        Exception[] failure = new Exception[1];
        Error[] error = new Error[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = body.call();
            } catch (Exception e) {
                failure[0] = e;
            } catch (Error e) {
                error[0] = e;
            }
        }, "main", STACK_BYTES);
        t.start();
        t.join();
        if (error[0] != null) {
            throw error[0];
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return result[0];
    }
}
