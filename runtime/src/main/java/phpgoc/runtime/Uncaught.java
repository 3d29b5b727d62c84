package phpgoc.runtime;

import java.util.List;
import java.util.Objects;

/** How php prints a throwable nobody caught: a fatal error with the class, message and stack trace. */
public final class Uncaught {
    private Uncaught() {}

    /**
     * The text php prints after {@code "Fatal error: "}, up to and including {@code "\n  thrown"}
     * (the caller appends " in FILE on line N"), e.g.
     * <pre>
     * Uncaught DivisionByZeroError: Division by zero in /x.php:3
     * Stack trace:
     * #0 /x.php(3): intdiv(1, 0)
     * #1 /x.php(7): f(1)
     * #2 {main}
     *   thrown</pre>
     */
    public static String message(PhpError e) {
        String msg = Objects.toString(e.getMessage(), "");
        StringBuilder sb = new StringBuilder("Uncaught ").append(e.phpClass);
        if (!msg.isEmpty()) sb.append(": ").append(msg);
        if ((e.phpClass.equals("TypeError") || e.phpClass.equals("ArgumentCountError")) && msg.contains(", called in ")) {
            sb.append(" and defined"); // as Exception::__toString
        }
        sb.append(" in ").append(e.file).append(':').append(e.line).append("\nStack trace:\n");
        appendTrace(sb, e.frames());
        return sb.append("  thrown").toString();
    }

    /** php's {@code getTraceAsString()} lines, each ending in "\n", the last "#n {main}". */
    public static void appendTrace(StringBuilder sb, List<PhpError.TraceFrame> trace) {
        int i = 0;
        if (trace != null) {
            for (PhpError.TraceFrame f : trace) {
                sb.append('#').append(i++).append(' ');
                if (f.file() == null || f.file().equals("Unknown")) sb.append("[internal function]");
                else sb.append(f.file()).append('(').append(f.line()).append(')');
                String fn = f.function();
                sb.append(": ").append(fn);
                if (fn.indexOf('(') < 0) sb.append('(').append(Traces.argList(f.args())).append(')');
                sb.append('\n');
            }
        }
        sb.append('#').append(i).append(" {main}\n");
    }

    /** Prints {@code e} as php does when it reaches the top of the script; the run then exits with 255. */
    public static void print(Context ctx, PhpError e) {
        if (e.phpClass.equals("ParseError") || e.phpClass.equals("CompileError")) {
            // php reports these two classes (not their subclasses) as the compile errors they stand for
            PhpObject o = Throwables.caught(ctx, e);
            ctx.printFatal(e.phpClass.equals("ParseError") ? "Parse error" : "Fatal error",
                    Convert.toStr(Throwables.get(o, "message")), Convert.toStr(Throwables.get(o, "file")),
                    (int) Convert.toLong(Throwables.get(o, "line")));
            return;
        }
        if (e.object != null) {
            Throwables.printUncaught(ctx, e);
            return;
        }
        ctx.printFatal("Fatal error", message(e), e.file, e.line);
    }
}
