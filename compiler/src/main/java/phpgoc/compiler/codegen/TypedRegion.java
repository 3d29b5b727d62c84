package phpgoc.compiler.codegen;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import phpgoc.ast.Expr;
import phpgoc.ast.Expr.BinaryOp;
import phpgoc.ast.Stmt;
import phpgoc.runtime.ext.Constants;

/**
 * A loop that can run on primitive {@code long}/{@code double} locals (see {@link TypedLoopGen}):
 * its condition, step and body use only plain local variables, int/float literals and constants,
 * arithmetic, bitwise, comparison and logical operators, assignments, {@code ++}/{@code --},
 * {@code if}, nested such loops and {@code break}/{@code continue} that stay inside the loop.
 *
 * <p>Each variable gets one type for the whole region (int or float) by a fixpoint: every variable
 * starts as int and becomes float when a float is assigned to it; then every assignment must
 * store exactly the variable's type (else the loop is not typed). The {@link #inputs} are the
 * variables the loop may read before writing them: at run time they must hold a Long (resp. Double)
 * when the loop starts. Written variables that are neither inputs nor definitely assigned at the
 * loop's exit are written back only if the typed loop assigned them ({@link #flagged}).
 */
final class TypedRegion {
    enum T { INT, FLOAT, BOOL }

    /** Every variable of the region with its type, in order of appearance. */
    final Map<String, T> vars = new LinkedHashMap<>();
    final Set<String> inputs = new LinkedHashSet<>();
    final Set<String> written = new LinkedHashSet<>();
    final Set<String> flagged = new LinkedHashSet<>();
    /** The loops of the region (itself included): the generic fallback must not type them again. */
    final List<Stmt> loops = new ArrayList<>();
    /** The static type of every expression of the region. */
    final Map<Expr, T> types = new IdentityHashMap<>();

    private final Predicate<String> plainVar;
    private boolean changed;

    private static final class Ineligible extends RuntimeException {
        Ineligible() { super(null, null, false, false); }
    }

    private TypedRegion(Predicate<String> plainVar) { this.plainVar = plainVar; }

    /** The typed form of {@code loop}, or null if it has none; {@code plainVar} tells the variables held in plain slots. */
    static TypedRegion of(Stmt loop, Predicate<String> plainVar) {
        if (!(loop instanceof Stmt.For || loop instanceof Stmt.While || loop instanceof Stmt.DoWhile)) return null;
        TypedRegion r = new TypedRegion(plainVar);
        try {
            r.shape(loop, 0);
            do {
                r.changed = false;
                r.typeStmt(loop, false);
            } while (r.changed);
            r.typeStmt(loop, true);
            Set<String> out = r.assignedStmt(loop, new HashSet<>());
            for (String v : r.written) if (!r.inputs.contains(v) && !out.contains(v)) r.flagged.add(v);
        } catch (Ineligible e) {
            return null;
        }
        return r;
    }

    private static Ineligible no() { return new Ineligible(); }

    // ---- shape: which statements and expressions are allowed

    private void shape(Stmt s, int depth) {
        switch (s) {
            case Stmt.ExprStmt e -> shape(e.expr());
            case Stmt.Block b -> { for (Stmt x : b.stmts()) shape(x, depth); }
            case Stmt.If i -> {
                shape(i.cond());
                shape(i.then(), depth);
                for (Stmt.ElseIf ei : i.elseIfs()) { shape(ei.cond()); shape(ei.body(), depth); }
                if (i.els() != null) shape(i.els(), depth);
            }
            case Stmt.While w -> { loops.add(w); shape(w.cond()); shape(w.body(), depth + 1); }
            case Stmt.DoWhile w -> { loops.add(w); shape(w.body(), depth + 1); shape(w.cond()); }
            case Stmt.For f -> {
                loops.add(f);
                for (Expr e : f.init()) shape(e);
                for (Expr e : f.cond()) shape(e);
                for (Expr e : f.step()) shape(e);
                shape(f.body(), depth + 1);
            }
            case Stmt.Break b -> { if (b.levels() < 1 || b.levels() > depth) throw no(); }
            case Stmt.Continue c -> { if (c.levels() < 1 || c.levels() > depth) throw no(); }
            case Stmt.Nop n -> { }
            default -> throw no();
        }
    }

