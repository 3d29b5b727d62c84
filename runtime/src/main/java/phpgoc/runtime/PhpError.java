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
    /**
     * PHP call frames, innermost first, as the JVM stack showed them when the error was created:
     * function names with the file and line of each call, no arguments (see {@link #frames}).
     */
    public final java.util.List<TraceFrame> trace;
    /** What the handlers passed while unwinding recorded, innermost first ({@link Traces}). */
    private java.util.List<Traces.Record> records;

    /**
     * Set when the error came out of a fiber through Fiber->start/resume/throw: its trace already
     * holds that call (it was made in the fiber, or before the call), so that builtin frame is not recorded.
     */
    public boolean fiberFrameInTrace;

    /** The code a runtime-raised exception's object gets ({@code getCode()}), e.g. JsonException's JSON_ERROR_*. */
    public long code;

    /** The thrown PHP object ({@code throw $e}); null for errors the runtime raised by class name. */
    public PhpObject object;

    public PhpError(String phpClass, String message) {
        this(phpClass, message, null);
    }

    /** {@code throw $e}: carries the PHP object (its class and message are read from it by the caller). */
    public PhpError(PhpObject thrown, String message) {
        this(thrown.cls.name, message, thrown);
    }

    /** An error raised at a place that is not the running code's (a syntax error in eval'd code). */
    public PhpError(String phpClass, String message, String file, int line) {
        super(message, null, false, false);
        this.phpClass = phpClass;
        this.file = file;
        this.line = line;
        this.trace = TraceFrame.capture();
    }

    private PhpError(String phpClass, String message, PhpObject object) {
        super(message, null, false, false);
        this.phpClass = phpClass;
        this.object = object;
        SourceLocation loc = SourceLocation.current();
        this.file = loc.file();
        this.line = loc.line();
        this.trace = TraceFrame.capture();
    }

    void record(Traces.Record r) {
        if (records == null) records = new java.util.ArrayList<>();
        records.add(r);
    }

    void clearRecords() { records = null; }

    java.util.List<Traces.Record> records() { return records == null ? java.util.List.of() : records; }

    /** The trace php prints: {@link #trace} with argument lists and library-function frames added. */
    public java.util.List<TraceFrame> frames() {
        return Traces.frames(trace, records());
    }

    /**
     * One frame: {@code function} is a name or a call with arguments ("f(1, 'x')"); a null file is
     * "[internal function]"; {@code args}, when not null, are the arguments of a frame known when it
     * was captured (a fiber's Fiber->start call); {@code self} is its {@code $this} where a
     * backtrace knows it (debug_backtrace()'s "object"), else null.
     */
    public record TraceFrame(String file, int line, String function, java.util.List<Object> args, PhpObject self) {
        public TraceFrame(String file, int line, String function, java.util.List<Object> args) {
            this(file, line, function, args, null);
        }

        public TraceFrame(String file, int line, String function) { this(file, line, function, null, null); }

        static java.util.List<TraceFrame> capture() { return SourceLocation.trace(); }
    }
}
