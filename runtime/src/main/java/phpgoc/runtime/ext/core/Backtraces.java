package phpgoc.runtime.ext.core;

import java.util.List;
import phpgoc.runtime.Args;
import phpgoc.runtime.CallFrames;
import phpgoc.runtime.Context;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpFunction;
import phpgoc.runtime.SourceLocation;


/**
 * {@code debug_backtrace()} and {@code debug_print_backtrace()}: the PHP frames read off the JVM
 * stack ({@link SourceLocation#trace(boolean)}, fibers' waiting threads included), library functions
 * that called back into PHP code among them. Arguments come from the frames' ArgStack entries (as
 * exception traces take them, extra arguments included) or else the shadow frames of files that
 * call these functions or name Fiber ({@link CallFrames}), as does {@code $this} ("object"); for
 * other frames "args" is known only where it must be empty (a function or method that declares no
 * parameters) or is the included file, else the key is left out; library functions' frames show no
 * arguments outside files that keep shadow frames.
 */
public final class Backtraces {
    private Backtraces() {}

    public static final long PROVIDE_OBJECT = 1, IGNORE_ARGS = 2;

    public static PhpArray debug_backtrace(Context ctx) { return debug_backtrace(ctx, PROVIDE_OBJECT, 0L); }

    public static PhpArray debug_backtrace(Context ctx, Object options) { return debug_backtrace(ctx, options, 0L); }

    public static PhpArray debug_backtrace(Context ctx, Object options, Object limit) {
        long opts = Args.toInt(options, "debug_backtrace", 1, "options");
        long max = Args.toInt(limit, "debug_backtrace", 2, "limit");
        return build(ctx, frames(max), (opts & PROVIDE_OBJECT) != 0, (opts & IGNORE_ARGS) == 0);
    }

    public static void debug_print_backtrace(Context ctx) { debug_print_backtrace(ctx, 0L, 0L); }

    public static void debug_print_backtrace(Context ctx, Object options) { debug_print_backtrace(ctx, options, 0L); }

    public static void debug_print_backtrace(Context ctx, Object options, Object limit) {
        long opts = Args.toInt(options, "debug_print_backtrace", 1, "options");
        long max = Args.toInt(limit, "debug_print_backtrace", 2, "limit");
        PhpArray trace = build(ctx, frames(max), false, (opts & IGNORE_ARGS) == 0);
        // php 8 prints the trace as getTraceAsString() does, without the final "{main}" line
        String s = phpgoc.runtime.Throwables.traceString(trace);
        int main = s.lastIndexOf('#');
        ctx.echo(s.substring(0, main));
    }

    /** The frames of the caller of debug_backtrace() outwards, at most {@code limit} (0: all). */
    private static List<PhpError.TraceFrame> frames(long limit) {
        List<PhpError.TraceFrame> all = SourceLocation.trace(true);
        return limit > 0 && limit < all.size() ? all.subList(0, (int) limit) : all;
    }

    private static PhpArray build(Context ctx, List<PhpError.TraceFrame> frames, boolean withObject, boolean withArgs) {
        List<CallFrames.Known> known = CallFrames.lookup(ctx, frames);
        PhpArray out = new PhpArray();
        for (int i = 0; i < frames.size(); i++) out.append(frameArray(ctx, frames.get(i), known.get(i), withObject, withArgs));
        return out;
    }

    /** A frame as debug_backtrace() gives it: file, line, function, class, object, type, args. */
    private static PhpArray frameArray(Context ctx, PhpError.TraceFrame f, CallFrames.Known known, boolean withObject,
                                       boolean withArgs) {
        PhpArray a = new PhpArray();
        if (f.file() != null && !f.file().equals("Unknown")) {
            a.put("file", f.file());
            a.put("line", (long) f.line());
        }
        String fn = f.function();
        int arrow = fn.indexOf("->"), colons = fn.indexOf("::");
        int sep = arrow >= 0 && (colons < 0 || arrow < colons) ? arrow : colons;
        String cls = null, name = fn;
        if (sep > 0) {
            cls = fn.substring(0, sep);
            name = fn.substring(sep + 2);
        }
        a.put("function", name);
        if (cls != null) {
            a.put("class", cls);
            Object self = f.self() != null ? f.self() : known != null ? known.self() : null;
            if (withObject && self != null && fn.startsWith("->", sep)) {
                a.put("object", self);
                phpgoc.runtime.Destructors.escape(self);
            }
            a.put("type", fn.substring(sep, sep + 2));
        }
        if (withArgs) {
            // the ArgStack's arguments (f.args) include the extra ones, which shadow frames lack
            if (f.args() != null) a.put("args", phpgoc.runtime.Traces.argsArray(f.args()));
            else if (known != null) a.put("args", phpgoc.runtime.Traces.argsArray(known.args()));
            else if (declaresNoParams(ctx, cls, name)) a.put("args", new PhpArray());
        }
        return a;
    }

    private static boolean declaresNoParams(Context ctx, String cls, String name) {
        if (name.endsWith("{closure}")) return false;
        if (cls == null) {
            PhpFunction fn = ctx.findFunction(name);
            return fn != null && fn.params().length == 0;
        }
        PhpClass c = ctx.findClass(cls);
        MethodInfo m = c == null ? null : c.findMethod(name);
        return m != null && m.params.length == 0 && m.declaring.file != null;
    }

}
