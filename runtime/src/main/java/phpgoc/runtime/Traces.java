package phpgoc.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The argument lists of php's stack traces ({@code #1 /x.php(9): f(1, 'abc', Array)}), recorded
 * while a {@link PhpError} unwinds, so the normal path pays nothing: every generated PHP function
 * has an exception handler that calls {@link #userFrame} with its parameters' current values and
 * rethrows, and every direct call of a library function (except php's frameless ones, which it
 * compiles to opcodes) is covered by a handler calling {@link #builtinFrame}. Handlers run
 * innermost first, so the k-th user record belongs to the k-th frame of the same name in the
 * trace captured when the error was created ({@link SourceLocation#trace}); builtin records are
 * frames of their own, placed where they were recorded.
 */
public final class Traces {
    private Traces() {}

    /** php's limit on a string argument's bytes before "...". */
    private static final int STRING_LIMIT = 15;

    /** What one handler learned: a frame's formatted arguments, and for builtins also the frame itself. */
    record Record(String function, String args, boolean builtin, boolean include, String file, int line, List<Object> values) {}

    /**
     * A user function's frame: {@code values} are its parameters, either the values passed (an error
     * in the prologue, {@code fromArgs}: a not-passed one is UNDEF, or null if by reference) or the
     * variables' current values (UNDEF prints as NULL); the variadic parameter's array is spread.
     * Bit i of {@code defaulted} is set when parameter i took its default value: php lists only the
     * arguments passed.
     */
    public static PhpError userFrame(PhpError e, String function, ParamInfo[] ps, Object[] values, int defaulted,
                                     boolean fromArgs) {
        int fixed = ps.length > 0 && ps[ps.length - 1].variadic() ? ps.length - 1 : ps.length;
        int passed = 0;
        for (int i = 0; i < fixed; i++) {
            if (i < 32 && (defaulted & (1 << i)) != 0) continue;
            Object v = values[i];
            if (fromArgs && (ps[i].byRef() ? v == null : v == Values.UNDEF)) continue;
            passed = i + 1;
        }
        StringBuilder sb = new StringBuilder();
        List<Object> raw = new ArrayList<>();
        for (int i = 0; i < passed; i++) {
            appendArg(sb, values[i]);
            raw.add(argValue(values[i]));
        }
        if (fixed < ps.length && values[fixed] instanceof PhpArray rest) {
            for (int pos = rest.firstPos(); pos >= 0; pos = rest.nextPos(pos)) {
                Object k = rest.keyAt(pos);
                if (sb.length() > 0) sb.append(", ");
                if (!(k instanceof Long)) sb.append(Convert.toStr(k)).append(": ");
                appendValue(sb, rest.valueAt(pos));
                raw.add(argValue(rest.valueAt(pos)));
            }
        }
        e.record(new Record(function, sb.toString(), false, false, null, 0, raw));
        return e;
    }

    /**
     * A library function's frame, called at {@code file}:{@code line} (or, with a null file, where
     * the innermost PHP code is). {@code args} are its Java arguments: UNDEF ones (optional, not
     * passed) are left out, an {@code Object[]} (the variadic rest) is spread.
     */
    public static PhpError builtinFrame(PhpError e, String function, Object[] args, String file, int line) {
        List<Object> raw = builtinArgs(function, args);
        String sb = argList(raw);
        if (file == null) {
            SourceLocation at = SourceLocation.current();
            file = at.file();
            line = at.line();
        }
        e.record(new Record(function, sb.toString(), true, false, file, line, raw));
        return e;
    }

    /**
     * The frame of {@code include}/{@code require}(_once): php shows the resolved path, except when
     * the error comes from the included file's own code (the innermost frame): "include()".
     */
    static PhpError includeFrame(PhpError e, String kind, String path) {
        StringBuilder sb = new StringBuilder();
        appendArg(sb, path);
        e.record(new Record(kind, sb.toString(), false, true, null, 0, List.of(path)));
        return e;
    }

    /**
     * The frames php prints, innermost first: the captured frames with the recorded arguments of
     * their functions, and the recorded builtin frames. A frame called by a builtin (a callback) is
     * "[internal function]" (null file).
     */
    static List<PhpError.TraceFrame> frames(List<PhpError.TraceFrame> captured, List<Record> records) {
        List<PhpError.TraceFrame> out = withRecords(captured, records);
        return ignoreArgs() ? withoutArgs(out) : out;
    }

    /** zend.exception_ignore_args of the running context: traces list no arguments. */
    static boolean ignoreArgs() {
        Context ctx = Context.current();
        return ctx != null && ctx.ini.exceptionIgnoreArgs;
    }

    private static List<PhpError.TraceFrame> withoutArgs(List<PhpError.TraceFrame> frames) {
        List<PhpError.TraceFrame> out = new ArrayList<>(frames.size());
        for (PhpError.TraceFrame f : frames) {
            String fn = f.function();
            int paren = fn.indexOf('(');
            out.add(new PhpError.TraceFrame(f.file(), f.line(), paren < 0 ? fn : fn.substring(0, paren) + "()", null));
        }
        return out;
    }

    private static List<PhpError.TraceFrame> withRecords(List<PhpError.TraceFrame> captured, List<Record> records) {
        List<PhpError.TraceFrame> out = new ArrayList<>();
        List<Boolean> builtin = new ArrayList<>();
        int next = 0;
        for (Record r : records) {
            if (r.builtin()) {
                out.add(new PhpError.TraceFrame(r.file(), r.line(), r.function() + "(" + r.args() + ")"));
                builtin.add(true);
                continue;
            }
            int j = next;
            while (j < captured.size() && !captured.get(j).function().equals(r.function())) j++;
            if (j == captured.size()) continue;
            for (; next < j; next++) { out.add(captured.get(next)); builtin.add(false); }
            PhpError.TraceFrame f = captured.get(next++);
            String args = r.include() && out.isEmpty() ? "" : f.args() != null ? argList(f.args()) : r.args();
            out.add(new PhpError.TraceFrame(f.file(), f.line(), f.function() + "(" + args + ")"));
            builtin.add(false);
        }
        for (; next < captured.size(); next++) { out.add(captured.get(next)); builtin.add(false); }
        for (int i = 0; i + 1 < out.size(); i++) {
            if (builtin.get(i + 1)) {
                PhpError.TraceFrame f = out.get(i);
                out.set(i, new PhpError.TraceFrame(null, 0, f.function(), f.args()));
            }
        }
        return out;
    }

    /**
     * The arguments php lists for a frame whose parameters hold {@code values} (an {@link ArgStack}
     * entry's, or a {@link CallFrames} entry's Refs; read now): with {@code bits} (the prologue ended)
     * those passed, not those that took their default; before that, those not missing (UNDEF, or
     * null for a by-reference one); the variadic rest spread, named ones under their names.
     */
    static List<Object> stackArgs(ParamInfo[] ps, Object[] values, Integer bits) {
        int fixed = Math.min(ps.length > 0 && ps[ps.length - 1].variadic() ? ps.length - 1 : ps.length, values.length);
        int passed = 0;
        for (int i = 0; i < fixed; i++) {
            if (bits != null ? i < 32 && (bits & (1 << i)) != 0
                    : values[i] == Values.UNDEF || ps[i].byRef() && values[i] == null) continue;
            passed = i + 1;
        }
        List<Object> raw = new ArrayList<>();
        for (int i = 0; i < passed; i++) raw.add(argValue(values[i]));
        if (fixed < ps.length && fixed < values.length && Values.deref(values[fixed]) instanceof PhpArray rest) {
            for (int pos = rest.firstPos(); pos >= 0; pos = rest.nextPos(pos)) {
                Object v = argValue(rest.valueAt(pos));
                raw.add(rest.keyAt(pos) instanceof Long ? v : new NamedArg(Convert.toStr(rest.keyAt(pos)), v));
            }
        }
        return raw;
    }

    /** A named argument that went to the variadic parameter: php lists it as "name: value", keyed so in "args". */
    record NamedArg(String name, Object value) {}

    /** A trace frame's "args" array: the arguments in order, named ones under their name. */
    public static PhpArray argsArray(List<Object> args) {
        PhpArray a = new PhpArray();
        for (Object v : args) {
            // the trace keeps the arguments: a constructor's argument is no longer held by one property only
            Destructors.escape(v instanceof NamedArg n ? n.value() : v);
            if (v instanceof NamedArg n) a.put(n.name(), n.value()); else a.append(v);
        }
        return a;
    }

    /**
     * The arguments php lists for library function {@code function} called with Java arguments
     * {@code args}: UNDEF ones (optional, not passed) left out, an {@code Object[]} (the variadic
     * rest) spread, Refs read now.
     */
    static List<Object> builtinArgs(String function, Object[] args) {
        List<Object> raw = new ArrayList<>();
        int argNo = 0;
        for (Object a : args) {
            argNo++;
            if (a == Values.UNDEF) continue;
            if (a instanceof Object[] rest) {
                for (Object r : rest) raw.add(argValue(r));
            } else {
                raw.add(argValue(a == null ? NullCoercions.coerced(function, argNo) : a));
            }
        }
        return raw;
    }

    /** Arguments as a trace line shows them ("1, 'a', Array"); "" for null. */
    static String argList(List<Object> args) {
        StringBuilder sb = new StringBuilder();
        if (args != null) for (Object v : args) appendArg(sb, v);
        return sb.toString();
    }

    /** An argument as a trace array holds it: deref'd, UNDEF as null, arrays copied. */
    static Object argValue(Object v) {
        v = Values.deref(v);
        return v == Values.UNDEF ? null : Values.copyOnAssign(v);
    }

    private static void appendArg(StringBuilder sb, Object v) {
        if (sb.length() > 0) sb.append(", ");
        if (v instanceof NamedArg n) {
            sb.append(n.name()).append(": ");
            v = n.value();
        }
        appendValue(sb, v);
    }

    /** One argument as php's {@code _build_trace_args} writes it. */
    static void appendValue(StringBuilder sb, Object v) {
        if (v instanceof Ref r) v = r.get();
        if (v == null || v == Values.UNDEF) sb.append("NULL");
        else if (v instanceof Boolean b) sb.append(b ? "true" : "false");
        else if (v instanceof Long l) sb.append(l.longValue());
        else if (v instanceof Double d) {
            String s = Convert.doubleToString(d, Convert.precision());
            sb.append(s);
            if (Double.isFinite(d) && s.indexOf('.') < 0) sb.append(".0");
        } else if (Values.isString(v)) {
            String s = Convert.toStr(v);
            sb.append('\'');
            Context ctx = Context.current();
            int limit = ctx == null ? STRING_LIMIT : Math.max(0, ctx.ini.traceStringLimit);
            appendEscaped(sb, s, Math.min(s.length(), limit));
            sb.append(s.length() > limit ? "...'" : "'");
        } else if (v instanceof PhpArray) sb.append("Array");
        else if (v instanceof PhpResource r) sb.append(r);
        else sb.append("Object(").append(Values.typeName(v)).append(')');
    }

    /** php's {@code smart_str_append_escaped}: control bytes, bytes above 126 and '\' escaped (Reflection's export text too). */
    public static void appendEscaped(StringBuilder sb, String s, int n) {
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 32 && c <= 126 && c != '\\') { sb.append(c); continue; }
            sb.append('\\');
            switch (c) {
                case '\n' -> sb.append('n');
                case '\r' -> sb.append('r');
                case '\t' -> sb.append('t');
                case '\f' -> sb.append('f');
                case 0x0B -> sb.append('v');
                case '\\' -> sb.append('\\');
                case 0x1B -> sb.append('e');
                default -> sb.append('x').append(HEX.charAt((c >> 4) & 0xF)).append(HEX.charAt(c & 0xF));
            }
        }
    }

    private static final String HEX = "0123456789ABCDEF";
}
