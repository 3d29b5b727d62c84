package phpgoc.compiler.codegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import phpgoc.ast.Expr;
import phpgoc.ast.Expr.BinaryOp;
import phpgoc.ast.Stmt;
import phpgoc.compiler.codegen.TypedRegion.T;
import phpgoc.compiler.emit.Call;
import phpgoc.compiler.emit.Emitter;
import phpgoc.runtime.TypedOps;

/**
 * Speculative typed loops. For a loop with a {@link TypedRegion}, emits
 * <pre>
 *   if every input variable holds a Long (resp. Double):
 *       copy the variables into long/double locals
 *       try { the loop on the primitive locals }            // writes no Object slot
 *       catch (ArithmeticException) { goto generic }         // overflow, % 0, shift < 0, / 0.0
 *       box the written locals back into their slots; goto end
 *   generic: the ordinary loop
 *   end:
 * </pre>
 * The typed loop has no effect besides its primitive locals until it exits normally, so on any
 * event it cannot do exactly as php (int overflow to float, an error) it drops them and runs the
 * generic loop from the start, which is php's behaviour by construction.
 */
final class TypedLoopGen {
    private static final Type LONG = Type.getType(Long.class);
    private static final Type DOUBLE = Type.getType(Double.class);
    private static final Type MATH = Type.getType(Math.class);
    private static final Call SHL = Call.of(TypedOps.class, "shl", long.class, long.class);
    private static final Call SHR = Call.of(TypedOps.class, "shr", long.class, long.class);
    private static final Call FDIV = Call.of(TypedOps.class, "div", double.class, double.class);

    private final Gen g;
    private final Builder b;
    /** Loops whose code is being generated generically (the fallbacks): never typed again. */
    private final Set<Stmt> generic = Collections.newSetFromMap(new IdentityHashMap<>());

    private Emitter e;
    private TypedRegion r;
    private final Map<String, Integer> locals = new HashMap<>();
    private final Map<String, Integer> flags = new HashMap<>();
    /** Enclosing typed loops: {break, continue} labels. */
    private final List<Label[]> loops = new ArrayList<>();

    TypedLoopGen(Gen g) {
        this.g = g;
        this.b = g.b;
    }

    /** Emits {@code st} as a typed loop with its generic fallback, if it is eligible; false otherwise. */
    boolean tryEmit(Stmt st, StmtGen stmtGen) {
        if (generic.contains(st) || g.scope.symbolTable) return false;
        if (!(st instanceof Stmt.For || st instanceof Stmt.While || st instanceof Stmt.DoWhile)) return false;
        TypedRegion region = TypedRegion.of(st, v -> !b.isRef(v));
        if (region == null) return false;
        r = region;
        e = b.emitter();
        locals.clear();
        flags.clear();
        Label fallback = b.label(), end = b.label(), exit = b.label();
        Label tryStart = b.label(), tryEnd = b.label(), handler = b.label();
        for (String v : r.inputs) {
            b.loadVarRaw(v);
            e.instanceOf(r.vars.get(v) == T.INT ? LONG : DOUBLE);
            e.ifZCmp(Emitter.EQ, fallback);
        }
        for (Map.Entry<String, T> en : r.vars.entrySet()) {
            boolean isInt = en.getValue() == T.INT;
            int slot = e.newLocal(isInt ? Type.LONG_TYPE : Type.DOUBLE_TYPE);
            locals.put(en.getKey(), slot);
            if (r.inputs.contains(en.getKey())) {
                b.loadVarRaw(en.getKey());
                e.unbox(isInt ? Type.LONG_TYPE : Type.DOUBLE_TYPE);
            } else if (isInt) {
                e.push(0L);
            } else {
                e.push(0.0);
            }
            e.storeLocal(slot);
        }
        for (String v : r.flagged) {
            int f = e.newLocal(Type.INT_TYPE);
            flags.put(v, f);
            e.push(0);
            e.storeLocal(f);
        }
        e.mark(tryStart);
        stmt(st, exit);
        e.mark(tryEnd);
        e.mark(exit);
        for (String v : r.written) {
            Label skip = null;
            if (flags.containsKey(v)) {
                skip = b.label();
                e.loadLocal(flags.get(v));
                e.ifZCmp(Emitter.EQ, skip);
            }
            e.loadLocal(locals.get(v));
            e.valueOf(r.vars.get(v) == T.INT ? Type.LONG_TYPE : Type.DOUBLE_TYPE);
            b.storeVar(v);
            if (skip != null) e.mark(skip);
        }
        e.goTo(end);
        e.mark(handler);
        e.pop();
        e.mark(fallback);
        generic.addAll(r.loops);
        b.resetLine();
        stmtGen.stmt(st);
        e.mark(end);
        e.visitTryCatchBlock(tryStart, tryEnd, handler, Type.getInternalName(ArithmeticException.class));
        r = null;
        return true;
    }

    // ---- statements

