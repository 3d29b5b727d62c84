package phpgoc.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import phpgoc.ast.Expr;
import phpgoc.ast.Name;
import phpgoc.ast.Stmt;
import phpgoc.compiler.emit.Call;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Throwables;

/**
 * {@code throw}, {@code try/catch/finally}. A try's catches are one JVM handler for
 * {@code PhpError} over the try body that gets the thrown object ({@link Throwables#caught}), tests
 * the clauses' classes in order and rethrows on no match. {@code finally} is duplicated code on each
 * exit: after the body or a catch, in a handler that rethrows the pending error, and before each
 * {@code return}/{@code break}/{@code continue} that leaves the try; the code of such inline copies
 * is cut out of the ranges of the handlers of the tries being left.
 */
final class TryGen {
    static final Call TO_THROW = Call.of(Throwables.class, "toThrow", Object.class);
    static final Call CAUGHT = Call.of(Throwables.class, "caught", Context.class, PhpError.class);
    static final Call IS_A = Call.of(Throwables.class, "isA", PhpObject.class, String.class);
    static final Call REPLACED = Call.of(Throwables.class, "replaced", Context.class, PhpError.class, PhpError.class);

    private final Gen g;
    private final Builder b;
    private final StmtGen st;

    /** A try being generated: its loop depth and the code ranges (inline finally copies) its handlers skip. */
    private static final class Entry {
        final Stmt.Try t;
        final int loopDepth;
        final List<Label[]> gaps = new ArrayList<>();

        Entry(Stmt.Try t, int loopDepth) {
            this.t = t;
            this.loopDepth = loopDepth;
        }
    }

    private List<Entry> stack = new ArrayList<>();

    TryGen(Gen g, StmtGen st) {
        this.g = g;
        this.b = g.b;
        this.st = st;
    }

    /** {@code throw e} (statement or expression): leaves a dead null for expression contexts. */
    void throwExpr(Expr.Throw t) {
        g.expr.gen(t.exception());
        b.line(t.span().line());
        b.call(TO_THROW);
        b.athrow();
        b.pushNull();
    }

    void tryStmt(Stmt.Try t) {
        Entry en = new Entry(t, st.loopDepth());
        boolean hasFin = t.fin() != null;
        Label start = b.label(), bodyEnd = b.label(), catchesEnd = b.label(), finNormal = b.label(), end = b.label();
        Label after = hasFin ? finNormal : end;
        stack.add(en);
        b.mark(start);
        b.emitter().visitInsn(Opcodes.NOP);
        st.stmts(t.body().stmts());
        b.mark(bodyEnd);
        b.jump(after);
        List<Label[]> bodyGaps = List.copyOf(en.gaps);
        if (!t.catches().isEmpty()) {
            Label handler = b.label();
            b.mark(handler);
            int exc = b.newTemp(PhpError.class), obj = b.newTemp(PhpObject.class);
            b.store(exc);
            b.loadCtx();
            b.load(exc);
            b.call(CAUGHT);
            b.store(obj);
            List<Label> bodies = new ArrayList<>();
            for (Stmt.Catch c : t.catches()) {
                Label l = b.label();
                bodies.add(l);
                for (Name n : c.types()) {
                    b.load(obj);
                    b.pushString(key(n));
                    b.call(IS_A);
                    b.jumpIfTrue(l);
                }
            }
            b.load(exc);
            b.athrow();
            for (int k = 0; k < t.catches().size(); k++) {
                Stmt.Catch c = t.catches().get(k);
                b.mark(bodies.get(k));
                b.line(c.span().line());
                if (c.var() != null) {
                    b.load(obj);
                    g.assign.assignFromStack(new Expr.Var(c.var(), c.span()));
                }
                st.stmts(c.body().stmts());
                b.jump(after);
            }
            cover(start, bodyEnd, bodyGaps, handler);
        }
        b.mark(catchesEnd);
        stack.remove(en);
        if (hasFin) {
            Label fh = b.label();
            b.mark(fh);
            int pending = b.newTemp(PhpError.class);
            b.store(pending);
            Label fs = b.label(), fe = b.label(), rh = b.label();
            b.mark(fs);
            b.emitter().visitInsn(Opcodes.NOP);
            finallyCopy(t);
            b.mark(fe);
            b.load(pending);
            b.athrow();
            b.mark(rh);
            int thrown = b.newTemp(PhpError.class);
            b.store(thrown);
            b.loadCtx();
            b.load(thrown);
            b.load(pending);
            b.call(REPLACED);
            b.athrow();
            b.catchPhpError(fs, fe, rh);
            cover(start, catchesEnd, en.gaps, fh);
            b.mark(finNormal);
            finallyCopy(t);
        }
        b.mark(end);
    }

    /** One copy of a finally block (each has its own JVM labels for goto labels inside). */
    private void finallyCopy(Stmt.Try t) {
        int outer = st.gotos.beginFinally();
        st.stmts(t.fin().stmts());
        st.gotos.endFinally(outer);
    }

    /** Registers {@code handler} for [from, to) minus the gaps. */
    private void cover(Label from, Label to, List<Label[]> gaps, Label handler) {
        Label s = from;
        for (Label[] gap : gaps) {
            range(s, gap[0], handler);
            s = gap[1];
        }
        range(s, to, handler);
    }

    private void range(Label s, Label e, Label handler) {
        try {
            if (s.getOffset() >= e.getOffset()) return;
        } catch (IllegalStateException unresolved) {
            // offsets unknown: register as is
        }
        b.catchPhpError(s, e, handler);
    }

    private static String key(Name n) {
        String s = n.text();
        return (s.startsWith("\\") ? s.substring(1) : s).toLowerCase(Locale.ROOT);
    }

    /** {@code return} with its value on the stack: runs the finally blocks of the tries it leaves. */
    void areturn() {
        if (stack.stream().anyMatch(en -> en.t.fin() != null)) {
            int tmp = b.newTemp();
            b.store(tmp);
            exitTo(0);
            b.load(tmp);
        }
        b.areturn();
    }

    /** {@code break}/{@code continue} to the loop at index {@code loopIndex}: leaves the tries inside it. */
    void beforeJump(int loopIndex) {
        int i = 0;
        while (i < stack.size() && stack.get(i).loopDepth <= loopIndex) i++;
        if (i < stack.size()) exitTo(i);
    }

    void exitTo(int downTo) {
        List<Entry> saved = new ArrayList<>(stack);
        for (int i = saved.size() - 1; i >= downTo; i--) {
            Entry en = saved.get(i);
            if (en.t.fin() == null) continue;
            Label gs = b.label(), ge = b.label();
            b.mark(gs);
            stack = new ArrayList<>(saved.subList(0, i));
            finallyCopy(en.t);
            b.mark(ge);
            for (int j = i; j < saved.size(); j++) saved.get(j).gaps.add(new Label[] {gs, ge});
        }
        stack = saved;
    }
}
