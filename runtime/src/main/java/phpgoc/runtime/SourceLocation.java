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

    /** A JVM frame as {@link #trace} reads it: from this thread's StackWalker or another thread's stack trace. */
    private record JFrame(String cls, String method, String file, int line) {
        boolean generated() { return cls.startsWith(GENERATED_PACKAGE) && line > 0; }

        /** A library function's Java method (named as the PHP function) on the stack: a callback's caller. */
        boolean builtin() {
            return cls.startsWith("phpgoc.runtime.ext.") && !cls.endsWith(".Backtraces")
                    && phpgoc.runtime.ext.Builtins.exists(method);
        }

        boolean relevant(boolean builtins) {
            return generated() || Includes.includeFrameKind(cls, method) != null || builtins && builtin();
        }
    }

    /**
     * PHP call frames, innermost first: for each generated method that is a PHP function, the
     * function's name and the file/line of its call site (the next generated frame out). A file's
     * top-level code run by {@code include}/{@code require} (through {@link Includes}) is a frame
     * named after the construct, as php shows it ("include()"). In a fiber, the frames go on in the
     * threads waiting for it: its {@code Fiber->start()} (or resume/throw) call, then that thread's
     * frames, and so on out to the main script.
     */
    static List<PhpError.TraceFrame> trace() { return trace(false); }

    /**
     * {@link #trace}; with {@code builtins} (debug_backtrace, which no unwinding completes) also the
     * frames of library functions that called back into PHP code, whose callees are then
     * "[internal function]", and the included file as an include frame's argument.
     */
    public static List<PhpError.TraceFrame> trace(boolean builtins) {
        List<JFrame> frames = WALKER.walk(s -> s
                .map(f -> new JFrame(f.getClassName(), f.getMethodName(), f.getFileName(), f.getLineNumber()))
                .filter(f -> f.relevant(builtins))
                .toList());
        List<PhpError.TraceFrame> out = new ArrayList<>();
        Context ctx = Context.current();
        addFrames(frames, out, builtins, ctx == null ? null : new ArgStack.Cursor(ctx, ctx.argStack, ctx.runningGenerator));
        if (ctx == null) return out;
        int own = out.size();
        for (phpgoc.runtime.fiber.Fibers.Link link : phpgoc.runtime.fiber.Fibers.waiting(ctx)) {
            List<JFrame> waiter = new ArrayList<>();
            for (StackTraceElement e : link.waiter().getStackTrace()) {
                JFrame f = new JFrame(e.getClassName(), e.getMethodName(), e.getFileName(), e.getLineNumber());
                if (f.relevant(builtins)) waiter.add(f);
            }
            if (link.frame() != null) {
                JFrame site = waiter.stream().filter(JFrame::generated).findFirst().orElse(null);
                out.add(new PhpError.TraceFrame(site == null ? null : site.file(), site == null ? 0 : site.line(),
                        link.frame(), link.args()));
            }
            addFrames(waiter, out, builtins, new ArgStack.Cursor(ctx, link.argStack(), link.runningGenerator()));
        }
        if (!builtins && out.size() > own) withWaitersArgs(ctx, out, own);
        return out;
    }

    /**
     * Gives the frames of the threads waiting for the running fiber, from index {@code from} on, the
     * arguments their shadow frames know ({@link CallFrames}): no exception thrown in the fiber
     * unwinds those frames while it runs, so traces could not learn them otherwise.
     */
    private static void withWaitersArgs(Context ctx, List<PhpError.TraceFrame> out, int from) {
        List<CallFrames.Known> known = CallFrames.lookup(ctx, out);
        for (int i = from; i < out.size(); i++) {
            PhpError.TraceFrame f = out.get(i);
            if (known.get(i) != null) out.set(i, new PhpError.TraceFrame(f.file(), f.line(), f.function(), known.get(i).args()));
        }
    }

    /**
     * Adds the PHP frames of {@code frames}; a PHP function's frame takes the arguments {@code stack}
     * knows for it (none for functions without parameters), and with {@code builtins} its {@code $this}.
     */
    private static void addFrames(List<JFrame> frames, List<PhpError.TraceFrame> out, boolean builtins,
                                  ArgStack.Cursor stack) {
        for (int i = 0; i < frames.size(); i++) {
            JFrame f = frames.get(i);
            boolean builtin = !f.generated() && builtins && f.builtin();
            if (!f.generated() && !builtin) continue;
            // of library functions calling each other (usort's sort), the one PHP code called
            if (builtin && i + 1 < frames.size() && frames.get(i + 1).builtin()) continue;
            String fn = builtin ? f.method() : phpFunctionName(f.method());
            List<Object> args = null;
            PhpObject self = null;
            if (fn == null && i + 1 < frames.size() && !frames.get(i + 1).generated()) {
                fn = Includes.includeFrameKind(frames.get(i + 1).cls(), frames.get(i + 1).method());
                // php shows the included file, except for the innermost frame
                if (fn != null && builtins && !out.isEmpty()) args = List.of(f.file());
            }
            if (fn == null) continue;
            ArgStack.Entry entry = args == null && !builtin && stack != null ? stack.entryFor(f.method()) : null;
            if (entry != null) {
                args = entry.args();
                if (entry.cls() != null) fn = entry.cls() + fn.substring(Math.max(fn.indexOf("->"), fn.indexOf("::")));
                if (builtins) self = entry.self(); // debug_backtrace's "object"; exception traces keep no objects
            } else if (builtins && args == null && !builtin && stack != null && stack.known()) {
                args = List.of(); // a body without an entry takes no arguments (extra ones have an entry of their own)
            }
            JFrame caller = null;
            boolean internal = false;
            for (int j = i + 1; j < frames.size() && caller == null; j++) {
                JFrame c = frames.get(j);
                if (c.generated()) caller = c;
                else if (builtins && c.builtin()) internal = true;
            }
            // a PHP function the runtime called at the top (a destructor at script end, a fiber's
            // function) or a library function called back: "[internal function]"
            out.add(caller == null || internal ? new PhpError.TraceFrame(null, 0, fn, args, self)
                    : new PhpError.TraceFrame(caller.file(), caller.line(), fn, args, self));
        }
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
