package phpgoc.runtime;

/**
 * A PHP {@code Throwable} raised by the runtime or by PHP code ({@code Error}, {@code TypeError},
 * {@code DivisionByZeroError}, ...). Until the object model lands this carries the PHP class name;
 * file and line are where it was created, as in PHP.
 */
public class PhpError extends RuntimeException {
    public final String phpClass;
    public final String file;
    public final int line;
    /** PHP stack frames, innermost first, as php's trace shows them ("f(1, 0)" with file and line of the call). */
    public final java.util.List<TraceFrame> trace;

    public PhpError(String phpClass, String message) {
        super(message, null, false, false);
        this.phpClass = phpClass;
        SourceLocation loc = SourceLocation.current();
        this.file = loc.file();
        this.line = loc.line();
        this.trace = TraceFrame.capture();
    }

    public record TraceFrame(String file, int line, String function) {
        static java.util.List<TraceFrame> capture() { return SourceLocation.trace(); }
    }
}
