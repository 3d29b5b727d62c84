package phpgoc.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.TerminalNode;
import phpgoc.ast.Arg;
import phpgoc.ast.ArrayItem;
import phpgoc.ast.ClosureUse;
import phpgoc.ast.Expr;
import phpgoc.ast.Expr.BinaryOp;
import phpgoc.ast.FunctionDecl;
import phpgoc.ast.MatchArm;
import phpgoc.ast.Name;
import phpgoc.ast.Span;
import phpgoc.ast.Stmt;
import phpgoc.grammar.PhpParser;
import phpgoc.grammar.PhpParser.*;

/** Builds {@link Expr} nodes from expression parse trees, with php's post-parse syntactic checks. */
final class ExprBuilder {
    private final AstBuilder ast;
    private final String file;
    final StringLiterals strings;

    ExprBuilder(AstBuilder ast, String file, StringLiterals.SubParser sub, List<Diagnostic> diagnostics) {
        this.ast = ast;
        this.file = file;
        this.strings = new StringLiterals(file, sub, diagnostics);
    }

    private Span sp(ParserRuleContext c) { return Spans.of(file, c); }

    private static BuildFailure syntax(Token t) {
        return new BuildFailure(ParseError.syntax("syntax error, unexpected token \"" + t.getText() + "\"", t.getLine()));
    }

    private static BuildFailure fatal(String msg, int line) { return new BuildFailure(ParseError.fatal(msg, line)); }

    /** An expression whose value is read: {@code $a[]} is not allowed there. */
    Expr read(ExprContext c) { return checkRead(expr(c), c.getStart().getLine()); }

    static Expr checkRead(Expr e, int line) {
        if (e instanceof Expr.Dim d && d.index() == null) throw fatal("Cannot use [] for reading", line);
        return checkArray(e, line);
    }

    /** An array literal used as a value may not have empty slots (those are for list() only). */
    static Expr checkArray(Expr e, int line) {
        if (e instanceof Expr.ArrayLit a) {
            for (ArrayItem it : a.items()) {
                if (it == null) throw fatal("Cannot use empty array elements in arrays", line);
                checkArray(it.value(), line);
            }
        }
        return e;
    }

    List<Expr> exprs(List<ExprContext> cs) {
        List<Expr> out = new ArrayList<>(cs.size());
        for (ExprContext c : cs) out.add(read(c));
        return out;
    }

    Expr expr(ExprContext c) {
        Span s = sp(c);
        if (c instanceof ChainExprContext x) return chain(x.chain());
        if (c instanceof CloneExprContext x) return new Expr.Clone(read(x.expr()), s);
        if (c instanceof NewExpressionContext x) return newExpr(x.newExpr());
        if (c instanceof PowExprContext x) return new Expr.Binary(read(x.expr(0)), BinaryOp.POW, read(x.expr(1)), s);
        if (c instanceof PreIncExprContext x) return new Expr.IncDec(target(x.chain(), null), x.INC() != null, true, s);
        if (c instanceof PostIncExprContext x) return new Expr.IncDec(target(x.chain(), null), x.INC() != null, false, s);
        if (c instanceof UnaryExprContext x) return unary(x, s);
        if (c instanceof InstanceofExprContext x) return new Expr.InstanceOf(read(x.expr()), classRef(x.classRef()), s);
        if (c instanceof NotExprContext x) return new Expr.Unary(Expr.UnaryOp.NOT, read(x.expr()), s);
        if (c instanceof BinaryExprContext x) return binary(x, s);
        if (c instanceof CompareExprContext x) return compare(x, s);
        if (c instanceof TernaryExprContext x) return ternary(x, s);
        if (c instanceof AssignRefExprContext x) return new Expr.AssignRef(target(x.chain(0), x.ASSIGN().getSymbol()), chain(x.chain(1)), s);
        if (c instanceof AssignRefNewExprContext x) throw syntax(x.newExpr().getStart());
        if (c instanceof AssignExprContext x) return assign(x, s);
        if (c instanceof YieldFromExprContext x) return new Expr.YieldFrom(read(x.expr()), s);
        if (c instanceof YieldPairExprContext x) return new Expr.Yield(read(x.expr(0)), read(x.expr(1)), s);
        if (c instanceof YieldValueExprContext x) return new Expr.Yield(null, read(x.expr()), s);
        if (c instanceof YieldEmptyExprContext) return new Expr.Yield(null, null, s);
        if (c instanceof PrintExprContext x) return new Expr.Print(read(x.expr()), s);
        if (c instanceof IncludeExprContext x) return include(x, s);
        if (c instanceof ThrowExprContext x) return new Expr.Throw(read(x.expr()), s);
        if (c instanceof ArrowFnExprContext x) return arrowFn(x, s);
        if (c instanceof ClosureExprContext x) return closure(x, s);
        if (c instanceof MatchExprContext x) return match(x, s);
        if (c instanceof IssetExprContext x) return isset(x, s);
        if (c instanceof EmptyExprContext x) return new Expr.Empty(read(x.expr()), s);
        if (c instanceof ExitExprContext x) return new Expr.Exit(x.expr() == null ? null : read(x.expr()), s);
        if (c instanceof EvalExprContext x) return new Expr.Eval(read(x.expr()), s);
        if (c instanceof IntExprContext x) return StringLiterals.intLiteral(x.getText(), s);
        if (c instanceof FloatExprContext x) return StringLiterals.floatLiteral(x.getText(), s);
        if (c instanceof MagicExprContext x) return magic(x.getText(), s);
        if (c instanceof ShellExprContext x) return new Expr.ShellExec(strings.backtick(x.getText(), s), s);
        throw new IllegalStateException("unknown expression " + c.getClass());
    }

