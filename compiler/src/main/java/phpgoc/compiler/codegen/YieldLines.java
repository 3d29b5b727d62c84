package phpgoc.compiler.codegen;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import phpgoc.ast.Expr;
import phpgoc.ast.FunctionDecl;
import phpgoc.ast.Stmt;

/**
 * The line a suspended generator reports ({@code ReflectionGenerator::getExecutingLine()}): php
 * shows the line of the instruction after the {@code yield}. For a {@code yield} statement that is
 * the next statement's line, or at the end of a block what runs next: a loop's condition or
 * step, the {@code if} (after a branch that has more branches after it), {@code finally}, or the
 * function's closing brace. A {@code yield} inside an expression reports its own line.
 */
final class YieldLines {
    private final Map<Expr, Integer> lines = new IdentityHashMap<>();

    private YieldLines() {}

    /** The reported lines of the statement-level yields of {@code d}'s body. */
    static Map<Expr, Integer> of(FunctionDecl d) {
        YieldLines y = new YieldLines();
        y.stmts(d.body(), d.span().endLine());
        return y.lines;
    }

    /** The line a generator reports before it first runs: its first statement's. */
    static int start(FunctionDecl d) { return d.body().isEmpty() ? d.span().endLine() : d.body().get(0).span().line(); }

    private void stmts(List<Stmt> list, int after) {
        for (int i = 0; i < list.size(); i++) stmt(list.get(i), i + 1 < list.size() ? list.get(i + 1).span().line() : after);
    }

    private void body(Stmt s, int after) {
        if (s != null) stmt(s, after);
    }

    private void stmt(Stmt s, int next) {
        switch (s) {
            case Stmt.ExprStmt e when e.expr() instanceof Expr.Yield || e.expr() instanceof Expr.YieldFrom -> lines.put(e.expr(), next);
            case Stmt.Block b -> stmts(b.stmts(), next);
            case Stmt.If i -> {
                boolean more = !i.elseIfs().isEmpty() || i.els() != null;
                body(i.then(), more ? i.span().line() : next);
                for (int k = 0; k < i.elseIfs().size(); k++) {
                    boolean last = k == i.elseIfs().size() - 1 && i.els() == null;
                    body(i.elseIfs().get(k).body(), last ? next : i.span().line());
                }
                body(i.els(), next);
            }
            case Stmt.While w -> body(w.body(), w.cond().span().line());
            case Stmt.DoWhile w -> body(w.body(), w.cond().span().line());
            case Stmt.For f -> body(f.body(), !f.step().isEmpty() ? f.step().get(0).span().line()
                    : !f.cond().isEmpty() ? f.cond().get(0).span().line() : f.span().line());
            case Stmt.Foreach f -> body(f.body(), f.span().line());
            case Stmt.Try t -> {
                body(t.body(), t.fin() != null ? t.fin().span().line() : next);
                for (Stmt.Catch c : t.catches()) body(c.body(), t.fin() != null ? t.fin().span().line() : next);
                body(t.fin(), next);
            }
            case Stmt.Switch sw -> {
                for (int k = 0; k < sw.cases().size(); k++) {
                    List<Stmt> b = sw.cases().get(k).body();
                    int after = next;
                    for (int j = k + 1; j < sw.cases().size() && after == next; j++) {
                        if (!sw.cases().get(j).body().isEmpty()) after = sw.cases().get(j).body().get(0).span().line();
                    }
                    stmts(b, after);
                }
            }
            default -> { }
        }
    }
}
