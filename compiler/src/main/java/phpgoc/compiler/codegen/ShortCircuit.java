package phpgoc.compiler.codegen;

import org.objectweb.asm.Label;
import phpgoc.ast.Expr.BinaryOp;
import phpgoc.ast.Expr;

/**
 * The jumps of {@code !}, {@code &&} and {@code ||} in a condition, shared by the generic
 * ({@link ExprGen}) and typed ({@link TypedLoopGen}) condition emitters, each of which handles the
 * operands through its own {@link Cond}.
 */
final class ShortCircuit {
    private ShortCircuit() {}

    /** Jumps to {@code target} when the truth of {@code e} equals {@code when}; falls through otherwise. */
    interface Cond {
        void cond(Expr e, Label target, boolean when);
    }

    /** Emits {@code e} through {@code cond} if it is a negation, {@code &&} or {@code ||}; false (nothing emitted) otherwise. */
    static boolean jumps(Builder b, Expr e, Label target, boolean when, Cond cond) {
        if (e instanceof Expr.Unary u && u.op() == Expr.UnaryOp.NOT) {
            cond.cond(u.operand(), target, !when);
            return true;
        }
        if (e instanceof Expr.Binary bin) {
            boolean and = bin.op() == BinaryOp.AND || bin.op() == BinaryOp.LOGICAL_AND;
            boolean or = bin.op() == BinaryOp.OR || bin.op() == BinaryOp.LOGICAL_OR;
            if ((and && !when) || (or && when)) {
                cond.cond(bin.left(), target, when);
                cond.cond(bin.right(), target, when);
                return true;
            }
            if (and || or) {
                Label skip = b.label();
                cond.cond(bin.left(), skip, !when);
                cond.cond(bin.right(), target, when);
                b.mark(skip);
                return true;
            }
        }
        return false;
    }
}