    private static Expr magic(String text, Span s) {
        String n = text.toUpperCase();
        return n.equals("__LINE__") ? new Expr.IntLit(s.line(), s) : new Expr.MagicConst(n, s);
    }

    private Expr unary(UnaryExprContext x, Span s) {
        Token op = x.getStart();
        Expr e = read(x.expr());
        return switch (op.getType()) {
            case PhpParser.PLUS -> new Expr.Unary(Expr.UnaryOp.PLUS, e, s);
            case PhpParser.MINUS -> new Expr.Unary(Expr.UnaryOp.NEG, e, s);
            case PhpParser.TILDE -> new Expr.Unary(Expr.UnaryOp.BIT_NOT, e, s);
            case PhpParser.AT -> new Expr.Silence(e, s);
            case PhpParser.INT_CAST -> new Expr.Cast(Expr.CastType.INT, e, s);
            case PhpParser.BOOL_CAST -> new Expr.Cast(Expr.CastType.BOOL, e, s);
            case PhpParser.DOUBLE_CAST -> new Expr.Cast(Expr.CastType.FLOAT, e, s);
            case PhpParser.STRING_CAST -> new Expr.Cast(Expr.CastType.STRING, e, s);
            case PhpParser.ARRAY_CAST -> new Expr.Cast(Expr.CastType.ARRAY, e, s);
            case PhpParser.OBJECT_CAST -> new Expr.Cast(Expr.CastType.OBJECT, e, s);
            case PhpParser.REAL_CAST -> throw new BuildFailure(ParseError.syntax(
                    "The (real) cast has been removed, use (float) instead", op.getLine()));
            case PhpParser.UNSET_CAST -> throw fatal("The (unset) cast is no longer supported", op.getLine());
            default -> throw new IllegalStateException("unary " + op.getText());
        };
    }

