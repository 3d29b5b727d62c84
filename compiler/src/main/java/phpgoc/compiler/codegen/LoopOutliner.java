package phpgoc.compiler.codegen;

import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import phpgoc.ast.Stmt;
import phpgoc.compiler.emit.Emitter;
import phpgoc.compiler.emit.FieldRef;
import phpgoc.compiler.sema.Scope;
import phpgoc.runtime.Values;

/**
 * Compiles each loop at the top level of a body with several loops into a JVM method of its own.
 *
 * <p>Why: C2 compiles a method as a whole. When a long body runs its first loop hot, C2 compiles
 * the body while the later loops have never run, so their code becomes uncommon traps; the next
 * call hits a trap, the compiled body is thrown away and the remaining loops run interpreted
 * until they are compiled again (docs/objects.md, "Loop outlining"). A method per loop is
 * profiled and compiled on its own.
 *
 * <p>The loop's method takes the body's leading arguments (context, class template and
 * {@code $this}, or the closure, or the symbol table) and an {@code Object[]} frame: the body's
 * symbol table, then every variable's slot (a value, or its Ref). It loads the slots into its own
 * locals, runs the loop and stores them back, also when it throws; the body reloads them. It
 * returns {@link Values#LOOP_DONE} when the loop ends, or the value of a {@code return} in it
 * (already checked against the return type), which the body then returns.
 */
final class LoopOutliner {
    private static final FieldRef DONE = FieldRef.of(Values.class, "LOOP_DONE");

    private final UnitCompiler unit;
    private int count;

    LoopOutliner(UnitCompiler unit) { this.unit = unit; }

    /** Whether the loops at the top level of {@code body} get methods of their own. */
    static boolean applies(Scope s, List<Stmt> body) {
        if (s.keepWhole) return false;
        return body.stream().filter(LoopOutliner::isLoop).count() >= 2;
    }

    /**
     * Whether a loop nested in another loop of the method being generated gets a method of its
     * own: it then runs as many calls, so the JIT compiles it as a method (an OSR compilation of the
     * enclosing loop deoptimizes when that loop ends, and is lost for the next call). Not when a
     * {@code break}/{@code continue} in it leaves it: the target is in the other method.
     */
    static boolean nested(Scope s, Stmt st) {
        return !s.keepWhole && isLoop(st) && !leaves(body(st), 1);
    }

    static boolean isLoop(Stmt st) {
        return st instanceof Stmt.For || st instanceof Stmt.Foreach || st instanceof Stmt.While
                || st instanceof Stmt.DoWhile;
    }

    private static Stmt body(Stmt loop) {
        return switch (loop) {
            case Stmt.For f -> f.body();
            case Stmt.Foreach f -> f.body();
            case Stmt.While w -> w.body();
            case Stmt.DoWhile w -> w.body();
            default -> throw new IllegalArgumentException();
        };
    }

    /** Whether a break/continue in {@code st}, which is inside {@code depth} loops/switches of ours, jumps out of them. */
    private static boolean leaves(Stmt st, int depth) {
        return switch (st) {
            case Stmt.Break b -> b.levels() > depth;
            case Stmt.Continue c -> c.levels() > depth;
            case Stmt.Block b -> b.stmts().stream().anyMatch(x -> leaves(x, depth));
            case Stmt.If i -> leaves(i.then(), depth) || (i.els() != null && leaves(i.els(), depth))
                    || i.elseIfs().stream().anyMatch(e -> leaves(e.body(), depth));
            case Stmt.For f -> leaves(f.body(), depth + 1);
            case Stmt.Foreach f -> leaves(f.body(), depth + 1);
            case Stmt.While w -> leaves(w.body(), depth + 1);
            case Stmt.DoWhile w -> leaves(w.body(), depth + 1);
            case Stmt.Switch sw -> sw.cases().stream().flatMap(c -> c.body().stream()).anyMatch(x -> leaves(x, depth + 1));
            case Stmt.Try t -> leaves(t.body(), depth) || t.catches().stream().anyMatch(c -> leaves(c.body(), depth))
                    || (t.fin() != null && leaves(t.fin(), depth));
            case Stmt.Declare d -> d.body() != null && leaves(d.body(), depth);
            case Stmt.Namespace n -> n.body() != null && n.body().stream().anyMatch(x -> leaves(x, depth));
            default -> false;
        };
    }

    /** Emits, in the body {@code g} is generating, a call of a new method that runs {@code loop}. */
    void emit(Gen g, Stmt loop) {
        Scope s = g.scope;
        Builder b = g.b;
        Type[] outer = Type.getArgumentTypes(unit.methodDesc(s));
        int leading = switch (s.kind) {
            case FUNCTION -> 1;
            case CLOSURE, ARROW, TOP -> 2;
            case METHOD -> 3;
        };
        // the body's ArgStack entry: the loop's stores to parameters go there too
        boolean argEntry = b.argEntryBase() >= 0;
        Type[] args = Arrays.copyOf(outer, leading + (argEntry ? 2 : 1));
        args[leading] = Type.getType(Object[].class);
        if (argEntry) args[leading + 1] = Type.INT_TYPE;
        String name = "loop$" + count++ + "$" + unit.methodName(s);
        String desc = Type.getMethodDescriptor(Type.getType(Object.class), args);
        List<String> vars = loopMethod(s, loop, name, desc, leading, argEntry ? b.argParamNames() : null);

        int frame = b.newTemp(Object[].class);
        b.newObjectArray(1 + vars.size());
        b.store(frame);
        b.spill(frame, vars);
        for (int i = 0; i < leading; i++) b.loadArg(i);
        b.load(frame);
        if (argEntry) b.load(b.argEntryBase());
        Label start = b.label(), end = b.label(), thrown = b.label(), done = b.label();
        b.tryCatch(start, end, thrown);
        b.mark(start);
        b.invokeStatic(unit.internalName, name, desc);
        b.mark(end);
        int result = b.newTemp();
        b.store(result);
        b.reload(frame, vars);
        b.load(result);
        b.getField(DONE);
        b.jumpIfSame(done);
        b.load(result);
        g.stmt.tries.areturn();
        b.mark(thrown);
        int ex = b.newTemp(Throwable.class);
        b.store(ex);
        b.reload(frame, vars);
        b.load(ex);
        b.athrow();
        b.mark(done);
        b.resetLine();
    }

    private List<String> loopMethod(Scope s, Stmt loop, String name, String desc, int frameArg, List<String> params) {
        Emitter e = unit.method(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, name, desc);
        Builder b = new Builder(e, s);
        Gen g = new Gen(unit, s, b);
        b.line(loop.span().line());
        b.beginOutlined(frameArg, params);
        Label start = b.label(), end = b.label();
        b.mark(start);
        g.stmt.stmt(loop);
        b.mark(end);
        List<String> vars = b.endOutlined(DONE, start, end);
        UnitCompiler.end(e);
        return vars;
    }
}