    /** The region's own loop: its break leaves through {@code exit}. */
    private void stmt(Stmt s, Label exit) {
        switch (s) {
            case Stmt.While w -> {
                Label top = b.label(), cond = b.label();
                e.goTo(cond);
                e.mark(top);
                body(w.body(), exit, cond);
                e.mark(cond);
                cond(w.cond(), top, true);
                e.goTo(exit);
            }
            case Stmt.DoWhile w -> {
                Label top = b.label(), cond = b.label();
                e.mark(top);
                body(w.body(), exit, cond);
                e.mark(cond);
                cond(w.cond(), top, true);
                e.goTo(exit);
            }
            case Stmt.For f -> {
                for (Expr x : f.init()) drop(expr(x));
                Label top = b.label(), cont = b.label(), cond = b.label();
                e.goTo(cond);
                e.mark(top);
                body(f.body(), exit, cont);
                e.mark(cont);
                for (Expr x : f.step()) drop(expr(x));
                e.mark(cond);
                if (f.cond().isEmpty()) {
                    e.goTo(top);
                } else {
                    for (int k = 0; k < f.cond().size() - 1; k++) drop(expr(f.cond().get(k)));
                    cond(f.cond().get(f.cond().size() - 1), top, true);
                }
                e.goTo(exit);
            }
            default -> throw new IllegalStateException("not a loop: " + s);
        }
    }