    static BinaryOp binaryOp(int tokenType) {
        return switch (tokenType) {
            case PhpParser.STAR, PhpParser.MUL_ASSIGN -> BinaryOp.MUL;
            case PhpParser.SLASH, PhpParser.DIV_ASSIGN -> BinaryOp.DIV;
            case PhpParser.PERCENT, PhpParser.MOD_ASSIGN -> BinaryOp.MOD;
            case PhpParser.PLUS, PhpParser.PLUS_ASSIGN -> BinaryOp.ADD;
            case PhpParser.MINUS, PhpParser.MINUS_ASSIGN -> BinaryOp.SUB;
            case PhpParser.SHL, PhpParser.SHL_ASSIGN -> BinaryOp.SHL;
            case PhpParser.SHR, PhpParser.SHR_ASSIGN -> BinaryOp.SHR;
            case PhpParser.DOT, PhpParser.CONCAT_ASSIGN -> BinaryOp.CONCAT;
            case PhpParser.AMP, PhpParser.AND_ASSIGN -> BinaryOp.BIT_AND;
            case PhpParser.CARET, PhpParser.XOR_ASSIGN -> BinaryOp.BIT_XOR;
            case PhpParser.PIPE, PhpParser.OR_ASSIGN -> BinaryOp.BIT_OR;
            case PhpParser.POW, PhpParser.POW_ASSIGN -> BinaryOp.POW;
            case PhpParser.BOOL_AND -> BinaryOp.AND;
            case PhpParser.BOOL_OR -> BinaryOp.OR;
            case PhpParser.COALESCE, PhpParser.COALESCE_ASSIGN -> BinaryOp.COALESCE;
            case PhpParser.AND -> BinaryOp.LOGICAL_AND;
            case PhpParser.OR -> BinaryOp.LOGICAL_OR;
            case PhpParser.XOR -> BinaryOp.LOGICAL_XOR;
            case PhpParser.LT -> BinaryOp.LT;
            case PhpParser.LE -> BinaryOp.LE;
            case PhpParser.GT -> BinaryOp.GT;
            case PhpParser.GE -> BinaryOp.GE;
            case PhpParser.EQ -> BinaryOp.EQ;
            case PhpParser.NOT_EQ -> BinaryOp.NOT_EQ;
            case PhpParser.IDENTICAL -> BinaryOp.IDENTICAL;
            case PhpParser.NOT_IDENTICAL -> BinaryOp.NOT_IDENTICAL;
            case PhpParser.SPACESHIP -> BinaryOp.SPACESHIP;
            default -> throw new IllegalStateException("binary op " + tokenType);
        };
    }

    /** Left-assoc chains ({@code 'a' . 'b' . ...}) are built bottom-up in a loop, not by recursion. */
    private Expr binary(BinaryExprContext x, Span s) {
        java.util.ArrayDeque<BinaryExprContext> spine = new java.util.ArrayDeque<>();
        ExprContext cur = x;
        while (cur instanceof BinaryExprContext b) {
            spine.push(b);
            cur = b.expr(0);
        }
        Expr left = read(cur);
        while (!spine.isEmpty()) {
            BinaryExprContext b = spine.pop();
            Token op = ((TerminalNode) b.getChild(1)).getSymbol();
            left = new Expr.Binary(left, binaryOp(op.getType()), read(b.expr(1)), b == x ? s : sp(b));
        }
        return left;
    }

    private static boolean relational(int t) {
        return t == PhpParser.LT || t == PhpParser.LE || t == PhpParser.GT || t == PhpParser.GE;
    }

    /** php's comparison operators are non-associative: {@code 1 < 2 < 3} is a syntax error. */
    private Expr compare(CompareExprContext x, Span s) {
        Token op = ((TerminalNode) x.getChild(1)).getSymbol();
        if (x.expr(0) instanceof CompareExprContext left) {
            Token lop = ((TerminalNode) left.getChild(1)).getSymbol();
            if (relational(lop.getType()) == relational(op.getType())) throw syntax(op);
        }
        return new Expr.Binary(read(x.expr(0)), binaryOp(op.getType()), read(x.expr(1)), s);
    }

    private Expr ternary(TernaryExprContext x, Span s) {
        boolean shortForm = x.expr().size() == 2;
        if (x.expr(0) instanceof TernaryExprContext nested) {
            boolean innerShort = nested.expr().size() == 2;
            if (!(shortForm && innerShort)) {
                String inner = innerShort ? "a ?: b" : "a ? b : c";
                String x1 = innerShort ? "c" : "d", x2 = innerShort ? "d" : "e";
                String tail = shortForm ? "?: " + x1 : "? " + x1 + " : " + x2;
                String head = innerShort ? "a ?: " : "a ? b : ";
                String last = innerShort ? "b" : "c";
                String msg = "Unparenthesized `" + inner + " " + tail + "` is not supported. Use either `(" + inner + ") " + tail
                        + "` or `" + head + "(" + last + " " + tail + ")`";
                throw fatal(msg, x.getStart().getLine());
            }
        }
        Expr cond = read(x.expr(0));
        if (shortForm) return new Expr.Ternary(cond, null, read(x.expr(1)), s);
        return new Expr.Ternary(cond, read(x.expr(1)), read(x.expr(2)), s);
    }

