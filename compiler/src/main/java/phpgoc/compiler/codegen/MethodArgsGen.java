package phpgoc.compiler.codegen;

import java.util.List;
import phpgoc.ast.Arg;
import phpgoc.ast.Expr;
import phpgoc.compiler.emit.Call;
import phpgoc.runtime.ArgList;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.MethodArgs;
import phpgoc.runtime.PhpClass;

/**
 * Method calls with named or unpacked arguments, or a dynamic method name: the arguments go in an
 * {@link ArgList} that {@link MethodArgs} binds to the callee's parameters at run time.
 */
final class MethodArgsGen {
    private MethodArgsGen() {}

    private static final Class<?> O = Object.class, T = ClassTemplate.class, C = Context.class;
    static final Call CALL = Call.of(MethodArgs.class, "callMethod", O, C, O, T, ArgList.class);
    static final Call CONSTRUCT = Call.of(MethodArgs.class, "construct", C, phpgoc.runtime.PhpObject.class, ArgList.class);
    static final Call CALL_STATIC = Call.of(MethodArgs.class, "callStatic", C, PhpClass.class, String.class, T, O,
            boolean.class, ArgList.class);

    /** Whether the arguments need run-time binding. */
    static boolean needed(List<Arg> args) {
        for (Arg a : args) if (a.spread() || a.name() != null) return true;
        return false;
    }

    /** Receiver on the stack -> the result of {@code ->name(args)}. */
    static void methodCall(Gen g, Expr.MethodCall m) {
        Builder b = g.b;
        int recv = b.newTemp();
        b.store(recv);
        int name = b.newTemp();
        g.expr.gen(m.name());
        b.store(name);
        Runnable args = g.calls.argList(m.args());
        b.load(recv);
        b.loadCtx();
        b.load(name);
        g.objects.pushScope();
        args.run();
        b.line(m.span().line());
        g.strictCall(true);
        b.call(CALL);
        g.strictCall(false);
    }

    /** The object from {@code PhpClass.allocateFor} in local {@code obj} -> the constructed object. */
    static void create(Gen g, Expr.New n, int obj) {
        Builder b = g.b;
        Runnable args = g.calls.argList(n.args());
        b.loadCtx();
        b.load(obj);
        b.checkCast(phpgoc.runtime.PhpObject.class);
        args.run();
        b.line(n.span().line());
        g.strictCall(true);
        b.call(CONSTRUCT);
        g.strictCall(false);
    }

    /** The ArgList of a static call (pushed by the returned action). */
    static Runnable staticArgs(Gen g, List<Arg> args) { return g.calls.argList(args); }
}
