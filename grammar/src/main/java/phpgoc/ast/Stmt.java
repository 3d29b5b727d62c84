package phpgoc.ast;

import java.util.List;

/** Statements and declarations. Every node carries its {@link Span}. */
public sealed interface Stmt {
    Span span();

    record ExprStmt(Expr expr, Span span) implements Stmt {}
    record Echo(List<Expr> exprs, Span span) implements Stmt {}
    /** Text outside {@code <?php ... ?>}, a byte string. */
    record InlineHtml(String text, Span span) implements Stmt {}
    record Block(List<Stmt> stmts, Span span) implements Stmt {}
    /** {@code if}; elseIfs in order, els may be null. */
    record If(Expr cond, Stmt then, List<ElseIf> elseIfs, Stmt els, Span span) implements Stmt {}
    record While(Expr cond, Stmt body, Span span) implements Stmt {}
    record DoWhile(Stmt body, Expr cond, Span span) implements Stmt {}
    record For(List<Expr> init, List<Expr> cond, List<Expr> step, Stmt body, Span span) implements Stmt {}
    /** key may be null; value is a Var, Dim, Prop, ListExpr...; byRef for {@code &$v}. */
    record Foreach(Expr subject, Expr key, Expr value, boolean byRef, Stmt body, Span span) implements Stmt {}
    record Switch(Expr subject, List<Case> cases, Span span) implements Stmt {}
    record Break(int levels, Span span) implements Stmt {}
    record Continue(int levels, Span span) implements Stmt {}
    /** value may be null. */
    record Return(Expr value, Span span) implements Stmt {}
    /** {@code global $a, $$b;} — each a Var or VarVar. */
    record Global(List<Expr> vars, Span span) implements Stmt {}
    record StaticVar(List<StaticItem> vars, Span span) implements Stmt {}
    record Unset(List<Expr> vars, Span span) implements Stmt {}
    record Try(Block body, List<Catch> catches, Block fin, Span span) implements Stmt {}
    record FunctionStmt(FunctionDecl decl, Span span) implements Stmt {}
    record ClassDecl(ClassKind kind, String name, int modifiers, Name parent, List<Name> interfaces,
                     TypeRef enumBackingType, List<Member> members, List<Attribute> attributes, Span span) implements Stmt {}
    /** {@code namespace N;} (body null: applies to what follows) or {@code namespace N { ... }}; name null for global. */
    record Namespace(Name name, List<Stmt> body, Span span) implements Stmt {}
    record Use(UseKind kind, List<UseItem> items, Span span) implements Stmt {}
    record ConstDecl(List<ConstItem> items, Span span) implements Stmt {}
    /** {@code declare(strict_types=1);} (body null) or with a block. */
    record Declare(List<ConstItem> directives, Stmt body, Span span) implements Stmt {}
    record Goto(String label, Span span) implements Stmt {}
    record Label(String name, Span span) implements Stmt {}
    /** {@code __halt_compiler();} offset is the byte offset of the data after it. */
    record HaltCompiler(int offset, Span span) implements Stmt {}
    record Nop(Span span) implements Stmt {}

    record ElseIf(Expr cond, Stmt body, Span span) {}
    /** cond null for {@code default}. */
    record Case(Expr cond, List<Stmt> body, Span span) {}
    /** init may be null. */
    record StaticItem(String name, Expr init, Span span) {}
    /** types empty never; var null for catch without variable. */
    record Catch(List<Name> types, String var, Block body, Span span) {}
    /** alias may be null; kind overrides the statement's kind inside group use. */
    record UseItem(Name name, String alias, UseKind kind, Span span) {}
    record ConstItem(String name, Expr value, Span span) {}

    enum UseKind { CLASS, FUNCTION, CONST }
    enum ClassKind { CLASS, INTERFACE, TRAIT, ENUM }

    /** Class members. */
    sealed interface Member { Span span(); }
    record Method(int modifiers, FunctionDecl decl, Span span) implements Member {}
    record Property(int modifiers, TypeRef type, List<PropItem> items, List<Attribute> attributes, Span span) implements Member {}
    record PropItem(String name, Expr init, Span span) {}
    record ClassConstant(int modifiers, TypeRef type, List<ConstItem> items, List<Attribute> attributes, Span span) implements Member {}
    record TraitUse(List<Name> traits, List<TraitRule> rules, Span span) implements Member {}
    record EnumCase(String name, Expr value, List<Attribute> attributes, Span span) implements Member {}

    /**
     * A trait adaptation: {@code A::m insteadof B, C;} (insteadof non-empty) or
     * {@code A::m as protected n;} (trait may be null, newModifiers 0 when absent, alias may be null).
     */
    record TraitRule(Name trait, String method, List<Name> insteadof, int newModifiers, String alias, Span span) {}
}