    private Expr assign(AssignExprContext x, Span s) {
        Token op = x.assignOp().getStart();
        Expr value = read(x.expr());
        if (op.getType() == PhpParser.ASSIGN) return new Expr.Assign(target(x.chain(), op), value, s);
        Expr t = target(x.chain(), op);
        if (t instanceof Expr.ListExpr) throw syntax(op);
        return new Expr.CompoundAssign(t, binaryOp(op.getType()), value, s);
    }

    /** A chain in write context: arrays become ListExpr; non-variables are rejected as php does. */
    Expr target(ChainContext c, Token op) {
        Expr e = chain(c);
        int line = c.getStart().getLine();
        return switch (e) {
            case Expr.ArrayLit a -> toList(a, line);
            case Expr.ListExpr l -> l;
            case Expr.Var v -> {
                if (v.name().equals("this")) throw fatal("Cannot re-assign $this", line);
                yield v;
            }
            case Expr.VarVar v -> v;
            case Expr.Dim d -> d;
            case Expr.StaticProp p -> p;
            case Expr.Prop p -> {
                if (p.nullsafe()) throw fatal("Can't use nullsafe operator in write context", line);
                yield p;
            }
            case Expr.Call ignored -> throw fatal("Can't use function return value in write context", line);
            case Expr.MethodCall ignored -> throw fatal("Can't use method return value in write context", line);
            case Expr.StaticCall ignored -> throw fatal("Can't use method return value in write context", line);
            default -> {
                if (op == null) throw syntax(c.getStop());
                throw syntax(op);
            }
        };
    }

    Expr.ListExpr toList(Expr.ArrayLit a, int line) { return toList(a, line, false); }

    /** {@code [...]} (or {@code list(...)}, {@code listSyntax}) as an assignment target; nesting the other syntax is php's compile error. */
    private Expr.ListExpr toList(Expr.ArrayLit a, int line, boolean listSyntax) {
        List<ArrayItem> items = new ArrayList<>();
        for (ArrayItem it : a.items()) {
            if (it == null) { items.add(null); continue; }
            if (it.spread()) throw fatal("Spread operator is not supported in assignments", line);
            if (listSyntax ? it.value() instanceof Expr.ArrayLit : it.value() instanceof Expr.ListExpr) {
                throw fatal("Cannot mix [] and list()", line);
            }
            Expr v = it.value() instanceof Expr.ArrayLit inner ? toList(inner, line, false) : it.value();
            if (v instanceof Expr.Var var && var.name().equals("this")) throw fatal("Cannot re-assign $this", line);
            items.add(new ArrayItem(it.key(), v, it.byRef(), false, it.span()));
        }
        if (items.stream().allMatch(i -> i == null)) throw fatal("Cannot use empty list", line);
        return new Expr.ListExpr(items, a.span());
    }

    private Expr include(IncludeExprContext x, Span s) {
        Expr.IncludeKind k = switch (x.getStart().getType()) {
            case PhpParser.INCLUDE -> Expr.IncludeKind.INCLUDE;
            case PhpParser.INCLUDE_ONCE -> Expr.IncludeKind.INCLUDE_ONCE;
            case PhpParser.REQUIRE -> Expr.IncludeKind.REQUIRE;
            default -> Expr.IncludeKind.REQUIRE_ONCE;
        };
        return new Expr.Include(k, read(x.expr()), s);
    }

