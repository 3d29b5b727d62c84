package phpgoc.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import phpgoc.ast.Arg;
import phpgoc.ast.ArrayItem;
import phpgoc.ast.Expr;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.ext.reflection.ExportText;

/**
 * A parameter default as Reflection's export text prints it (php's {@code format_default_value}):
 * a value php folds at compile time (literals, arithmetic on them, arrays of them, {@code X::class})
 * printed as a value ({@code NULL}, {@code 'a\n'}, {@code [0 => 1, 'k' => 2]}); anything else as
 * its source ({@code zend_ast_export}: {@code FOO + 1}, {@code new \K()}).
 */
final class DefaultText {
    private DefaultText() {}

    /** Not foldable. */
    private static final Object NO = new Object();
    private static final Object NULL = new Object();

    /** A folded array: its keys (Long or String) and values. */
    private record Arr(List<Object> keys, List<Object> values) {}

    static String of(Expr e) {
        Object v = fold(e);
        if (v != NO) return ExportText.value(runtime(v));
        StringBuilder sb = new StringBuilder();
        export(sb, e, 0);
        return sb.toString();
    }

    /** A folded value as the run time holds it (null, PhpArray). */
    private static Object runtime(Object v) {
        if (v == NULL) return null;
        if (!(v instanceof Arr a)) return v;
        PhpArray out = new PhpArray();
        for (int i = 0; i < a.keys.size(); i++) out.put(a.keys.get(i), runtime(a.values.get(i)));
        return out;
    }

    // ---- folding

