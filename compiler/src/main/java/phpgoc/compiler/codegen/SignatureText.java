package phpgoc.compiler.codegen;

import java.util.Locale;
import phpgoc.ast.Expr;
import phpgoc.ast.FunctionDecl;
import phpgoc.ast.Param;
import phpgoc.ast.TypeRef;
import phpgoc.runtime.Convert;

/**
 * A method's signature as php's inheritance checks need it ({@code phpgoc.runtime.Signatures}),
 * encoded in one string constant per method and parsed only when a class overrides or implements
 * it: {@code line SEP returnType SEP byRefReturn (SEP flags FS name FS type FS default)*}, types in
 * php's spelling as declared ({@code self} unresolved), defaults as php prints them in
 * "Declaration of ..." messages.
 */
final class SignatureText {
    private SignatureText() {}

    static final char SEP = '\u0002', FS = '\u0001';

    static String of(FunctionDecl d, int line) {
        StringBuilder sb = new StringBuilder();
        sb.append(line).append(SEP).append(d.returnType() == null ? "" : type(d.returnType(), false)).append(SEP)
                .append(d.byRefReturn() ? '1' : '0');
        for (Param p : d.params()) {
            boolean nullDefault = p.defaultValue() instanceof Expr.ConstFetch c && c.name().text().equalsIgnoreCase("null");
            int f = (p.byRef() ? 1 : 0) | (p.variadic() ? 2 : 0) | (p.defaultValue() != null || p.variadic() ? 4 : 0);
            sb.append(SEP).append(f).append(FS).append(p.name()).append(FS)
                    .append(p.type() == null ? "" : type(p.type(), nullDefault)).append(FS)
                    .append(p.defaultValue() == null ? "" : defaultText(p.defaultValue()));
        }
        return sb.toString();
    }

    private static String type(TypeRef t, boolean nullDefault) {
        TypeDecl d = TypeDecl.of(t, nullDefault);
        if (d != null) return d.name();
        return t instanceof TypeRef.Named n ? n.name().text().toLowerCase(Locale.ROOT) : "mixed";
    }

    /** php's zend_get_function_declaration: literals, constant names, else {@code <expression>}. */
    static String defaultText(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> Long.toString(i.value());
            case Expr.FloatLit f -> Convert.toStr(f.value());
            case Expr.Unary u when u.op() == Expr.UnaryOp.NEG && u.operand() instanceof Expr.IntLit i -> Long.toString(-i.value());
            case Expr.Unary u when u.op() == Expr.UnaryOp.NEG && u.operand() instanceof Expr.FloatLit f -> Convert.toStr(-f.value());
            case Expr.StrLit s -> "'" + (s.value().length() > 10 ? s.value().substring(0, 10) + "..." : s.value()) + "'";
            case Expr.ArrayLit a -> a.items().isEmpty() ? "[]" : "[...]";
            case Expr.ConstFetch c -> switch (c.name().text().toLowerCase(Locale.ROOT)) {
                case "null", "\\null" -> "null";
                case "true", "\\true" -> "true";
                case "false", "\\false" -> "false";
                default -> c.name().text().startsWith("\\") ? c.name().text().substring(1) : c.name().text();
            };
            case Expr.ClassConst k when k.cls() instanceof Expr.NameExpr n -> n.name().text() + "::" + k.name();
            default -> "<expression>";
        };
    }
}