    private void shape(Expr e) {
        switch (e) {
            case Expr.IntLit l -> { }
            case Expr.FloatLit l -> { }
            case Expr.ConstFetch c -> { if (constant(c) == null) throw no(); }
            case Expr.Var v -> variable(v);
            case Expr.Binary b -> {
                switch (b.op()) {
                    case CONCAT, POW, COALESCE, SPACESHIP, LOGICAL_XOR -> throw no();
                    default -> { shape(b.left()); shape(b.right()); }
                }
            }
            case Expr.Unary u -> shape(u.operand());
            case Expr.IncDec i -> { if (!(i.target() instanceof Expr.Var v)) throw no(); variable(v); written.add(v.name()); }
            case Expr.Assign a -> {
                if (!(a.target() instanceof Expr.Var v)) throw no();
                variable(v);
                written.add(v.name());
                shape(a.value());
            }
            case Expr.CompoundAssign a -> {
                if (!(a.target() instanceof Expr.Var v)) throw no();
                switch (a.op()) {
                    case ADD, SUB, MUL, DIV, MOD, BIT_AND, BIT_OR, BIT_XOR, SHL, SHR -> { }
                    default -> throw no();
                }
                variable(v);
                written.add(v.name());
                shape(a.value());
            }
            default -> throw no();
        }
    }

    private void variable(Expr.Var v) {
        String n = v.name();
        if (n.equals("this") || n.equals("GLOBALS") || !plainVar.test(n)) throw no();
        vars.putIfAbsent(n, T.INT);
    }

    /** true/false (BOOL, as Boolean), or an int/float constant the compiler inlines; else null. */
    static Object constant(Expr.ConstFetch c) {
        String name = c.name().text();
        if (name.startsWith("\\")) name = name.substring(1);
        switch (name.toLowerCase(Locale.ROOT)) {
            case "true" -> { return Boolean.TRUE; }
            case "false" -> { return Boolean.FALSE; }
            case "null" -> { return null; }
            default -> { }
        }
        Object v = Constants.get(name);
        if (v instanceof Integer i) return (long) i;
        return v instanceof Long || v instanceof Double ? v : null;
    }

    // ---- types

    private void typeStmt(Stmt s, boolean check) {
        switch (s) {
            case Stmt.ExprStmt e -> type(e.expr(), check);
            case Stmt.Block b -> { for (Stmt x : b.stmts()) typeStmt(x, check); }
            case Stmt.If i -> {
                type(i.cond(), check);
                typeStmt(i.then(), check);
                for (Stmt.ElseIf ei : i.elseIfs()) { type(ei.cond(), check); typeStmt(ei.body(), check); }
                if (i.els() != null) typeStmt(i.els(), check);
            }
            case Stmt.While w -> { type(w.cond(), check); typeStmt(w.body(), check); }
            case Stmt.DoWhile w -> { typeStmt(w.body(), check); type(w.cond(), check); }
            case Stmt.For f -> {
                for (Expr e : f.init()) type(e, check);
                for (Expr e : f.cond()) type(e, check);
                for (Expr e : f.step()) type(e, check);
                typeStmt(f.body(), check);
            }
            default -> { }
        }
    }

    private static boolean numeric(T t) { return t == T.INT || t == T.FLOAT; }

    /** Assigns {@code t} to {@code v}: widens during the fixpoint, must match when checking. */
    private void store(String v, T t, boolean check) {
        T cur = vars.get(v);
        if (!numeric(t)) throw no();
        if (check) {
            if (cur != t) throw no();
        } else if (cur == T.INT && t == T.FLOAT) {
            vars.put(v, T.FLOAT);
            changed = true;
        }
    }

    /** The result type of int/float operator {@code op}; fails where php's result type is not static. */
    static T arith(BinaryOp op, T l, T r) {
        if (!numeric(l) || !numeric(r)) throw no();
        boolean ints = l == T.INT && r == T.INT;
        return switch (op) {
            case ADD, SUB, MUL -> ints ? T.INT : T.FLOAT;
            case DIV -> { if (ints) throw no(); yield T.FLOAT; }
            case MOD, BIT_AND, BIT_OR, BIT_XOR, SHL, SHR -> { if (!ints) throw no(); yield T.INT; }
            default -> throw no();
        };
    }

