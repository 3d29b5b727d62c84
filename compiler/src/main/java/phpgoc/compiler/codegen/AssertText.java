package phpgoc.compiler.codegen;

import java.util.List;
import phpgoc.ast.Arg;
import phpgoc.ast.ArrayItem;
import phpgoc.ast.Expr;
import phpgoc.ast.MatchArm;
import phpgoc.ast.Name;

/**
 * An expression as php's zend_ast_export writes it, for the message of a failed {@code assert()}
 * without a description: "assert($a > 1 && strlen('x') == 1)". Spacing is php's, strings are
 * single-quoted, parentheses come from operator priorities (php's table), not from the source.
 */
final class AssertText {
    private AssertText() {}

    /** The message php gives {@code assert(e)}. */
    static String of(Expr e) {
        StringBuilder sb = new StringBuilder("assert(");
        new AssertText.Writer(sb).expr(e, 0);
        return sb.append(')').toString();
    }

    private record Writer(StringBuilder sb) {
        void expr(Expr e, int priority) {
            switch (e) {
                case Expr.IntLit i -> sb.append(i.value());
                case Expr.FloatLit f -> sb.append(phpgoc.runtime.Convert.doubleToString(f.value(), 14));
                case Expr.StrLit s -> str(s.value());
                case Expr.Interp i -> interp(i.parts(), '"');
                case Expr.ShellExec x -> interp(x.parts(), '`');
                case Expr.ArrayLit a -> { sb.append('['); items(a.items()); sb.append(']'); }
                case Expr.ListExpr l -> { sb.append('['); items(l.items()); sb.append(']'); }
                case Expr.ConstFetch c -> name(c.name());
                case Expr.MagicConst m -> sb.append(m.name());
                case Expr.Var v -> sb.append('$').append(v.name());
                case Expr.VarVar v -> {
                    sb.append('$');
                    if (v.name() instanceof Expr.Var) expr(v.name(), 0);
                    else { sb.append('{'); expr(v.name(), 0); sb.append('}'); }
                }
                case Expr.Dim d -> {
                    expr(d.base(), 260);
                    sb.append('[');
                    if (d.index() != null) expr(d.index(), 0);
                    sb.append(']');
                }
                case Expr.Prop p -> {
                    expr(p.object(), 0);
                    sb.append(p.nullsafe() ? "?->" : "->");
                    member(p.name());
                }
                case Expr.StaticProp p -> {
                    cls(p.cls());
                    sb.append("::$");
                    if (p.name() instanceof Expr.StrLit s) sb.append(s.value());
                    else { sb.append('{'); expr(p.name(), 0); sb.append('}'); }
                }
                case Expr.ClassConst c -> { cls(c.cls()); sb.append("::").append(c.name()); }
                case Expr.NameExpr n -> name(n.name());
                case Expr.Call c -> {
                    if (c.callee() instanceof Expr.NameExpr n) name(n.name()); else expr(c.callee(), 0);
                    args(c.args(), c.fcc());
                }
                case Expr.MethodCall m -> {
                    expr(m.object(), 0);
                    sb.append(m.nullsafe() ? "?->" : "->");
                    member(m.name());
                    args(m.args(), m.fcc());
                }
                case Expr.StaticCall s -> {
                    cls(s.cls());
                    sb.append("::");
                    member(s.name());
                    args(s.args(), s.fcc());
                }
                case Expr.New n -> {
                    open(priority, 270);
                    sb.append("new ");
                    cls(n.cls());
                    args(n.args(), false);
                    close(priority, 270);
                }
                case Expr.AnonClass a -> sb.append("new class");
                case Expr.Binary b -> binary(b, priority);
                case Expr.Unary u -> prefix(switch (u.op()) {
                    case NEG -> "-";
                    case PLUS -> "+";
                    case NOT -> "!";
                    case BIT_NOT -> "~";
                }, u.operand(), priority, 240);
                case Expr.IncDec i -> {
                    String op = i.increment() ? "++" : "--";
                    if (i.prefix()) prefix(op, i.target(), priority, 240);
                    else { open(priority, 240); expr(i.target(), 241); sb.append(op); close(priority, 240); }
                }
                case Expr.Assign a -> infix(a.target(), " = ", a.value(), priority, 90, 91, 90);
                case Expr.AssignRef a -> infix(a.target(), " =& ", a.value(), priority, 90, 91, 90);
                case Expr.CompoundAssign a -> infix(a.target(), " " + a.op().symbol + "= ", a.value(), priority, 90, 91, 90);
                case Expr.Ternary t -> {
                    open(priority, 100);
                    expr(t.cond(), 100);
                    if (t.then() != null) { sb.append(" ? "); expr(t.then(), 101); sb.append(" : "); }
                    else sb.append(" ?: ");
                    expr(t.els(), 101);
                    close(priority, 100);
                }
                case Expr.Cast c -> prefix(switch (c.type()) {
                    case INT -> "(int)";
                    case FLOAT -> "(double)";
                    case STRING -> "(string)";
                    case BOOL -> "(bool)";
                    case ARRAY -> "(array)";
                    case OBJECT -> "(object)";
                    case UNSET -> "(unset)";
                }, c.operand(), priority, 240);
                case Expr.InstanceOf i -> {
                    open(priority, 230);
                    expr(i.operand(), 231);
                    sb.append(" instanceof ");
                    cls(i.cls());
                    close(priority, 230);
                }
                case Expr.Isset i -> { sb.append("isset("); list(i.vars()); sb.append(')'); }
                case Expr.Empty x -> { sb.append("empty("); expr(x.operand(), 0); sb.append(')'); }
                case Expr.Silence s -> prefix("@", s.operand(), priority, 240);
                case Expr.Exit x -> {
                    sb.append("exit");
                    if (x.status() != null) { sb.append('('); expr(x.status(), 0); sb.append(')'); }
                }
                case Expr.Print p -> prefix("print ", p.operand(), priority, 60);
                case Expr.Clone c -> prefix("clone ", c.operand(), priority, 270);
                case Expr.Include i -> prefix(switch (i.kind()) {
                    case INCLUDE -> "include ";
                    case INCLUDE_ONCE -> "include_once ";
                    case REQUIRE -> "require ";
                    case REQUIRE_ONCE -> "require_once ";
                }, i.path(), priority, 240);
                case Expr.Eval v -> { sb.append("eval("); expr(v.code(), 0); sb.append(')'); }
                case Expr.Throw t -> prefix("throw ", t.exception(), priority, 0);
                case Expr.Match m -> match(m);
                case Expr.Yield y -> {
                    open(priority, 70);
                    sb.append("yield");
                    if (y.value() != null) {
                        sb.append(' ');
                        if (y.key() != null) { expr(y.key(), 70); sb.append(" => "); }
                        expr(y.value(), 70);
                    }
                    close(priority, 70);
                }
                case Expr.YieldFrom y -> prefix("yield from ", y.source(), priority, 85);
                case Expr.Closure c -> sb.append(c.decl().isStatic() ? "static function () {\n}" : "function () {\n}");
                case Expr.ArrowFn a -> sb.append(a.decl().isStatic() ? "static fn() => ..." : "fn() => ...");
            }
        }