    private Expr arrowFn(ArrowFnExprContext x, Span s) {
        Expr body = read(x.expr());
        FunctionDecl d = new FunctionDecl("{closure}", ast.params(x.params()), x.AMP() != null,
                x.type() == null ? null : ast.type(x.type()), List.of(new Stmt.Return(body, body.span())),
                x.STATIC() != null, ast.attributes(x.attributes()), s);
        return new Expr.ArrowFn(d, s);
    }

    private Expr closure(ClosureExprContext x, Span s) {
        List<ClosureUse> uses = new ArrayList<>();
        for (ClosureUseContext u : x.closureUse()) {
            String name = u.VARIABLE().getText().substring(1);
            if (name.equals("this")) throw fatal("Cannot use $this as lexical variable", u.getStart().getLine());
            uses.add(new ClosureUse(name, u.AMP() != null, sp(u)));
        }
        FunctionDecl d = new FunctionDecl("{closure}", ast.params(x.params()), x.AMP() != null,
                x.type() == null ? null : ast.type(x.type()), ast.block(x.block()).stmts(),
                x.STATIC() != null, ast.attributes(x.attributes()), s);
        return new Expr.Closure(d, uses, s);
    }

    private Expr match(MatchExprContext x, Span s) {
        List<MatchArm> arms = new ArrayList<>();
        boolean seenDefault = false;
        for (MatchArmContext a : x.matchArm()) {
            int n = a.expr().size();
            Expr body = read(a.expr(n - 1));
            if (a.DEFAULT() != null) {
                if (seenDefault) throw fatal("Match expressions may only contain one default arm", a.getStart().getLine());
                seenDefault = true;
                arms.add(new MatchArm(null, body, sp(a)));
            } else {
                arms.add(new MatchArm(exprs(a.expr().subList(0, n - 1)), body, sp(a)));
            }
        }
        return new Expr.Match(read(x.expr()), arms, s);
    }

    private Expr isset(IssetExprContext x, Span s) {
        List<Expr> vars = new ArrayList<>();
        for (ExprContext e : x.expr()) {
            Expr v = expr(e);
            if (!(v instanceof Expr.Var || v instanceof Expr.VarVar || v instanceof Expr.Dim
                    || v instanceof Expr.Prop || v instanceof Expr.StaticProp)) {
                throw fatal("Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead)",
                        e.getStart().getLine());
            }
            vars.add(v);
        }
        return new Expr.Isset(vars, s);
    }

    // ---- new, class references

    Expr newExpr(NewExprContext c) {
        Span s = sp(c);
        if (c instanceof NewAnonClassContext x) {
            Stmt.ClassDecl decl = new Stmt.ClassDecl(Stmt.ClassKind.CLASS, "class@anonymous", 0,
                    x.name() == null ? null : ast.name(x.name()), x.nameList() == null ? List.of() : ast.names(x.nameList()),
                    null, ast.members(x.classBody()), ast.attributes(x.attributes()), s);
            return new Expr.New(new Expr.AnonClass(decl, s), args(x.arguments()), s);
        }
        NewClassContext x = (NewClassContext) c;
        if (isFcc(x.arguments())) throw fatal("Cannot create Closure for new expression", x.getStart().getLine());
        return new Expr.New(classRef(x.classRef()), args(x.arguments()), s);
    }

    Expr classRef(ClassRefContext c) {
        Span s = sp(c);
        if (c instanceof NameClassRefContext x) return new Expr.NameExpr(ast.name(x.name()), s);
        if (c instanceof StaticClassRefContext) return new Expr.NameExpr(new Name("static", Name.Kind.UNQUALIFIED, s), s);
        if (c instanceof ExprClassRefContext x) return read(x.expr());
        return newVariable(((VarClassRefContext) c).newVariable());
    }

