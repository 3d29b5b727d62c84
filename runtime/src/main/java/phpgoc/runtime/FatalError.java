package phpgoc.runtime;

/**
 * A PHP fatal error (not catchable from PHP). The runner prints
 * {@code "\nFatal error: " + message + " in " + file + " on line " + line} and exits with 255.
 * {@code kind} is the label php prints ("Fatal error", "Parse error").
 */
public final class FatalError extends RuntimeException {
    public final String kind;
    public final String file;
    public final int line;
    /** Already printed where it was raised (php's E_USER_ERROR path): the runner only ends the run. */
    public final boolean printed;

    public FatalError(String kind, String message, String file, int line) {
        this(kind, message, file, line, false);
    }

    public FatalError(String kind, String message, String file, int line, boolean printed) {
        super(message, null, false, false);
        this.kind = kind;
        this.file = file;
        this.line = line;
        this.printed = printed;
    }

    /** A fatal error at the PHP code location currently executing. */
    public static FatalError here(String message) {
        SourceLocation loc = SourceLocation.current();
        return new FatalError("Fatal error", message, loc.file(), loc.line());
    }
}