        private void binary(Expr.Binary b, int priority) {
            String op = " " + b.op().symbol + " ";
            switch (b.op()) {
                case LOGICAL_OR -> infix(b.left(), op, b.right(), priority, 20, 20, 21);
                case LOGICAL_XOR -> infix(b.left(), op, b.right(), priority, 30, 30, 31);
                case LOGICAL_AND -> infix(b.left(), op, b.right(), priority, 40, 40, 41);
                case COALESCE -> infix(b.left(), op, b.right(), priority, 110, 111, 110);
                case OR -> infix(b.left(), op, b.right(), priority, 120, 120, 121);
                case AND -> infix(b.left(), op, b.right(), priority, 130, 130, 131);
                case BIT_OR -> infix(b.left(), op, b.right(), priority, 140, 140, 141);
                case BIT_XOR -> infix(b.left(), op, b.right(), priority, 150, 150, 151);
                case BIT_AND -> infix(b.left(), op, b.right(), priority, 160, 160, 161);
                case EQ, NOT_EQ, IDENTICAL, NOT_IDENTICAL -> infix(b.left(), op, b.right(), priority, 170, 171, 171);
                case LT, LE, GT, GE, SPACESHIP -> infix(b.left(), op, b.right(), priority, 180, 181, 181);
                case CONCAT -> infix(b.left(), op, b.right(), priority, 185, 185, 186);
                case SHL, SHR -> infix(b.left(), op, b.right(), priority, 190, 190, 191);
                case ADD, SUB -> infix(b.left(), op, b.right(), priority, 200, 200, 201);
                case MUL, DIV, MOD -> infix(b.left(), op, b.right(), priority, 210, 210, 211);
                case POW -> infix(b.left(), op, b.right(), priority, 250, 251, 250);
            }
        }