    private Expr newVariable(NewVariableContext c) {
        Span s = sp(c);
        if (c instanceof NewVarSimpleContext x) return simpleVar(x.simpleVar());
        if (c instanceof NewVarStaticPropContext x) return new Expr.StaticProp(new Expr.NameExpr(ast.name(x.name()), s), propName(x.simpleVar()), s);
        if (c instanceof NewVarStaticPropStaticContext x) {
            return new Expr.StaticProp(new Expr.NameExpr(new Name("static", Name.Kind.UNQUALIFIED, s), s), propName(x.simpleVar()), s);
        }
        if (c instanceof NewVarDimContext x) return new Expr.Dim(newVariable(x.newVariable()), x.expr() == null ? null : read(x.expr()), s);
        if (c instanceof NewVarPropContext x) return new Expr.Prop(newVariable(x.newVariable()), memberName(x.memberName()), x.NULLSAFE_ARROW() != null, s);
        NewVarStaticPropVarContext x = (NewVarStaticPropVarContext) c;
        return new Expr.StaticProp(newVariable(x.newVariable()), propName(x.simpleVar()), s);
    }

    Expr simpleVar(SimpleVarContext c) {
        Span s = sp(c);
        if (c instanceof PlainVarContext x) return new Expr.Var(x.VARIABLE().getText().substring(1), s);
        if (c instanceof VarVarContext x) return new Expr.VarVar(simpleVar(x.simpleVar()), s);
        return new Expr.VarVar(read(((VarVarExprContext) c).expr()), s);
    }

    /** The name part of {@code A::$x}: StrLit "x" for a plain variable, else the name expression. */
    private Expr propName(SimpleVarContext c) {
        Span s = sp(c);
        if (c instanceof PlainVarContext x) return new Expr.StrLit(x.VARIABLE().getText().substring(1), s);
        if (c instanceof VarVarContext x) return simpleVar(x.simpleVar());
        return read(((VarVarExprContext) c).expr());
    }

    private Expr memberName(MemberNameContext c) {
        if (c.identifierAny() != null) return new Expr.StrLit(c.identifierAny().getText(), sp(c));
        if (c.simpleVar() != null) return simpleVar(c.simpleVar());
        return read(c.expr());
    }

    // ---- chains

    Expr chain(ChainContext c) {
        Span s = sp(c);
        if (c instanceof DimChainContext x) return new Expr.Dim(chain(x.chain()), x.expr() == null ? null : read(x.expr()), s);
        if (c instanceof CurlyDimChainContext x) {
            throw fatal("Array and string offset access syntax with curly braces is no longer supported", x.getStart().getLine());
        }
        if (c instanceof MemberChainContext x) {
            return new Expr.Prop(chain(x.chain()), memberName(x.memberName()), x.NULLSAFE_ARROW() != null, s);
        }
        if (c instanceof StaticChainContext x) return staticAccess(classOperand(x.chain()), x.staticMember(), null, s);
        if (c instanceof StaticKwChainContext x) return staticAccess(staticName(x), x.staticMember(), null, s);
        if (c instanceof CallChainContext x) return call(x, s);
        if (c instanceof VarChainContext x) return simpleVar(x.simpleVar());
        if (c instanceof ParenChainContext x) return read(x.expr());
        if (c instanceof NameChainContext x) return new Expr.ConstFetch(ast.name(x.name()), s);
        if (c instanceof ArrayChainContext x) return new Expr.ArrayLit(arrayItems(x.arrayItems(), true), s);
        if (c instanceof ListChainContext x) {
            Expr.ArrayLit a = new Expr.ArrayLit(arrayItems(x.arrayItems(), true), s);
            return toList(a, x.getStart().getLine(), true);
        }
        StringChainContext x = (StringChainContext) c;
        Token t = x.getStart();
        return switch (t.getType()) {
            case PhpParser.SQ_STRING -> new Expr.StrLit(StringLiterals.singleQuoted(t.getText()), s);
            case PhpParser.DQ_STRING -> strings.doubleQuoted(t.getText(), s);
            default -> strings.heredoc(t.getText(), s);
        };
    }

    private Expr staticName(ParserRuleContext k) {
        Span s = Spans.of(file, k.getStart());
        return new Expr.NameExpr(new Name("static", Name.Kind.UNQUALIFIED, s), s);
    }

    private Expr classOperand(ChainContext c) {
        if (c instanceof NameChainContext n) return new Expr.NameExpr(ast.name(n.name()), sp(n));
        return chain(c);
    }

