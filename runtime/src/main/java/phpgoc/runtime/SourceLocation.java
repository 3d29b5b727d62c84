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
     * function's name and the file/line of its call site (the next generated frame out). A file's
     * top-level code run by {@code include}/{@code require} (through {@link Includes}) is a frame
     * named after the construct, as php shows it ("include()").
     */
    static List<PhpError.TraceFrame> trace() {
        List<StackWalker.StackFrame> frames = WALKER.walk(s -> s
                .filter(f -> isGenerated(f) || Includes.includeFrameKind(f.getClassName(), f.getMethodName()) != null)
                .toList());
        List<PhpError.TraceFrame> out = new ArrayList<>();
        for (int i = 0; i < frames.size(); i++) {
            StackWalker.StackFrame f = frames.get(i);
            if (!isGenerated(f)) continue;
            String fn = phpFunctionName(f.getMethodName());
            if (fn == null && i + 1 < frames.size() && !isGenerated(frames.get(i + 1))) {
                fn = Includes.includeFrameKind(frames.get(i + 1).getClassName(), frames.get(i + 1).getMethodName());
            }
            if (fn == null) continue;
            StackWalker.StackFrame caller = null;
            for (int j = i + 1; j < frames.size() && caller == null; j++) {
                if (isGenerated(frames.get(j))) caller = frames.get(j);
            }
            // a PHP function the runtime called at the top (a destructor at script end): "[internal function]"
            out.add(caller == null ? new PhpError.TraceFrame(null, 0, fn)
                    : new PhpError.TraceFrame(caller.getFileName(), caller.getLineNumber(), fn));
        }
        return out;
    }

    private static boolean isGenerated(StackWalker.StackFrame f) {
        return f.getClassName().startsWith(GENERATED_PACKAGE) && f.getLineNumber() > 0;
    }

    /**
     * Generated method names: {@code f$name} for function {@code name}, {@code closure$N} for
     * closures ({@code closure$N$A\B} in namespace A\B);
     * anything else (top-level {@code run}, bridges) is not a PHP frame.
     */
    static String phpFunctionName(String method) {
        if (method.startsWith("f$")) return method.substring(2);
        if (method.startsWith("closure$")) {
            String cls = "";
            int c = method.indexOf("$$");
            if (c >= 0) {
                // closure$N[$ns]$$Class$m|s: a closure in the code of a class (see UnitCompiler.closureClass)
                cls = method.substring(c + 2, method.length() - 2) + (method.endsWith("$m") ? "->" : "::");
                method = method.substring(0, c);
            }
            int ns = method.indexOf('$', 8);
            return cls + (ns < 0 ? "{closure}" : method.substring(ns + 1) + "\\{closure}");
        }
        if (method.startsWith("m$") || method.startsWith("s$")) {
            // m$Class$method (instance) or s$Class$method (static), maybe with a $N suffix
            int sep = method.indexOf('$', 2);
            int end = method.indexOf('$', sep + 1);
            return method.substring(2, sep) + (method.charAt(0) == 'm' ? "->" : "::")
                    + method.substring(sep + 1, end < 0 ? method.length() : end);
        }
        return null;
    }
}