    private static Object fold(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> i.value();
            case Expr.FloatLit f -> f.value();
            case Expr.StrLit s -> s.value();
            case Expr.ConstFetch c -> switch (c.name().text().toLowerCase(Locale.ROOT)) {
                case "null" -> NULL;
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> NO;
            };
            case Expr.MagicConst m when m.name().equalsIgnoreCase("__LINE__") -> (long) m.span().line();
            case Expr.ClassConst k when k.name().equalsIgnoreCase("class") && k.cls() instanceof Expr.NameExpr n
                    && !n.name().isSpecialClass() -> n.name().text();
            case Expr.Unary u -> unary(u.op(), fold(u.operand()));
            case Expr.Binary b -> binary(b.op(), fold(b.left()), fold(b.right()));
            case Expr.Ternary t -> {
                Object c = fold(t.cond());
                if (!(c instanceof Boolean || c instanceof Long || c == NULL)) yield NO;
                boolean truth = c instanceof Boolean bo ? bo : c instanceof Long l && l != 0;
                yield truth ? (t.then() == null ? c : fold(t.then())) : fold(t.els());
            }
            case Expr.ArrayLit a -> array(a);
            default -> NO;
        };
    }

    private static Object array(Expr.ArrayLit a) {
        List<Object> keys = new ArrayList<>(), values = new ArrayList<>();
        long next = 0;
        for (ArrayItem it : a.items()) {
            if (it == null || it.byRef() || it.spread()) return NO;
            Object v = fold(it.value());
            if (v == NO) return NO;
            Object k;
            if (it.key() == null) {
                k = next;
            } else {
                k = fold(it.key());
                if (k instanceof Boolean bo) k = bo ? 1L : 0L;
                else if (k == NULL) k = "";
                else if (k instanceof String s && Convert.toKey(s) instanceof Long l) k = l;
                else if (!(k instanceof Long || k instanceof String)) return NO;
            }
            if (k instanceof Long l && l >= next) next = l + 1;
            int at = keys.indexOf(k);
            if (at >= 0) values.set(at, v);
            else {
                keys.add(k);
                values.add(v);
            }
        }
        return new Arr(keys, values);
    }

    private static Object unary(Expr.UnaryOp op, Object v) {
        if (op == Expr.UnaryOp.NOT && (v instanceof Boolean || v == NULL)) return v != Boolean.TRUE;
        if (v instanceof Long l) {
            return switch (op) {
                case NEG -> l == Long.MIN_VALUE ? (Object) (-(double) l) : (Object) (-l);
                case PLUS -> l;
                case BIT_NOT -> ~l;
                case NOT -> l == 0;
            };
        }
        if (v instanceof Double d && (op == Expr.UnaryOp.NEG || op == Expr.UnaryOp.PLUS)) return op == Expr.UnaryOp.NEG ? -d : d;
        return NO;
    }

    private static Object binary(Expr.BinaryOp op, Object a, Object b) {
        if (op == Expr.BinaryOp.COALESCE && a != NO) return a == NULL ? b : a;
        if (op == Expr.BinaryOp.CONCAT && (a instanceof String || a instanceof Long) && (b instanceof String || b instanceof Long)) {
            return a.toString() + b;
        }
        if (a instanceof Long x && b instanceof Long y) {
            try {
                return switch (op) {
                    case ADD -> Math.addExact(x, y);
                    case SUB -> Math.subtractExact(x, y);
                    case MUL -> Math.multiplyExact(x, y);
                    case BIT_AND -> x & y;
                    case BIT_OR -> x | y;
                    case BIT_XOR -> x ^ y;
                    case POW -> y < 0 ? (Object) Math.pow(x, y) : (Object) intPow(x, y);
                    default -> NO;
                };
            } catch (ArithmeticException overflow) {
                return NO;
            }
        }
        if ((a instanceof Long || a instanceof Double) && (b instanceof Long || b instanceof Double)) {
            double x = ((Number) a).doubleValue(), y = ((Number) b).doubleValue();
            return switch (op) {
                case ADD -> x + y;
                case SUB -> x - y;
                case MUL -> x * y;
                case POW -> Math.pow(x, y);
                default -> NO;
            };
        }
        return NO;
    }

    /** {@code x ** y} for y >= 0; ArithmeticException when it overflows (php gives a float then: not folded here). */
    private static long intPow(long x, long y) {
        if (x == 0 || x == 1) return y == 0 ? 1 : x;
        if (x == -1) return y % 2 == 0 ? 1 : -1;
        long r = 1;
        for (long i = 0; i < y; i++) r = Math.multiplyExact(r, x);
        return r;
    }

    // ---- printing source (zend_ast_export with its operator priorities)

    private static void export(StringBuilder sb, Expr e, int priority) {
        Object v = fold(e);
        if (v != NO) {
            exportValue(sb, v);
            return;
        }
        switch (e) {
            case Expr.ConstFetch c -> sb.append(c.name().text());
            case Expr.ClassConst k -> {
                export(sb, k.cls(), 0);
                sb.append("::").append(k.name());
            }
            case Expr.NameExpr n -> sb.append(n.name().text());
            case Expr.MagicConst m -> sb.append(m.name());
            case Expr.New n -> {
                sb.append("new ");
                if (n.cls() instanceof Expr.NameExpr name && !name.name().isSpecialClass()) sb.append('\\');
                export(sb, n.cls(), 0);
                sb.append('(');
                args(sb, n.args());
                sb.append(')');
            }
            case Expr.Unary u -> {
                if (priority > 240) sb.append('(');
                sb.append(switch (u.op()) { case NEG -> "-"; case PLUS -> "+"; case NOT -> "!"; case BIT_NOT -> "~"; });
                export(sb, u.operand(), 241);
                if (priority > 240) sb.append(')');
            }
            case Expr.Binary b -> {
                int[] p = priorities(b.op());
                if (priority > p[0]) sb.append('(');
                export(sb, b.left(), p[1]);
                sb.append(' ').append(symbol(b.op())).append(' ');
                export(sb, b.right(), p[2]);
                if (priority > p[0]) sb.append(')');
            }
            case Expr.Ternary t -> {
                if (priority > 100) sb.append('(');
                export(sb, t.cond(), 100);
                if (t.then() != null) {
                    sb.append(" ? ");
                    export(sb, t.then(), 101);
                    sb.append(" : ");
                } else {
                    sb.append(" ?: ");
                }
                export(sb, t.els(), 101);
                if (priority > 100) sb.append(')');
            }
            case Expr.ArrayLit a -> {
                sb.append('[');
                for (int i = 0; i < a.items().size(); i++) {
                    ArrayItem it = a.items().get(i);
                    if (i > 0) sb.append(", ");
                    if (it.spread()) sb.append("...");
                    if (it.key() != null) {
                        export(sb, it.key(), 80);
                        sb.append(" => ");
                    }
                    export(sb, it.value(), 80);
                }
                sb.append(']');
            }
            default -> sb.append("<expression>");
        }
    }

    private static void args(StringBuilder sb, List<Arg> args) {
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) sb.append(", ");
            Arg a = args.get(i);
            if (a.name() != null) sb.append(a.name()).append(": ");
            export(sb, a.value(), 0);
        }
    }

    private static String symbol(Expr.BinaryOp op) {
        return switch (op) {
            case AND, LOGICAL_AND -> "&&";
            case OR, LOGICAL_OR -> "||";
            default -> op.symbol;
        };
    }

    /** {priority, left's, right's} as zend_ast_export's BINARY_OP table. */
    private static int[] priorities(Expr.BinaryOp op) {
        return switch (op) {
            case POW -> new int[] {250, 251, 250};
            case MUL, DIV, MOD -> new int[] {210, 210, 211};
            case ADD, SUB -> new int[] {200, 200, 201};
            case SHL, SHR -> new int[] {190, 190, 191};
            case CONCAT -> new int[] {185, 185, 186};
            case LT, LE, GT, GE, SPACESHIP -> new int[] {180, 181, 181};
            case EQ, NOT_EQ, IDENTICAL, NOT_IDENTICAL -> new int[] {170, 171, 171};
            case BIT_AND -> new int[] {160, 160, 161};
            case BIT_XOR -> new int[] {150, 150, 151};
            case BIT_OR -> new int[] {140, 140, 141};
            case AND, LOGICAL_AND -> new int[] {130, 130, 131};
            case OR, LOGICAL_OR -> new int[] {120, 120, 121};
            case COALESCE -> new int[] {110, 111, 110};
            case LOGICAL_XOR -> new int[] {40, 40, 41};
        };
    }

    /** zend_ast_export_zval: a folded value inside exported source. */
    private static void exportValue(StringBuilder sb, Object v) {
        switch (v) {
            case Boolean b -> sb.append(b ? "true" : "false");
            case Long l -> sb.append(l);
            case Double d -> sb.append(ExportText.dbl(d, false));
            case String s -> sb.append('\'').append(s.replace("\\", "\\\\").replace("'", "\\'")).append('\'');
            case Arr a -> {
                sb.append('[');
                for (int i = 0; i < a.keys.size(); i++) {
                    if (i > 0) sb.append(", ");
                    Object k = a.keys.get(i);
                    if (k instanceof String s) sb.append('\'').append(s.replace("\\", "\\\\").replace("'", "\\'")).append("' => ");
                    else sb.append(k).append(" => ");
                    exportValue(sb, a.values.get(i));
                }
                sb.append(']');
            }
            default -> sb.append("null");
        }
    }
}
