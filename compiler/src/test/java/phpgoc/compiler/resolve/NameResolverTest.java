package phpgoc.compiler.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import phpgoc.ast.Expr;
import phpgoc.ast.Name;
import phpgoc.ast.Stmt;
import phpgoc.ast.TypeRef;
import phpgoc.parse.ParseError;
import phpgoc.parse.Parser;

class NameResolverTest {
    private static NameResolver.Result resolve(String code) {
        try {
            return NameResolver.resolve(Parser.parse("<?php\n" + code, "/t.php"), "/t.php");
        } catch (ParseError e) {
            throw new AssertionError(e.message(), e);
        }
    }

    private static List<Stmt> stmts(String code) { return resolve(code).stmts(); }

    /** The expression of the last statement ({@code expr;}). */
    private static Expr last(String code) {
        List<Stmt> s = stmts(code);
        return ((Stmt.ExprStmt) s.get(s.size() - 1)).expr();
    }

    private static Name callee(String code) { return ((Expr.NameExpr) ((Expr.Call) last(code)).callee()).name(); }

    private static Name constant(String code) { return ((Expr.ConstFetch) last(code)).name(); }

    private static String error(String code) {
        return assertThrows(ResolveError.class, () -> resolve(code)).getMessage();
    }

    @Test
    void resolve_unqualifiedFunctionInNamespace_keepsFallback() {
        Name n = callee("namespace A\\B; f();");
        assertEquals(new Name("A\\B\\f", Name.Kind.UNQUALIFIED, n.span()), n);
        assertEquals("f", n.fallback());
    }

    @Test
    void resolve_globalNamespace_leavesNamesAsWritten() {
        Name n = callee("f();");
        assertEquals("f", n.text());
        assertNull(n.fallback());
    }

    @Test
    void resolve_qualifiedAndRelativeNames_areFullyQualified() {
        assertEquals("A\\C\\f", callee("namespace A; C\\f();").text());
        assertEquals(Name.Kind.FULLY_QUALIFIED, callee("namespace A; C\\f();").kind());
        assertEquals("A\\f", callee("namespace A; namespace\\f();").text());
        assertEquals("f", callee("namespace A; \\f();").text());
        assertEquals(Name.Kind.FULLY_QUALIFIED, callee("namespace A; \\f();").kind());
    }

    @Test
    void resolve_imports_replaceAliasesAndFirstSegment() {
        assertEquals("X\\g", callee("namespace A; use function X\\g; g();").text());
        assertEquals("X\\g", callee("namespace A; use function X\\g as h; H();").text());
        assertEquals("X\\Y\\f", callee("namespace A; use X\\Y; Y\\f();").text());
        assertEquals("X\\K", constant("namespace A; use const X\\K; K;").text());
        // constant aliases are case-sensitive: k is not the alias K
        assertEquals("A\\k", constant("namespace A; use const X\\K; k;").text());
    }

    @Test
    void resolve_specialConstants_untouched() {
        Name n = constant("namespace A; TRUE;");
        assertEquals("TRUE", n.text());
        assertNull(n.fallback());
    }

    @Test
    void resolve_declarations_getTheNamespace() {
        List<Stmt> s = stmts("namespace A\\B; function f() {} const X = 1; $c = function () {};");
        assertEquals("A\\B\\f", ((Stmt.FunctionStmt) s.get(0)).decl().name());
        assertEquals("A\\B\\X", ((Stmt.ConstDecl) s.get(1)).items().get(0).name());
        Expr.Assign a = (Expr.Assign) ((Stmt.ExprStmt) s.get(2)).expr();
        assertEquals("A\\B\\{closure}", ((Expr.Closure) a.value()).decl().name());
    }

    @Test
    void resolve_classNames_haveNoFallback() {
        Expr.New n = (Expr.New) last("namespace A; use X\\Y as Z; new Foo;");
        assertEquals(new Name("A\\Foo", Name.Kind.FULLY_QUALIFIED, null).text(), ((Expr.NameExpr) n.cls()).name().text());
        Expr.InstanceOf i = (Expr.InstanceOf) last("namespace A; use X\\Y as Z; $o instanceof Z;");
        assertEquals("X\\Y", ((Expr.NameExpr) i.cls()).name().text());
        Expr.StaticCall sc = (Expr.StaticCall) last("namespace A; self::f();");
        assertEquals(Name.Kind.UNQUALIFIED, ((Expr.NameExpr) sc.cls()).name().kind());
    }

