package phpgoc.ast;

import java.util.List;

/** Expressions. Every node carries its {@link Span}. */
public sealed interface Expr {
    Span span();

    // literals
    record IntLit(long value, Span span) implements Expr {}
    record FloatLit(double value, Span span) implements Expr {}
    /** A string literal; {@code value} is a byte string (one char per byte, 0..255). */
    record StrLit(String value, Span span) implements Expr {}
    /** An interpolated string: parts are StrLit or expressions, concatenated. */
    record Interp(List<Expr> parts, Span span) implements Expr {}
    /** A backtick shell command with interpolation. */
    record ShellExec(List<Expr> parts, Span span) implements Expr {}
    record ArrayLit(List<ArrayItem> items, Span span) implements Expr {}
    /** {@code list(...)} or {@code [...]} as an assignment target; null items are skipped slots. */
    record ListExpr(List<ArrayItem> items, Span span) implements Expr {}
    /** A constant by name: {@code true}, {@code PHP_EOL}, {@code \A\B}. */
    record ConstFetch(Name name, Span span) implements Expr {}
    /** {@code __LINE__}, {@code __FILE__}, {@code __DIR__}, {@code __FUNCTION__}, {@code __CLASS__}, ... (upper-case name). */
    record MagicConst(String name, Span span) implements Expr {}

    // variables and access
    record Var(String name, Span span) implements Expr {}
    /** {@code $$e} or {@code ${e}}. */
    record VarVar(Expr name, Span span) implements Expr {}
    /** {@code base[index]}; index null for {@code base[]}. */
    record Dim(Expr base, Expr index, Span span) implements Expr {}
    /** {@code obj->name} / {@code obj?->name}; name is a StrLit for identifiers, else an expression. */
    record Prop(Expr object, Expr name, boolean nullsafe, Span span) implements Expr {}
    /** {@code Cls::$name}; cls is a NameExpr or an expression; name a StrLit or an expression. */
    record StaticProp(Expr cls, Expr name, Span span) implements Expr {}
    /** {@code Cls::NAME} including {@code Cls::class}. */
    record ClassConst(Expr cls, String name, Span span) implements Expr {}
    /** A class name used as an expression operand: {@code new Foo}, {@code Foo::x}, {@code instanceof Foo}. */
    record NameExpr(Name name, Span span) implements Expr {}

    // calls
    /** {@code callee(args)}; callee is a NameExpr for {@code f()}. fcc: first-class callable {@code f(...)}. */
    record Call(Expr callee, List<Arg> args, boolean fcc, Span span) implements Expr {}
    record MethodCall(Expr object, Expr name, List<Arg> args, boolean nullsafe, boolean fcc, Span span) implements Expr {}
    record StaticCall(Expr cls, Expr name, List<Arg> args, boolean fcc, Span span) implements Expr {}
    /** {@code new cls(args)}; cls is a NameExpr, an expression, or an AnonClass. */
    record New(Expr cls, List<Arg> args, Span span) implements Expr {}
    record AnonClass(Stmt.ClassDecl decl, Span span) implements Expr {}

    // operators
    record Binary(Expr left, BinaryOp op, Expr right, Span span) implements Expr {}
    record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}
    record IncDec(Expr target, boolean increment, boolean prefix, Span span) implements Expr {}
    record Assign(Expr target, Expr value, Span span) implements Expr {}
    record AssignRef(Expr target, Expr value, Span span) implements Expr {}
    /** {@code target op= value}, including {@code ??=} as {@link BinaryOp#COALESCE}. */
    record CompoundAssign(Expr target, BinaryOp op, Expr value, Span span) implements Expr {}
    /** {@code cond ? then : els}; then is null for {@code ?:}. */
    record Ternary(Expr cond, Expr then, Expr els, Span span) implements Expr {}
    record Cast(CastType type, Expr operand, Span span) implements Expr {}
    record InstanceOf(Expr operand, Expr cls, Span span) implements Expr {}
    record Isset(List<Expr> vars, Span span) implements Expr {}
    record Empty(Expr operand, Span span) implements Expr {}
    /** {@code @expr}. */
    record Silence(Expr operand, Span span) implements Expr {}
    /** {@code exit}/{@code die}; status may be null. */
    record Exit(Expr status, Span span) implements Expr {}
    record Print(Expr operand, Span span) implements Expr {}
    record Clone(Expr operand, Span span) implements Expr {}
    record Include(IncludeKind kind, Expr path, Span span) implements Expr {}
    record Eval(Expr code, Span span) implements Expr {}
    record Throw(Expr exception, Span span) implements Expr {}
    record Match(Expr subject, List<MatchArm> arms, Span span) implements Expr {}
    /** {@code yield}, {@code yield v}, {@code yield k => v}; key and value may be null. */
    record Yield(Expr key, Expr value, Span span) implements Expr {}
    record YieldFrom(Expr source, Span span) implements Expr {}

    // functions as values
    record Closure(FunctionDecl decl, List<ClosureUse> uses, Span span) implements Expr {}
    /** {@code fn(params) => expr}; decl.body holds one Return statement. */
    record ArrowFn(FunctionDecl decl, Span span) implements Expr {}

    enum BinaryOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), MOD("%"), POW("**"), CONCAT("."),
        BIT_AND("&"), BIT_OR("|"), BIT_XOR("^"), SHL("<<"), SHR(">>"),
        AND("&&"), OR("||"), LOGICAL_AND("and"), LOGICAL_OR("or"), LOGICAL_XOR("xor"),
        EQ("=="), NOT_EQ("!="), IDENTICAL("==="), NOT_IDENTICAL("!=="),
        LT("<"), LE("<="), GT(">"), GE(">="), SPACESHIP("<=>"), COALESCE("??");
        public final String symbol;
        BinaryOp(String symbol) { this.symbol = symbol; }
    }

    enum UnaryOp { NEG, PLUS, NOT, BIT_NOT }

    enum CastType { INT, FLOAT, STRING, BOOL, ARRAY, OBJECT, UNSET }

    enum IncludeKind { INCLUDE, INCLUDE_ONCE, REQUIRE, REQUIRE_ONCE }
}