        private void infix(Expr l, String op, Expr r, int priority, int p, int pl, int pr) {
            open(priority, p);
            expr(l, pl);
            sb.append(op);
            expr(r, pr);
            close(priority, p);
        }

        private void prefix(String op, Expr operand, int priority, int p) {
            open(priority, p);
            sb.append(op);
            expr(operand, p + 1);
            close(priority, p);
        }

        private void open(int priority, int p) { if (priority > p) sb.append('('); }

        private void close(int priority, int p) { if (priority > p) sb.append(')'); }

        private void match(Expr.Match m) {
            sb.append("match (");
            expr(m.subject(), 0);
            sb.append(") {\n");
            for (MatchArm a : m.arms()) {
                sb.append("    ");
                if (a.conditions() == null || a.conditions().isEmpty()) sb.append("default");
                else list(a.conditions());
                sb.append(" => ");
                expr(a.body(), 0);
                sb.append(",\n");
            }
            sb.append('}');
        }

        /** A class reference: a name, or an expression ({@code $cls::X}). */
        private void cls(Expr c) {
            if (c instanceof Expr.NameExpr n) name(n.name());
            else expr(c, 0);
        }

        /** A property or method name: an identifier, or {@code {expr}} / a variable. */
        private void member(Expr name) {
            if (name instanceof Expr.StrLit s) sb.append(s.value());
            else if (name instanceof Expr.Var) expr(name, 0);
            else { sb.append('{'); expr(name, 0); sb.append('}'); }
        }

        /** A name as written: an unqualified name in a namespace shows without the namespace php tried first. */
        private void name(Name n) {
            String fb = n.fallback();
            sb.append(fb != null ? fb : n.text());
        }

        private void args(List<Arg> args, boolean fcc) {
            sb.append('(');
            if (fcc) sb.append("...");
            for (int i = 0; i < args.size(); i++) {
                if (i > 0) sb.append(", ");
                Arg a = args.get(i);
                if (a.spread()) sb.append("...");
                if (a.name() != null) sb.append(a.name()).append(": ");
                expr(a.value(), 0);
            }
            sb.append(')');
        }

        private void list(List<Expr> es) {
            for (int i = 0; i < es.size(); i++) {
                if (i > 0) sb.append(", ");
                expr(es.get(i), 0);
            }
        }

        private void items(List<ArrayItem> items) {
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) sb.append(", ");
                ArrayItem it = items.get(i);
                if (it == null) continue;
                if (it.spread()) sb.append("...");
                if (it.key() != null) { expr(it.key(), 80); sb.append(" => "); }
                if (it.byRef()) sb.append('&');
                expr(it.value(), 80);
            }
        }

        /** zend_ast_export_str: a single-quoted string with ' and \ escaped. */
        private void str(String s) {
            sb.append('\'');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\'' || c == '\\') sb.append('\\');
                sb.append(c);
            }
            sb.append('\'');
        }

        /** An interpolated string: literal parts escaped as php's zend_ast_export_qstr, variables in braces unless plain. */
        private void interp(List<Expr> parts, char quote) {
            sb.append(quote);
            for (Expr p : parts) {
                if (p instanceof Expr.StrLit s) {
                    for (int i = 0; i < s.value().length(); i++) {
                        char c = s.value().charAt(i);
                        switch (c) {
                            case '\n' -> sb.append("\\n");
                            case '\r' -> sb.append("\\r");
                            case '\t' -> sb.append("\\t");
                            case '\f' -> sb.append("\\f");
                            case 0x0B -> sb.append("\\v");
                            case 0x1B -> sb.append("\\e");
                            case '\\' -> sb.append("\\\\");
                            case '$' -> sb.append("\\$");
                            default -> {
                                if (c == quote) sb.append('\\');
                                sb.append(c);
                            }
                        }
                    }
                } else if (p instanceof Expr.Var) {
                    expr(p, 0);
                } else {
                    sb.append('{');
                    expr(p, 0);
                    sb.append('}');
                }
            }
            sb.append(quote);
        }
    }
}
