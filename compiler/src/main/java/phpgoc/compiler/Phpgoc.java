package phpgoc.compiler;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The compiler's public API: run a PHP program as {@code php -n} would, check syntax, or compile
 * ahead of time for a jar. PHP-level errors never escape as Java exceptions: they are printed as
 * php prints them and reflected in the exit code.
 */
public final class Phpgoc {
    private Phpgoc() {}

    /** {@code php -n -d k=v... script args...}: compiles in memory, runs, returns the exit code. */
    public static int run(Path script, List<String> args, Map<String, String> ini, OutputStream stdout) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** {@code php -n -r code args...}. */
    public static int runCode(String code, List<String> args, Map<String, String> ini, OutputStream stdout) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** {@code php -n -l script}: prints "No syntax errors detected in ..." or the parse error; returns 0 or 255. */
    public static int lint(Path script, OutputStream stdout) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /**
     * Compiles a script, or every {@code .php} file under a directory, ahead of time. Returns the
     * class files by internal name ("phpgoc/gen/..."), plus the index that maps each PHP file's
     * absolute path to its class under the key {@link #AHEAD_INDEX}.
     */
    public static Map<String, byte[]> compileAhead(Path scriptOrDir) {
        throw new UnsupportedOperationException("not implemented yet");
    }

    /** Resource name (in a built jar) of the index written by {@link #compileAhead}. */
    public static final String AHEAD_INDEX = "META-INF/phpgoc/index.properties";

    /**
     * Runs {@code script} using classes compiled ahead (found through {@link #AHEAD_INDEX} on the
     * class path), compiling at run time only files that were not compiled ahead.
     */
    public static int runAhead(Path script, List<String> args, Map<String, String> ini, OutputStream stdout) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
