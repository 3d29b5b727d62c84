package phpgoc.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Turns anything the compiler or runtime throws into a one-line message and php's exit code. */
final class Failures {
    private Failures() {}

    interface Body {
        int run() throws Exception;
    }

    static int guard(OutputStream stdout, PrintStream stderr, Body body) {
        try {
            return body.run();
        } catch (UncheckedIOException e) {
            if (isBrokenPipe(e.getCause())) {
                return 255; // as php: the reader went away (`phpgoc x.php | head`), say nothing
            }
            return internal(stderr, e);
        } catch (StackOverflowError e) {
            flushQuietly(stdout);
            stderr.println("phpgoc: stack overflow (recursion too deep)");
            debug(stderr, e);
            return 255;
        } catch (OutOfMemoryError e) {
            flushQuietly(stdout);
            stderr.println("phpgoc: out of memory (raise the JVM heap, e.g. PHPGOC_JAVA_OPTS=-Xmx4g)");
            return 255;
        } catch (Exception | Error e) {
            flushQuietly(stdout);
            return internal(stderr, e);
        } finally {
            flushQuietly(stdout);
        }
    }

    private static int internal(PrintStream stderr, Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof UnsupportedOperationException) {
            stderr.println("phpgoc: not supported yet: " + message);
        } else {
            stderr.println("phpgoc: internal error: " + e.getClass().getSimpleName() + ": " + message);
        }
        debug(stderr, e);
        return 255;
    }

    private static void debug(PrintStream stderr, Throwable e) {
        if (System.getenv("PHPGOC_DEBUG") != null) {
            e.printStackTrace(stderr);
        } else {
            stderr.println("phpgoc: (set PHPGOC_DEBUG=1 for the Java stack trace)");
        }
    }

    private static boolean isBrokenPipe(Throwable t) {
        return t instanceof IOException && t.getMessage() != null && t.getMessage().contains("Broken pipe");
    }

    private static void flushQuietly(OutputStream out) {
        try {
            out.flush();
        } catch (IOException ignored) {
            // nothing more can be written anyway
        }
    }
}