    private T type(Expr e, boolean check) {
        T t = switch (e) {
            case Expr.IntLit l -> T.INT;
            case Expr.FloatLit l -> T.FLOAT;
            case Expr.ConstFetch c -> {
                Object v = constant(c);
                yield v instanceof Boolean ? T.BOOL : v instanceof Long ? T.INT : T.FLOAT;
            }
            case Expr.Var v -> vars.get(v.name());
            case Expr.Binary b -> switch (b.op()) {
                case AND, OR, LOGICAL_AND, LOGICAL_OR -> { type(b.left(), check); type(b.right(), check); yield T.BOOL; }
                case LT, LE, GT, GE, EQ, NOT_EQ -> {
                    if (!numeric(type(b.left(), check)) || !numeric(type(b.right(), check))) throw no();
                    yield T.BOOL;
                }
                case IDENTICAL, NOT_IDENTICAL -> {
                    T l = type(b.left(), check), r = type(b.right(), check);
                    if (!numeric(l) || l != r) throw no();
                    yield T.BOOL;
                }
                default -> arith(b.op(), type(b.left(), check), type(b.right(), check));
            };
            case Expr.Unary u -> {
                T o = type(u.operand(), check);
                yield switch (u.op()) {
                    case NOT -> T.BOOL;
                    case NEG, PLUS -> { if (!numeric(o)) throw no(); yield o; }
                    case BIT_NOT -> { if (o != T.INT) throw no(); yield T.INT; }
                };
            }
            case Expr.IncDec i -> vars.get(((Expr.Var) i.target()).name());
            case Expr.Assign a -> {
                T v = type(a.value(), check);
                store(((Expr.Var) a.target()).name(), v, check);
                yield v;
            }
            case Expr.CompoundAssign a -> {
                String name = ((Expr.Var) a.target()).name();
                T r = arith(a.op(), vars.get(name), type(a.value(), check));
                store(name, r, check);
                yield r;
            }
            default -> throw no();
        };
        if (check) types.put(e, t);
        return t;
    }

    // ---- definite assignment: inputs are reads that some path reaches before any write

    /** Analyses {@code s} from the definitely-assigned set {@code a}; returns the set after it (a subset when unsure). */
    private Set<String> assignedStmt(Stmt s, Set<String> a) {
        switch (s) {
            case Stmt.ExprStmt e -> assigned(e.expr(), a);
            case Stmt.Block b -> { for (Stmt x : b.stmts()) a = assignedStmt(x, a); }
            case Stmt.If i -> {
                assigned(i.cond(), a);
                Set<String> out = assignedStmt(i.then(), new HashSet<>(a));
                for (Stmt.ElseIf ei : i.elseIfs()) {
                    assigned(ei.cond(), a);
                    out.retainAll(assignedStmt(ei.body(), new HashSet<>(a)));
                }
                out.retainAll(i.els() != null ? assignedStmt(i.els(), new HashSet<>(a)) : a);
                return out;
            }
            case Stmt.While w -> {
                assigned(w.cond(), a);
                assignedStmt(w.body(), new HashSet<>(a));
            }
            case Stmt.DoWhile w -> {
                // the condition is also reached by continue, with only the entry set surely assigned
                assignedStmt(w.body(), new HashSet<>(a));
                assigned(w.cond(), new HashSet<>(a));
            }
            case Stmt.For f -> {
                for (Expr e : f.init()) assigned(e, a);
                for (Expr e : f.cond()) assigned(e, a);
                assignedStmt(f.body(), new HashSet<>(a));
                Set<String> step = new HashSet<>(a);
                for (Expr e : f.step()) assigned(e, step);
            }
            default -> { }
        }
        return a;
    }

    private void read(String v, Set<String> a) { if (!a.contains(v)) inputs.add(v); }

    private void assigned(Expr e, Set<String> a) {
        switch (e) {
            case Expr.Var v -> read(v.name(), a);
            case Expr.Binary b -> {
                assigned(b.left(), a);
                switch (b.op()) {
                    case AND, OR, LOGICAL_AND, LOGICAL_OR -> assigned(b.right(), new HashSet<>(a));
                    default -> assigned(b.right(), a);
                }
            }
            case Expr.Unary u -> assigned(u.operand(), a);
            case Expr.IncDec i -> { String v = ((Expr.Var) i.target()).name(); read(v, a); a.add(v); }
            case Expr.Assign x -> { assigned(x.value(), a); a.add(((Expr.Var) x.target()).name()); }
            case Expr.CompoundAssign x -> {
                String v = ((Expr.Var) x.target()).name();
                read(v, a);
                assigned(x.value(), a);
                a.add(v);
            }
            default -> { }
        }
    }
}