    /** {@code f()}, {@code $o->m()} (a method call, unlike {@code ($o->m)()}), {@code A::m()}. */
    private Expr call(CallChainContext x, Span s) {
        ArgumentsContext a = x.arguments();
        ChainContext callee = x.chain();
        if (callee instanceof MemberChainContext m) {
            boolean ns = m.NULLSAFE_ARROW() != null;
            if (ns && isFcc(a)) throw fatal("Cannot combine nullsafe operator with Closure creation", x.getStart().getLine());
            return new Expr.MethodCall(chain(m.chain()), memberName(m.memberName()), args(a), ns, isFcc(a), s);
        }
        if (callee instanceof StaticChainContext m) return staticAccess(classOperand(m.chain()), m.staticMember(), a, s);
        if (callee instanceof StaticKwChainContext m) return staticAccess(staticName(m), m.staticMember(), a, s);
        Expr fn = callee instanceof NameChainContext n ? new Expr.NameExpr(ast.name(n.name()), sp(n)) : chain(callee);
        return new Expr.Call(fn, args(a), isFcc(a), s);
    }

    private Expr staticAccess(Expr cls, StaticMemberContext m, ArgumentsContext a, Span s) {
        if (m.simpleVar() != null) {
            if (a != null) return new Expr.StaticCall(cls, simpleVar(m.simpleVar()), args(a), isFcc(a), s);
            return new Expr.StaticProp(cls, propName(m.simpleVar()), s);
        }
        if (m.identifierAny() != null) {
            String name = m.identifierAny().getText();
            if (a != null) return new Expr.StaticCall(cls, new Expr.StrLit(name, sp(m)), args(a), isFcc(a), s);
            if (name.equalsIgnoreCase("class")) return new Expr.ClassConst(cls, "class", s);
            return new Expr.ClassConst(cls, name, s);
        }
        if (a == null) throw syntax(m.getStop());
        return new Expr.StaticCall(cls, read(m.expr()), args(a), isFcc(a), s);
    }

    private static boolean isFcc(ArgumentsContext a) { return a != null && a.argument().isEmpty() && a.ELLIPSIS() != null; }

    List<Arg> args(ArgumentsContext a) {
        if (a == null || isFcc(a)) return List.of();
        List<Arg> out = new ArrayList<>(a.argument().size());
        for (ArgumentContext g : a.argument()) {
            Span s = sp(g);
            Expr v = checkArray(expr(g.expr()), g.getStart().getLine());
            if (g.ELLIPSIS() != null) out.add(new Arg(null, v, true, s));
            else if (g.identifierAny() != null) out.add(new Arg(g.identifierAny().getText(), v, false, s));
            else out.add(new Arg(null, v, false, s));
        }
        return out;
    }

    /** Array items; empty slots are null (allowed only in list()); one trailing comma is dropped. */
    private List<ArrayItem> arrayItems(ArrayItemsContext c, boolean isList) {
        List<ArrayItem> items = new ArrayList<>();
        ArrayItemContext pending = null;
        int commas = 0;
        for (int i = 0; i < c.getChildCount(); i++) {
            if (c.getChild(i) instanceof ArrayItemContext it) {
                pending = it;
            } else {
                items.add(pending == null ? null : item(pending));
                pending = null;
                commas++;
            }
        }
        items.add(pending == null ? null : item(pending));
        if (items.get(items.size() - 1) == null && (commas > 0 || items.size() == 1)) items.remove(items.size() - 1);
        if (!isList) {
            for (ArrayItem it : items) {
                if (it == null) throw fatal("Cannot use empty array elements in arrays", c.getStart().getLine());
            }
        }
        return items;
    }

    private ArrayItem item(ArrayItemContext c) {
        Span s = sp(c);
        if (c.ELLIPSIS() != null) return new ArrayItem(null, read(c.expr(0)), false, true, s);
        if (c.chain() != null) {
            Expr key = c.expr().isEmpty() ? null : read(c.expr(0));
            return new ArrayItem(key, target(c.chain(), null), true, false, s);
        }
        if (c.expr().size() == 2) return new ArrayItem(read(c.expr(0)), expr(c.expr(1)), false, false, s);
        return new ArrayItem(null, expr(c.expr(0)), false, false, s);
    }
}
