package phpgoc.compiler.codegen;

import java.util.Locale;
import phpgoc.ast.Expr;
import phpgoc.ast.FunctionDecl;
import phpgoc.ast.Modifiers;
import phpgoc.ast.Param;
import phpgoc.ast.Stmt;
import phpgoc.ast.TypeRef;
import phpgoc.compiler.emit.Call;
import phpgoc.compiler.emit.Emitter;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.TypeCheck;

/**
 * Declaration rules php checks when it compiles a class (readonly properties, property defaults
 * against their types, {@code return} in void functions), and the registration of property types on
 * the template ({@link ClassTemplate#propType}).
 */
final class ClassChecks {
    private ClassChecks() {}

    static final Call TPL_PROP_TYPE = Call.of(ClassTemplate.class, "propType", String.class, int.class, String.class,
            String.class);

    /** php's compile-time errors in the members of {@code c}. */
    static void check(Stmt.ClassDecl c) {
        boolean roClass = Modifiers.has(c.modifiers(), Modifiers.READONLY);
        for (Stmt.Member m : c.members()) {
            switch (m) {
                case Stmt.Property p -> {
                    boolean ro = roClass || Modifiers.has(p.modifiers(), Modifiers.READONLY);
                    for (Stmt.PropItem it : p.items()) {
                        if (ro) readonly(c, it.name(), p.type(), Modifiers.has(p.modifiers(), Modifiers.STATIC), it.init(),
                                it.span().line());
                        if (p.type() != null && it.init() != null) defaultValue(c, it.name(), p.type(), it.init(), it.span().line());
                    }
                }
                case Stmt.Method md -> {
                    for (Param p : md.decl().params()) {
                        if (p.promote() != 0 && (roClass || Modifiers.has(p.promote(), Modifiers.READONLY))) {
                            readonly(c, p.name(), p.type(), false, null, p.span().line());
                        }
                    }
                }
                default -> { }
            }
        }
    }

    private static void readonly(Stmt.ClassDecl c, String name, TypeRef type, boolean isStatic, Expr init, int line) {
        if (isStatic) throw new CompileError("Static property " + c.name() + "::$" + name + " cannot be readonly", line);
        if (type == null) throw new CompileError("Readonly property " + c.name() + "::$" + name + " must have type", line);
        if (init != null) throw new CompileError("Readonly property " + c.name() + "::$" + name + " cannot have default value", line);
    }

    /** A literal default must have the property's type exactly (an int is accepted for float). */
    private static void defaultValue(Stmt.ClassDecl c, String name, TypeRef type, Expr init, int line) {
        TypeDecl t = TypeDecl.of(type, false);
        if (t == null) return;
        String kind = literalKind(init);
        if (kind == null) return;
        int mask = t.mask();
        boolean ok = switch (kind) {
            case "null" -> (mask & TypeCheck.NULL) != 0;
            case "int" -> (mask & (TypeCheck.INT | TypeCheck.FLOAT)) != 0;
            case "float" -> (mask & TypeCheck.FLOAT) != 0;
            case "string" -> (mask & TypeCheck.STRING) != 0;
            case "bool" -> (mask & TypeCheck.BOOL) != 0;
            case "array" -> (mask & TypeCheck.ARRAY) != 0;
            default -> true;
        };
        if (ok) return;
        if (kind.equals("null")) {
            throw new CompileError("Default value for property of type " + t.name() + " may not be null. Use the nullable type ?"
                    + t.name() + " to allow null default value", line);
        }
        throw new CompileError("Cannot use " + kind + " as default value for property " + c.name() + "::$" + name
                + " of type " + t.name(), line);
    }

    private static String literalKind(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> "int";
            case Expr.FloatLit f -> "float";
            case Expr.StrLit s -> "string";
            case Expr.ArrayLit a -> "array";
            case Expr.ConstFetch k -> switch (k.name().text().toLowerCase(Locale.ROOT).replace("\\", "")) {
                case "null" -> "null";
                case "true", "false" -> "bool";
                default -> null;
            };
            default -> null;
        };
    }

    /** After {@code TPL_PROP} for a typed property: registers its type (nothing for {@code mixed}). */
    static void propType(Emitter e, String name, TypeRef type, Stmt.ClassDecl c) {
        TypeDecl t = type == null ? null : TypeDecl.of(type, false);
        if (t == null) return;
        e.push(name);
        e.push(t.mask());
        e.push(t.name());
        // php prints self/parent as written but checks the classes they name
        e.push(TypeDecl.of(type, false, c).name());
        e.call(TPL_PROP_TYPE);
    }

    /** {@code return expr;} in a function declared {@code void} or {@code never}: php's compile error. */
    static void returnValue(FunctionDecl f, Stmt.Return r) {
        if (f == null || r.value() == null || !(f.returnType() instanceof TypeRef.Named n)) return;
        String t = n.name().text().toLowerCase(Locale.ROOT);
        if (t.equals("void")) throw new CompileError("A void function must not return a value", r.span().line());
        if (t.equals("never")) throw new CompileError("A never-returning function must not return", r.span().line());
    }
}