    @Test
    void resolve_classConstantClass_isAStringLiteral() {
        assertEquals("A\\B\\C", ((Expr.StrLit) last("namespace A; use A\\B; B\\C::class;")).value());
        assertTrue(last("namespace A; static::class;") instanceof Expr.ClassConst);
    }

    @Test
    void resolve_types_resolveClassesNotBuiltins() {
        Stmt.FunctionStmt f = (Stmt.FunctionStmt) stmts("namespace A; function f(int $a, Foo $b): ?Bar {}").get(0);
        assertEquals("int", ((TypeRef.Named) f.decl().params().get(0).type()).name().text());
        assertEquals("A\\Foo", ((TypeRef.Named) f.decl().params().get(1).type()).name().text());
        TypeRef.Nullable r = (TypeRef.Nullable) f.decl().returnType();
        assertEquals("A\\Bar", ((TypeRef.Named) r.inner()).name().text());
    }

    @Test
    void resolve_bracedNamespaces_areSplicedAndNamespaceIsAString() {
        List<Stmt> s = stmts("namespace A { echo __NAMESPACE__; } namespace { echo __NAMESPACE__; }");
        assertEquals(2, s.size());
        assertEquals("A", ((Expr.StrLit) ((Stmt.Echo) s.get(0)).exprs().get(0)).value());
        assertEquals("", ((Expr.StrLit) ((Stmt.Echo) s.get(1)).exprs().get(0)).value());
    }

    @Test
    void resolve_importsEndWithTheirNamespace() {
        assertEquals("B\\g", callee("namespace A; use function X\\g; namespace B; g();").text());
    }

    @Test
    void resolve_errors_havePhpMessages() {
        assertEquals("Cannot use B\\C as C because the name is already in use", error("use A\\C; use B\\C;"));
        assertEquals("Cannot use function X\\f as f because the name is already in use",
                error("namespace A; function f() {} use function X\\f;"));
        assertEquals("Cannot declare function A\\f because the name is already in use",
                error("namespace A; use function X\\f; function f() {}"));
        assertEquals("Namespace declaration statement has to be the very first statement or after any declare call in the script",
                error("echo 1; namespace A;"));
        assertEquals("No code may exist outside of namespace {}", error("namespace A {} echo 1;"));
        assertEquals("Cannot mix bracketed namespace declarations with unbracketed namespace declarations",
                error("namespace A; namespace B {}"));
        assertEquals("'\\self' is an invalid class name", error("new \\self;"));
    }

    @Test
    void resolve_useWithoutEffect_warns() {
        var r = resolve("use Foo;");
        assertEquals(1, r.diagnostics().size());
        assertEquals("The use statement with non-compound name 'Foo' has no effect", r.diagnostics().get(0).message());
        assertTrue(resolve("namespace A; use Foo;").diagnostics().isEmpty());
    }

    @Test
    void resolve_declareBeforeNamespace_isAllowed() {
        assertEquals(2, stmts("declare(strict_types=1); namespace A; f();").size());
    }

    /** The name php gives the anonymous class of the last statement ({@code $x = new class ...;}). */
    private static String anonymousName(String code) {
        Expr.Assign a = (Expr.Assign) last(code);
        return ((Expr.AnonClass) ((Expr.New) a.value()).cls()).decl().name();
    }

    @Test
    void resolve_anonymousClass_isNamedByParentFileLineAndKey() {
        assertEquals("class@anonymous\0/t.php:2$0", anonymousName("$x = new class {};"));
        assertEquals("A\\P@anonymous\0/t.php:2$0", anonymousName("namespace A; $x = new class extends P implements I {};"));
        assertEquals("I@anonymous\0/t.php:2$0", anonymousName("$x = new class implements I, J {};"));
    }

    @Test
    void resolve_anonymousClass_keysCountClassesBoundAtRunTime() {
        // as php 8.2: interface J (extends), enum E, class U (trait), class D (parent declared later), the
        // nested class and the first anonymous class take keys; I, A, C (known parent), Later and functions do not
        String code = "interface I {} interface J extends I {} class A {} class C extends A {} enum E { case X; }\n"
                + "trait T {} class U { use T; } class D extends Later {} class Later {}\n"
                + "function f() { class Inner {} return new class {}; }\n"
                + "$x = new class {};";
        assertEquals("class@anonymous\0/t.php:5$6", anonymousName(code));
    }
}
