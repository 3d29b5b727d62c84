package phpgoc.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code Throwable} hierarchy as built-in classes ({@code Exception}, {@code Error}, their
 * subclasses, the SPL exceptions) and what generated code calls for {@code throw} and
 * {@code catch}. A thrown object travels in a {@link PhpError}; the runtime's own errors get their
 * object when caught ({@link #caught}). The {@code trace} property is built when the object is
 * created (frames without arguments) and receives the arguments the unwinding recorded
 * ({@link Traces}) each time the object is caught or reaches the top.
 */
public final class Throwables {
    private Throwables() {}

    private static final int PUB = ClassTemplate.PUBLIC, PROT = ClassTemplate.PROTECTED, PRIV = ClassTemplate.PRIVATE,
            FINAL = ClassTemplate.FINAL;
    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final Map<String, ClassTemplate> TEMPLATES = new HashMap<>();

    static final ClassTemplate THROWABLE = iface("Throwable", new String[] {"Stringable"});
    static final ClassTemplate EXCEPTION = base("Exception");
    static final ClassTemplate ERROR = base("Error");

    static {
        ClassTemplate ee = new ClassTemplate("ErrorException", ClassTemplate.KIND_CLASS, 0, "Exception", new String[0],
                handle("init", MethodType.methodType(Object.class, Context.class, int.class)), null, 0);
        ee.prop("severity", PROT, 4);
        ee.method("__construct", PUB, handle("eeConstruct", 6), params("message", "code", "severity", "filename", "line", "previous"));
        ee.method("getSeverity", PUB | FINAL, handle("getSeverity", 0), params());
        TEMPLATES.put("errorexception", ee);
        String[][] subs = {
            {"CompileError", "Error"}, {"ParseError", "CompileError"}, {"TypeError", "Error"},
            {"ArgumentCountError", "TypeError"}, {"ValueError", "Error"}, {"ArithmeticError", "Error"},
            {"DivisionByZeroError", "ArithmeticError"}, {"UnhandledMatchError", "Error"}, {"AssertionError", "Error"},
            {"JsonException", "Exception"}, {"ReflectionException", "Exception"}, {"LogicException", "Exception"},
            {"BadFunctionCallException", "LogicException"}, {"BadMethodCallException", "BadFunctionCallException"},
            {"DomainException", "LogicException"}, {"InvalidArgumentException", "LogicException"},
            {"LengthException", "LogicException"}, {"OutOfRangeException", "LogicException"},
            {"RuntimeException", "Exception"}, {"OutOfBoundsException", "RuntimeException"},
            {"OverflowException", "RuntimeException"}, {"RangeException", "RuntimeException"},
            {"UnderflowException", "RuntimeException"}, {"UnexpectedValueException", "RuntimeException"},
        };
        for (String[] s : subs) {
            TEMPLATES.put(s[0].toLowerCase(Locale.ROOT),
                    new ClassTemplate(s[0], ClassTemplate.KIND_CLASS, 0, s[1], new String[0], null, null, 0));
        }
    }

    private static ClassTemplate iface(String name, String[] parents) {
        ClassTemplate t = new ClassTemplate(name, ClassTemplate.KIND_INTERFACE, 0, null, parents, null, null, 0);
        TEMPLATES.put(name.toLowerCase(Locale.ROOT), t);
        return t;
    }

    /** Exception or Error: the seven properties and the final methods. */
    private static ClassTemplate base(String name) {
        ClassTemplate t = new ClassTemplate(name, ClassTemplate.KIND_CLASS, 0, null, new String[] {"Throwable"},
                handle("init", MethodType.methodType(Object.class, Context.class, int.class)), null, 0);
        t.prop("message", PROT, 0).prop("string", PRIV, 0).prop("code", PROT, 1).prop("file", PROT | ClassTemplate.TYPED, 0)
                .prop("line", PROT | ClassTemplate.TYPED, -1).prop("trace", PRIV | ClassTemplate.TYPED, 2)
                .prop("previous", PRIV | ClassTemplate.TYPED, 3);
        t.method("__clone", PRIV, handle("noop", 0), params());
        t.method("__construct", PUB, handle("construct", 3), params("message", "code", "previous"));
        t.method("__wakeup", PUB, handle("noop", 0), params());
        t.method("getMessage", PUB | FINAL, handle("getMessage", 0), params());
        t.method("getCode", PUB | FINAL, handle("getCode", 0), params());
        t.method("getFile", PUB | FINAL, handle("getFile", 0), params());
        t.method("getLine", PUB | FINAL, handle("getLine", 0), params());
        t.method("getTrace", PUB | FINAL, handle("getTrace", 0), params());
        t.method("getPrevious", PUB | FINAL, handle("getPrevious", 0), params());
        t.method("getTraceAsString", PUB | FINAL, handle("getTraceAsString", 0), params());
        t.method("__toString", PUB, handle("toStringMethod", 0), params());
        TEMPLATES.put(name.toLowerCase(Locale.ROOT), t);
        return t;
    }

    private static ParamInfo[] params(String... names) {
        ParamInfo[] ps = new ParamInfo[names.length];
        for (int i = 0; i < names.length; i++) ps[i] = new ParamInfo(names[i], false, false, true);
        return ps;
    }

    private static MethodHandle handle(String name, int nParams) { return BuiltinMethods.body(L, name, nParams); }

    private static MethodHandle handle(String name, MethodType type) {
        try {
            return L.findStatic(Throwables.class, name, type);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Property defaults: 0 "", 1 int 0, 2 [], 3 null, 4 E_ERROR. */
    static Object init(Context ctx, int i) {
        return switch (i) {
            case 0 -> "";
            case 1 -> 0L;
            case 2 -> new PhpArray();
            case 4 -> 1L;
            default -> null;
        };
    }

    /** The built-in throwable class {@code lower} declared in {@code ctx} now (parents first), or null. */
    static PhpClass builtin(Context ctx, String lower) {
        ClassTemplate t = TEMPLATES.get(lower);
        if (t == null) return null;
        PhpClass parent = t.parent == null ? null : ctx.findClass(t.parent);
        List<PhpClass> ifaces = new ArrayList<>();
        for (String i : t.interfaces) ifaces.add(ctx.findClass(i));
        PhpClass c = new PhpClass(ctx, t, parent, ifaces);
        ctx.declareClass(c);
        return c;
    }

    /** php forbids user classes to implement Throwable other than through Exception or Error. */
    static void checkDeclared(PhpClass c) {
        if (c.tpl.kind == ClassTemplate.KIND_CLASS && !c.isA("exception") && !c.isA("error")) {
            throw new FatalError("Fatal error", "Class " + c.name + " cannot implement interface Throwable, extend Exception or Error instead",
                    c.tpl.file, c.tpl.line);
        }
    }

    // ---------------------------------------------------------------- properties

    private static ClassTemplate root(PhpObject o) { return o.cls.isA("exception") ? EXCEPTION : ERROR; }

    static Object get(PhpObject o, String name) {
        PhpClass.PropInfo p = o.cls.findProp(name, root(o));
        if (p == null) return o.dyn == null ? null : Values.deref(o.dyn.lookup(name));
        Object v = o.getSlot(p.slot());
        return v == Values.UNDEF ? null : Values.deref(v);
    }

    static void set(PhpObject o, String name, Object v) {
        PhpClass.PropInfo p = o.cls.findProp(name, root(o));
        if (p != null) {
            Object old = o.getSlot(p.slot());
            if (old instanceof Ref r) r.value = v; else o.setSlot(p.slot(), v);
        }
    }

    /** A new throwable object: file and line where it is created, the trace of the calls leading there. */
    static void created(PhpObject o) {
        SourceLocation at = SourceLocation.current();
        set(o, "file", at.file());
        set(o, "line", (long) at.line());
        set(o, "trace", traceArray(SourceLocation.trace()));
    }

    private static PhpArray traceArray(List<PhpError.TraceFrame> frames) {
        PhpArray a = new PhpArray();
        for (PhpError.TraceFrame f : frames) {
            PhpArray fa = frame(f.file(), f.line(), f.function());
            if (f.args() != null && !Traces.ignoreArgs()) fa.put("args", Traces.argsArray(f.args()));
            a.append(fa);
        }
        return a;
    }

    /** One frame array: {@code function} as the trace names it ("A->m", "A::m", "f"). */
    private static PhpArray frame(String file, int line, String function) {
        PhpArray f = new PhpArray();
        if (file != null && !file.equals("Unknown")) {
            f.put("file", file);
            f.put("line", (long) line);
        }
        int arrow = function.indexOf("->"), colons = function.indexOf("::");
        int sep = arrow >= 0 && (colons < 0 || arrow < colons) ? arrow : colons;
        if (sep > 0) {
            f.put("function", function.substring(sep + 2));
            f.put("class", function.substring(0, sep));
            f.put("type", function.substring(sep, sep + 2));
        } else {
            f.put("function", function);
        }
        return f;
    }

    private static String frameName(PhpArray f) {
        Object c = f.lookup("class");
        String fn = Convert.toStr(f.lookup("function"));
        return c == Values.UNDEF ? fn : Convert.toStr(c) + Convert.toStr(f.lookup("type")) + fn;
    }

    /**
     * Gives the frames of {@code o}'s trace that have none the arguments that {@code e}'s unwinding
     * recorded: records are matched to frames of the same name in order.
     */
    private static void merge(PhpObject o, PhpError e) {
        List<Traces.Record> records = e.records();
        if (records.isEmpty()) return;
        e.clearRecords();
        if (!(get(o, "trace") instanceof PhpArray arr)) return;
        List<PhpArray> frames = new ArrayList<>();
        List<Boolean> builtin = new ArrayList<>();
        for (int pos = arr.firstPos(); pos >= 0; pos = arr.nextPos(pos)) {
            frames.add(arr.valueAt(pos) instanceof PhpArray f ? f.copy() : new PhpArray());
            builtin.add(false);
        }
        int next = 0;
        for (Traces.Record r : records) {
            if (r.builtin()) {
                PhpArray f = frame(r.file(), r.line(), r.function());
                f.put("args", PhpArray.of(r.values().toArray()));
                frames.add(next, f);
                builtin.add(next, true);
                next++;
                continue;
            }
            int j = next;
            while (j < frames.size() && !frameName(frames.get(j)).equals(r.function())) j++;
            if (j == frames.size()) continue;
            PhpArray f = frames.get(j);
            // arguments known when the trace was taken (ArgStack) are those php shows: it takes them then
            if (!f.containsKey("args")) f.put("args", r.include() && j == 0 ? new PhpArray() : PhpArray.of(r.values().toArray()));
            next = j + 1;
        }
        PhpArray out = new PhpArray();
        for (int i = 0; i < frames.size(); i++) {
            PhpArray f = frames.get(i);
            if (i + 1 < frames.size() && builtin.get(i + 1)) {
                f.remove("file");
                f.remove("line");
            }
            if (Traces.ignoreArgs()) f.remove("args");
            out.append(f);
        }
        set(o, "trace", out);
    }

    // ---------------------------------------------------------------- throw and catch

    /** {@code throw v}: the PhpError to throw. */
    public static PhpError toThrow(Object v) {
        v = Values.deref(v);
        if (v instanceof PhpObject o) {
            if (o.cls.isA("throwable")) return new PhpError(o, Convert.toStr(get(o, "message")));
            return new PhpError("Error", "Cannot throw objects that do not implement Throwable");
        }
        return new PhpError("Error", "Can only throw objects");
    }

    /** A catch handler got {@code e}: its PHP object, created now for the runtime's own errors. */
    public static PhpObject caught(Context ctx, PhpError e) {
        if (e instanceof GracefulExit) throw e; // a destroyed fiber unwinds through finally blocks only
        ctx.strictCall = false; // a strict call that failed before its callee's entry
        if (e instanceof Generator.Destroy) throw e; // a destroyed generator unwinds through finally blocks only
        PhpObject o = e.object;
        if (o == null) {
            PhpClass c = ctx.findClass(e.phpClass);
            if (c == null) c = ctx.findClass("Error");
            o = c.instantiate();
            set(o, "message", java.util.Objects.toString(e.getMessage(), ""));
            if (e.code != 0) set(o, "code", e.code);
            set(o, "file", e.file);
            set(o, "line", (long) e.line);
            set(o, "trace", traceArray(e.trace));
            e.object = o;
        }
        merge(o, e);
        return o;
    }

    /** Whether a caught object is an instance of the class {@code lower} (a lower-case name). */
    public static boolean isA(PhpObject o, String lower) { return o.cls.isA(lower); }

    /**
     * An exception thrown by a {@code finally} block while {@code pending} was unwinding: php
     * chains the pending one as the new one's innermost previous.
     */
    public static PhpError replaced(Context ctx, PhpError thrown, PhpError pending) {
        if (pending instanceof Generator.Destroy) return thrown; // a finally of a destroyed generator threw
        if (thrown instanceof GracefulExit || pending instanceof GracefulExit) return thrown;
        PhpObject n = caught(ctx, thrown), p = caught(ctx, pending);
        if (n == p) return thrown;
        PhpObject last = n;
        for (int guard = 0; guard < 1000; guard++) {
            Object prev = get(last, "previous");
            if (prev == p) return thrown;
            if (!(prev instanceof PhpObject po)) break;
            last = po;
        }
        set(last, "previous", p);
        return thrown;
    }

    // ---------------------------------------------------------------- methods

    static Object noop(Context ctx, ClassTemplate self, Object t) { return null; }

    static Object construct(Context ctx, ClassTemplate self, Object t, Object message, Object code, Object previous) {
        PhpObject o = (PhpObject) t;
        String cls = o.cls.name;
        if (message != Values.UNDEF) {
            message = Values.deref(message);
            if (!Values.isString(message) && !(message instanceof Long || message instanceof Double || message instanceof Boolean)) {
                throw new PhpError("TypeError", cls + "::__construct(): Argument #1 ($message) must be of type string, "
                        + Values.typeName(message) + " given");
            }
            set(o, "message", Convert.toStr(message));
        }
        if (code != Values.UNDEF) {
            code = Values.deref(code);
            if (!(code instanceof Long) && !(code instanceof Boolean) && !(code instanceof Double)) {
                throw new PhpError("TypeError", cls + "::__construct(): Argument #2 ($code) must be of type int, "
                        + Values.typeName(code) + " given");
            }
            set(o, "code", Convert.toLong(code));
        }
        if (previous != Values.UNDEF && Values.deref(previous) != null) {
            previous = Values.deref(previous);
            if (!(previous instanceof PhpObject p && p.cls.isA("throwable"))) {
                throw new PhpError("TypeError", cls + "::__construct(): Argument #3 ($previous) must be of type ?Throwable, "
                        + Values.typeName(previous) + " given");
            }
            set(o, "previous", previous);
        }
        return null;
    }

    static Object eeConstruct(Context ctx, ClassTemplate self, Object t, Object message, Object code, Object severity,
                              Object filename, Object line, Object previous) {
        construct(ctx, self, t, message, code, previous);
        PhpObject o = (PhpObject) t;
        if (severity != Values.UNDEF) set(o, "severity", Convert.toLong(Values.deref(severity)));
        if (filename != Values.UNDEF && Values.deref(filename) != null) {
            set(o, "file", Convert.toStr(Values.deref(filename)));
            set(o, "line", line == Values.UNDEF || Values.deref(line) == null ? 0L : Convert.toLong(Values.deref(line)));
        } else if (line != Values.UNDEF && Values.deref(line) != null) {
            set(o, "line", Convert.toLong(Values.deref(line)));
        }
        return null;
    }

    static Object getSeverity(Context ctx, ClassTemplate self, Object t) { return get((PhpObject) t, "severity"); }
    static Object getMessage(Context ctx, ClassTemplate self, Object t) { return get((PhpObject) t, "message"); }
    static Object getCode(Context ctx, ClassTemplate self, Object t) { return get((PhpObject) t, "code"); }
    static Object getFile(Context ctx, ClassTemplate self, Object t) { return get((PhpObject) t, "file"); }
    static Object getLine(Context ctx, ClassTemplate self, Object t) { return get((PhpObject) t, "line"); }
    static Object getPrevious(Context ctx, ClassTemplate self, Object t) { return get((PhpObject) t, "previous"); }

    static Object getTrace(Context ctx, ClassTemplate self, Object t) {
        Object v = get((PhpObject) t, "trace");
        return v instanceof PhpArray a ? a.copy() : new PhpArray();
    }

    static Object getTraceAsString(Context ctx, ClassTemplate self, Object t) {
        return traceString(get((PhpObject) t, "trace"));
    }

    /** php's {@code _build_trace_string}: "#0 file(line): A->f(args)\n" ... "#n {main}". */
    public static String traceString(Object trace) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        if (trace instanceof PhpArray a) {
            for (int pos = a.firstPos(); pos >= 0; pos = a.nextPos(pos)) {
                if (!(a.valueAt(pos) instanceof PhpArray f)) continue;
                sb.append('#').append(n++).append(' ');
                Object file = f.lookup("file");
                if (file != Values.UNDEF && Values.isString(file)) {
                    sb.append(Convert.toStr(file)).append('(').append(Convert.toLong(f.lookup("line"))).append("): ");
                } else {
                    sb.append("[internal function]: ");
                }
                Object c = f.lookup("class");
                if (c != Values.UNDEF) sb.append(Convert.toStr(c)).append(Convert.toStr(f.lookup("type")));
                Object fn = f.lookup("function");
                sb.append(fn == Values.UNDEF ? "" : Convert.toStr(fn)).append('(');
                if (f.lookup("args") instanceof PhpArray args) {
                    boolean first = true;
                    for (int p = args.firstPos(); p >= 0; p = args.nextPos(p)) {
                        if (!first) sb.append(", ");
                        first = false;
                        Object k = args.keyAt(p);
                        if (!(k instanceof Long)) sb.append(Convert.toStr(k)).append(": ");
                        Traces.appendValue(sb, args.valueAt(p));
                    }
                }
                sb.append(")\n");
            }
        }
        return sb.append('#').append(n).append(" {main}").toString();
    }

    static Object toStringMethod(Context ctx, ClassTemplate self, Object t) {
        PhpObject start = (PhpObject) t;
        String str = "";
        Object cur = start;
        for (int guard = 0; guard < 10000 && cur instanceof PhpObject o && o.cls.isA("throwable"); guard++) {
            String message = Convert.toStr(get(o, "message"));
            String file = Convert.toStr(get(o, "file"));
            long line = Convert.toLong(get(o, "line"));
            MethodInfo m = o.cls.findMethod("gettraceasstring");
            Object tr = m == null ? null : Values.deref(m.invoke(ctx, o, new Object[0]));
            String trace = Values.isString(tr) && !Convert.toStr(tr).isEmpty() ? Convert.toStr(tr) : "#0 {main}\n";
            if ((o.cls.name.equals("TypeError") || o.cls.name.equals("ArgumentCountError")) && message.contains(", called in ")) {
                message = message + " and defined";
            }
            String head = message.isEmpty() ? o.cls.name : o.cls.name + ": " + message;
            str = head + " in " + file + ":" + line + "\nStack trace:\n" + trace + (str.isEmpty() ? "" : "\n\nNext ") + str;
            cur = get(o, "previous");
        }
        set(start, "string", str);
        return str;
    }

    // ---------------------------------------------------------------- uncaught

    /** Prints a thrown object nobody caught, as php's {@code zend_exception_error}. */
    static void printUncaught(Context ctx, PhpError e) {
        PhpObject o = caught(ctx, e);
        MethodInfo m = o.cls.findMethod("__tostring");
        String str;
        try {
            Object v = m == null ? "" : Values.deref(m.invoke(ctx, o, new Object[0]));
            str = Values.isString(v) ? Convert.toStr(v) : Convert.toStr(get(o, "string"));
        } catch (PhpError inner) {
            PhpObject io = caught(ctx, inner);
            ctx.printFatal("Fatal error", "Uncaught " + io.cls.name + " in exception handling during call to "
                    + o.cls.name + "::__toString()", Convert.toStr(get(o, "file")), (int) Convert.toLong(get(o, "line")));
            str = Convert.toStr(get(o, "string"));
        }
        ctx.printFatal("Fatal error", "Uncaught " + str + "\n  thrown", Convert.toStr(get(o, "file")),
                (int) Convert.toLong(get(o, "line")));
    }
}