    private void body(Stmt s, Label breakTo, Label continueTo) {
        b.timeCheck(StmtGen.firstLine(s));
        loops.add(new Label[] {breakTo, continueTo});
        stmt(s);
        loops.remove(loops.size() - 1);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.ExprStmt x -> drop(expr(x.expr()));
            case Stmt.Block bl -> { for (Stmt x : bl.stmts()) stmt(x); }
            case Stmt.If i -> {
                Label end = b.label(), next = b.label();
                cond(i.cond(), next, false);
                stmt(i.then());
                e.goTo(end);
                e.mark(next);
                for (Stmt.ElseIf ei : i.elseIfs()) {
                    next = b.label();
                    cond(ei.cond(), next, false);
                    stmt(ei.body());
                    e.goTo(end);
                    e.mark(next);
                }
                if (i.els() != null) stmt(i.els());
                e.mark(end);
            }
            case Stmt.While w -> nested(w);
            case Stmt.DoWhile w -> nested(w);
            case Stmt.For f -> nested(f);
            case Stmt.Break br -> e.goTo(loops.get(loops.size() - br.levels())[0]);
            case Stmt.Continue co -> e.goTo(loops.get(loops.size() - co.levels())[1]);
            case Stmt.Nop n -> { }
            default -> throw new IllegalStateException("not typed: " + s);
        }
    }

    private void nested(Stmt loop) {
        Label end = b.label();
        stmt(loop, end);
        e.mark(end);
    }

    private void drop(T t) {
        if (t == T.BOOL) e.pop(); else e.pop2();
    }

    // ---- expressions: push a long, a double or an int 0/1 (BOOL)

    private T expr(Expr x) {
        T t = r.types.get(x);
        switch (x) {
            case Expr.IntLit l -> e.push(l.value());
            case Expr.FloatLit l -> e.push(l.value());
            case Expr.ConstFetch c -> {
                Object v = TypedRegion.constant(c);
                if (v instanceof Boolean z) e.push(z);
                else if (v instanceof Long l) e.push(l.longValue());
                else e.push(((Double) v).doubleValue());
            }
            case Expr.Var v -> e.loadLocal(locals.get(v.name()));
            case Expr.Binary bin when t != T.BOOL -> {
                operand(bin.left(), t);
                operand(bin.right(), t);
                op(bin.op(), t);
            }
            case Expr.Unary u when t != T.BOOL -> {
                expr(u.operand());
                switch (u.op()) {
                    case NEG -> {
                        if (t == T.INT) e.invokeStatic(MATH, method("negateExact", "(J)J"));
                        else e.math(Emitter.NEG, Type.DOUBLE_TYPE);
                    }
                    case BIT_NOT -> { e.push(-1L); e.math(Emitter.XOR, Type.LONG_TYPE); }
                    default -> { }
                }
            }
            case Expr.Binary bin -> boolValue(x);
            case Expr.Unary u -> boolValue(x);
            case Expr.IncDec i -> {
                String v = ((Expr.Var) i.target()).name();
                int slot = locals.get(v);
                e.loadLocal(slot);
                if (!i.prefix()) e.dup2();
                if (t == T.INT) {
                    e.invokeStatic(MATH, method(i.increment() ? "incrementExact" : "decrementExact", "(J)J"));
                } else {
                    e.push(1.0);
                    e.math(i.increment() ? Emitter.ADD : Emitter.SUB, Type.DOUBLE_TYPE);
                }
                if (i.prefix()) e.dup2();
                store(v);
            }
            case Expr.Assign a -> {
                expr(a.value());
                e.dup2();
                store(((Expr.Var) a.target()).name());
            }
            case Expr.CompoundAssign a -> {
                String v = ((Expr.Var) a.target()).name();
                operand(a.target(), t);
                operand(a.value(), t);
                op(a.op(), t);
                e.dup2();
                store(v);
            }
            default -> throw new IllegalStateException("not typed: " + x);
        }
        return t;
    }

    /** Pushes {@code x} converted to {@code want} (an int operand of a float operation becomes a double). */
    private void operand(Expr x, T want) {
        T t = expr(x);
        if (t == T.INT && want == T.FLOAT) e.cast(Type.LONG_TYPE, Type.DOUBLE_TYPE);
    }

    private void store(String v) {
        e.storeLocal(locals.get(v));
        Integer f = flags.get(v);
        if (f != null) {
            e.push(1);
            e.storeLocal(f);
        }
    }

    private static org.objectweb.asm.commons.Method method(String name, String desc) {
        return new org.objectweb.asm.commons.Method(name, desc);
    }

    /** The operator on two operands of type {@code t}; php's result is exactly this or the code throws ArithmeticException. */
    private void op(BinaryOp op, T t) {
        if (t == T.FLOAT) {
            switch (op) {
                case ADD -> e.math(Emitter.ADD, Type.DOUBLE_TYPE);
                case SUB -> e.math(Emitter.SUB, Type.DOUBLE_TYPE);
                case MUL -> e.math(Emitter.MUL, Type.DOUBLE_TYPE);
                case DIV -> e.call(FDIV);
                default -> throw new IllegalStateException(op.toString());
            }
            return;
        }
        switch (op) {
            case ADD -> e.invokeStatic(MATH, method("addExact", "(JJ)J"));
            case SUB -> e.invokeStatic(MATH, method("subtractExact", "(JJ)J"));
            case MUL -> e.invokeStatic(MATH, method("multiplyExact", "(JJ)J"));
            // lrem throws on 0 and gives 0 for PHP_INT_MIN % -1, as php
            case MOD -> e.math(Emitter.REM, Type.LONG_TYPE);
            case BIT_AND -> e.math(Emitter.AND, Type.LONG_TYPE);
            case BIT_OR -> e.math(Emitter.OR, Type.LONG_TYPE);
            case BIT_XOR -> e.math(Emitter.XOR, Type.LONG_TYPE);
            case SHL -> e.call(SHL);
            case SHR -> e.call(SHR);
            default -> throw new IllegalStateException(op.toString());
        }
    }

    private void boolValue(Expr x) {
        Label f = b.label(), end = b.label();
        cond(x, f, false);
        e.push(1);
        e.goTo(end);
        e.mark(f);
        e.push(0);
        e.mark(end);
    }

    // ---- conditions

    /** Jumps to {@code target} when the truth of {@code x} equals {@code when}; falls through otherwise. */
    private void cond(Expr x, Label target, boolean when) {
        if (ShortCircuit.jumps(b, x, target, when, this::cond)) return;
        if (x instanceof Expr.Binary bin) {
            switch (bin.op()) {
                case LT, LE, GT, GE, EQ, NOT_EQ, IDENTICAL, NOT_IDENTICAL -> {
                    compare(bin, target, when);
                    return;
                }
                default -> { }
            }
        }
        if (x instanceof Expr.ConstFetch c && TypedRegion.constant(c) instanceof Boolean z) {
            if (z == when) e.goTo(target);
            return;
        }
        T t = expr(x);
        switch (t) {
            case INT -> { e.push(0L); e.visitInsn(Opcodes.LCMP); }
            // NAN is true: dcmpl gives -1
            case FLOAT -> { e.push(0.0); e.visitInsn(Opcodes.DCMPL); }
            case BOOL -> { }
        }
        e.visitJumpInsn(when ? Opcodes.IFNE : Opcodes.IFEQ, target);
    }

    /**
     * Numeric comparison as php: an int against a float compares as doubles, and NAN makes
     * {@code < <= > >= ==} false (dcmpg for less-than, dcmpl for greater-than).
     */
    private void compare(Expr.Binary bin, Label target, boolean when) {
        T lt = r.types.get(bin.left()), rt = r.types.get(bin.right());
        T t = lt == T.INT && rt == T.INT ? T.INT : T.FLOAT;
        operand(bin.left(), t);
        operand(bin.right(), t);
        BinaryOp op = bin.op();
        if (t == T.INT) e.visitInsn(Opcodes.LCMP);
        else e.visitInsn(op == BinaryOp.LT || op == BinaryOp.LE ? Opcodes.DCMPG : Opcodes.DCMPL);
        int jump = switch (op) {
            case LT -> when ? Opcodes.IFLT : Opcodes.IFGE;
            case LE -> when ? Opcodes.IFLE : Opcodes.IFGT;
            case GT -> when ? Opcodes.IFGT : Opcodes.IFLE;
            case GE -> when ? Opcodes.IFGE : Opcodes.IFLT;
            case EQ, IDENTICAL -> when ? Opcodes.IFEQ : Opcodes.IFNE;
            case NOT_EQ, NOT_IDENTICAL -> when ? Opcodes.IFNE : Opcodes.IFEQ;
            default -> throw new IllegalStateException(op.toString());
        };
        e.visitJumpInsn(jump, target);
    }
}
