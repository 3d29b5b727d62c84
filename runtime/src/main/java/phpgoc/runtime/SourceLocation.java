package phpgoc.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The PHP file and line executing now, read off the JVM stack: generated classes live in
 * {@link #GENERATED_PACKAGE}, their {@code SourceFile} is the PHP file's absolute path and their
 * line table has PHP lines. Only error paths call this, never hot code.
 */
public record SourceLocation(String file, int line) {
    public static final String GENERATED_PACKAGE = "phpgoc.gen.";
    private static final StackWalker WALKER = StackWalker.getInstance();
    private static final SourceLocation UNKNOWN = new SourceLocation("Unknown", 0);

    public static SourceLocation current() {
        return WALKER.walk(frames -> frames
                .filter(f -> f.getClassName().startsWith(GENERATED_PACKAGE) && f.getLineNumber() > 0)
                .findFirst()
                .map(f -> new SourceLocation(f.getFileName(), f.getLineNumber()))
                .orElse(UNKNOWN));
    }

    /**
     * PHP call frames, innermost first: for each generated method that is a PHP function, the
     * function's name and the file/line of its call site (the next generated frame out).
     */
    static List<PhpError.TraceFrame> trace() {
        List<StackWalker.StackFrame> gen = WALKER.walk(frames -> frames
                .filter(f -> f.getClassName().startsWith(GENERATED_PACKAGE) && f.getLineNumber() > 0)
                .toList());
        List<PhpError.TraceFrame> out = new ArrayList<>();
        for (int i = 0; i + 1 < gen.size(); i++) {
            String fn = phpFunctionName(gen.get(i).getMethodName());
            if (fn == null) continue;
            StackWalker.StackFrame caller = gen.get(i + 1);
            out.add(new PhpError.TraceFrame(caller.getFileName(), caller.getLineNumber(), fn));
        }
        return out;
    }

    /**
     * Generated method names: {@code f$name} for function {@code name}, {@code closure$N} for
     * closures; anything else (top-level {@code run}, bridges) is not a PHP frame.
     */
    static String phpFunctionName(String method) {
        if (method.startsWith("f$")) return method.substring(2);
        if (method.startsWith("closure$")) return "{closure}";
        return null;
    }
}
