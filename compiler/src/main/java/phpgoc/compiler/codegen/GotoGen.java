package phpgoc.compiler.codegen;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import phpgoc.ast.Stmt;

/**
 * {@code goto} and labels of one function body. A scan before the body is generated finds every
 * label with the loops, switches and tries around it (php's rules: no jump into a loop or switch,
 * into or out of a finally block; labels are unique per body) and gives each a JVM label; a goto
 * is a JVM jump after the finally blocks of the tries it leaves (php runs them too).
 */
final class GotoGen {
    /** An enclosing loop/switch ({@code part} 0), or a try's body (0), catch k (k + 1) or finally (-1). */
    private record Frame(Stmt stmt, int part) {
        boolean isTry() { return stmt instanceof Stmt.Try; }
    }

    private record Target(Label label, List<Frame> path) {}

    private final Map<String, Target> labels = new HashMap<>();
    private final Map<Stmt.Goto, List<Frame>> gotos = new IdentityHashMap<>();
    private final Builder b;
    private final TryGen tries;

    GotoGen(Builder b, TryGen tries) {
        this.b = b;
        this.tries = tries;
    }

    /** Finds the body's labels and gotos and checks php's rules (its compile errors). */
    void scan(List<Stmt> body) {
        List<Stmt.Goto> order = new ArrayList<>();
        scan(body, new ArrayList<>(), order);
        for (Stmt.Goto gt : order) {
            Target t = labels.get(gt.label());
            if (t == null) throw new CompileError("'goto' to undefined label '" + gt.label() + "'", gt.span().line());
            List<Frame> from = gotos.get(gt);
            List<Frame> loopsFrom = from.stream().filter(f -> !f.isTry()).toList();
            List<Frame> loopsTo = t.path.stream().filter(f -> !f.isTry()).toList();
            if (loopsTo.size() > loopsFrom.size() || !loopsFrom.subList(0, loopsTo.size()).equals(loopsTo)) {
                throw new CompileError("'goto' into loop or switch statement is disallowed", gt.span().line());
            }
            for (Frame f : from) {
                if (f.part == -1 && !t.path.contains(f)) {
                    throw new CompileError("jump out of a finally block is disallowed", gt.span().line());
                }
            }
            for (Frame f : t.path) {
                if (f.part == -1 && !from.contains(f)) {
                    throw new CompileError("jump into a finally block is disallowed", gt.span().line());
                }
            }
        }
    }

    private void scan(List<Stmt> list, List<Frame> path, List<Stmt.Goto> order) {
        for (Stmt s : list) scan(s, path, order);
    }

    private void scan(Stmt s, List<Frame> path, List<Stmt.Goto> order) {
        if (s == null) return;
        switch (s) {
            case Stmt.Label l -> {
                if (labels.containsKey(l.name())) throw new CompileError("Label '" + l.name() + "' already defined", l.span().line());
                labels.put(l.name(), new Target(new Label(), List.copyOf(path)));
            }
            case Stmt.Goto gt -> {
                gotos.put(gt, List.copyOf(path));
                order.add(gt);
            }
            case Stmt.Block bl -> scan(bl.stmts(), path, order);
            case Stmt.If i -> {
                scan(i.then(), path, order);
                for (Stmt.ElseIf ei : i.elseIfs()) scan(ei.body(), path, order);
                scan(i.els(), path, order);
            }
            case Stmt.While w -> within(new Frame(w, 0), path, () -> scan(w.body(), path, order));
            case Stmt.DoWhile w -> within(new Frame(w, 0), path, () -> scan(w.body(), path, order));
            case Stmt.For f -> within(new Frame(f, 0), path, () -> scan(f.body(), path, order));
            case Stmt.Foreach f -> within(new Frame(f, 0), path, () -> scan(f.body(), path, order));
            case Stmt.Switch sw -> within(new Frame(sw, 0), path, () -> {
                for (Stmt.Case c : sw.cases()) scan(c.body(), path, order);
            });
            case Stmt.Try t -> {
                within(new Frame(t, 0), path, () -> scan(t.body(), path, order));
                for (int k = 0; k < t.catches().size(); k++) {
                    Stmt.Catch c = t.catches().get(k);
                    within(new Frame(t, k + 1), path, () -> scan(c.body(), path, order));
                }
                if (t.fin() != null) within(new Frame(t, -1), path, () -> scan(t.fin(), path, order));
            }
            case Stmt.Declare d -> scan(d.body(), path, order);
            case Stmt.Namespace n -> { if (n.body() != null) scan(n.body(), path, order); }
            default -> { }
        }
    }

    private static void within(Frame f, List<Frame> path, Runnable r) {
        path.add(f);
        r.run();
        path.remove(path.size() - 1);
    }

    /**
     * finally blocks are generated once per exit (TryGen), so a label inside one has a JVM label per
     * copy: {@code copy} numbers the copy being generated (0 outside finally blocks).
     */
    private int copy, copies;
    private final Map<String, Label> copyLabels = new HashMap<>();

    /** TryGen starts generating a copy of a finally block; returns what {@link #endFinally} restores. */
    int beginFinally() {
        int outer = copy;
        copy = ++copies;
        return outer;
    }

    void endFinally(int outer) { copy = outer; }

    private Label jvmLabel(String name) {
        Target t = labels.get(name);
        if (t.path.stream().noneMatch(f -> f.part == -1)) return t.label;
        return copyLabels.computeIfAbsent(name + "#" + copy, k -> new Label());
    }

    /** The label statement: marks its JVM label. */
    void label(Stmt.Label l) {
        b.mark(jvmLabel(l.name()));
    }

    /** The jump, after the finally blocks of the tries left on the way. */
    void jump(Stmt.Goto gt) {
        Target t = labels.get(gt.label());
        List<Frame> from = gotos.get(gt);
        int common = 0;
        while (common < from.size() && common < t.path.size() && from.get(common).equals(t.path.get(common))) common++;
        // the tries still open at the target are those of the common prefix (finally parts are not on TryGen's stack)
        int open = 0;
        for (int i = 0; i < common; i++) if (from.get(i).isTry() && from.get(i).part != -1) open++;
        tries.exitTo(open);
        b.jump(jvmLabel(gt.label()));
    }
}
