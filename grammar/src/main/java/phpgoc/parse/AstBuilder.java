package phpgoc.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import phpgoc.ast.Attribute;
import phpgoc.ast.Expr;
import phpgoc.ast.FunctionDecl;
import phpgoc.ast.Modifiers;
import phpgoc.ast.Name;
import phpgoc.ast.Param;
import phpgoc.ast.Span;
import phpgoc.ast.Stmt;
import phpgoc.ast.TypeRef;
import phpgoc.grammar.PhpParser;
import phpgoc.grammar.PhpParser.*;

/** Turns the parse tree of a file into the AST at once: statements and declarations here, expressions in {@link ExprBuilder}. */
final class AstBuilder {
    private final String file;
    private final int haltOffset;
    final ExprBuilder ex;

    AstBuilder(String file, int haltOffset, StringLiterals.SubParser sub, List<Diagnostic> diagnostics) {
        this.file = file;
        this.haltOffset = haltOffset;
        this.ex = new ExprBuilder(this, file, sub, diagnostics);
    }

    private Span sp(ParserRuleContext c) { return Spans.of(file, c); }

    private static BuildFailure fatal(String msg, int line) { return new BuildFailure(ParseError.fatal(msg, line)); }

    List<Stmt> file(FileContext c) { return stmts(c.statement()); }

    List<Stmt> stmts(List<StatementContext> cs) {
        List<Stmt> out = new ArrayList<>(cs.size());
        for (StatementContext c : cs) out.add(stmt(c));
        return out;
    }

    Stmt.Block block(BlockContext c) { return new Stmt.Block(stmts(c.statement()), sp(c)); }

    private Stmt.Block blockOf(List<StatementContext> cs, ParserRuleContext where) { return new Stmt.Block(stmts(cs), sp(where)); }

    private Expr cond(ExprContext c) { return ex.read(c); }

    Stmt stmt(StatementContext c) {
        Span s = sp(c);
        if (c instanceof FunctionStmtContext x) return new Stmt.FunctionStmt(function(x.functionDecl(), attributes(x.attributes())), s);
        if (c instanceof ClassStmtContext x) return classDecl(x.classDecl(), attributes(x.attributes()));
        if (c instanceof BlockStmtContext x) return block(x.block());
        if (c instanceof IfStmtContext x) {
            List<Stmt.ElseIf> eis = new ArrayList<>();
            for (ElseIfClauseContext e : x.elseIfClause()) eis.add(new Stmt.ElseIf(cond(e.expr()), stmt(e.statement()), sp(e)));
            return new Stmt.If(cond(x.expr()), stmt(x.statement()), eis, x.elseClause() == null ? null : stmt(x.elseClause().statement()), s);
        }
        if (c instanceof AltIfStmtContext x) {
            List<Stmt.ElseIf> eis = new ArrayList<>();
            for (AltElseIfContext e : x.altElseIf()) eis.add(new Stmt.ElseIf(cond(e.expr()), blockOf(e.statement(), e), sp(e)));
            return new Stmt.If(cond(x.expr()), blockOf(x.statement(), x), eis,
                    x.altElse() == null ? null : blockOf(x.altElse().statement(), x.altElse()), s);
        }
        if (c instanceof WhileStmtContext x) return new Stmt.While(cond(x.expr()), body(x.statement(), x), s);
        if (c instanceof DoWhileStmtContext x) return new Stmt.DoWhile(stmt(x.statement()), cond(x.expr()), s);
        if (c instanceof ForStmtContext x) return forStmt(x, s);
        if (c instanceof ForeachStmtContext x) return foreach(x, s);
        if (c instanceof SwitchStmtContext x) return switchStmt(x, s);
        if (c instanceof BreakStmtContext x) return new Stmt.Break(levels(x.expr(), "break"), s);
        if (c instanceof ContinueStmtContext x) return new Stmt.Continue(levels(x.expr(), "continue"), s);
        if (c instanceof ReturnStmtContext x) return new Stmt.Return(x.expr() == null ? null : cond(x.expr()), s);
        if (c instanceof GlobalStmtContext x) {
            List<Expr> vs = new ArrayList<>();
            for (SimpleVarContext v : x.simpleVar()) {
                Expr e = ex.simpleVar(v);
                if (e instanceof Expr.Var var && var.name().equals("this")) throw fatal("Cannot use $this as global variable", v.getStart().getLine());
                vs.add(e);
            }
            return new Stmt.Global(vs, s);
        }
        if (c instanceof StaticStmtContext x) {
            List<Stmt.StaticItem> items = new ArrayList<>();
            for (StaticVarContext v : x.staticVar()) {
                String name = v.VARIABLE().getText().substring(1);
                if (name.equals("this")) throw fatal("Cannot use $this as static variable", v.getStart().getLine());
                items.add(new Stmt.StaticItem(name, v.expr() == null ? null : cond(v.expr()), sp(v)));
            }
            return new Stmt.StaticVar(items, s);
        }
        if (c instanceof EchoStmtContext x) return new Stmt.Echo(ex.exprs(x.exprList().expr()), s);
        if (c instanceof InlineHtmlStmtContext x) return new Stmt.InlineHtml(x.getText(), s);
        if (c instanceof UnsetStmtContext x) {
            List<Expr> vs = new ArrayList<>();
            for (ChainContext v : x.chain()) {
                Expr e = ex.chain(v);
                if (e instanceof Expr.Var var && var.name().equals("this")) throw fatal("Cannot unset $this", v.getStart().getLine());
                e = ex.target(v, null);
                if (e instanceof Expr.Dim d && d.index() == null) throw fatal("Cannot use [] for unsetting", v.getStart().getLine());
                if (e instanceof Expr.Var var && var.name().equals("this")) throw fatal("Cannot unset $this", v.getStart().getLine());
                vs.add(e);
            }
            return new Stmt.Unset(vs, s);
        }
        if (c instanceof DeclareStmtContext x) {
            List<Stmt.ConstItem> items = new ArrayList<>();
            for (DeclareItemContext d : x.declareItem()) items.add(new Stmt.ConstItem(d.identifier().getText(), cond(d.expr()), sp(d)));
            Stmt body = x.ENDDECLARE() != null ? blockOf(x.statement(), x) : x.statement().isEmpty() ? null : stmt(x.statement(0));
            return new Stmt.Declare(items, body, s);
        }
        if (c instanceof TryStmtContext x) return tryStmt(x, s);
        if (c instanceof GotoStmtContext x) return new Stmt.Goto(x.identifier().getText(), s);
        if (c instanceof LabelStmtContext x) return new Stmt.Label(x.identifier().getText(), s);
        if (c instanceof NamespaceBlockStmtContext x) return new Stmt.Namespace(x.name() == null ? null : name(x.name()), stmts(x.statement()), s);
        if (c instanceof NamespaceStmtContext x) return new Stmt.Namespace(name(x.name()), null, s);
        if (c instanceof UseStmtContext x) {
            Stmt.UseKind k = useKind(x.useKind());
            List<Stmt.UseItem> items = new ArrayList<>();
            for (UseItemContext u : x.useItem()) items.add(new Stmt.UseItem(name(u.name()), u.identifier() == null ? null : u.identifier().getText(), k, sp(u)));
            return new Stmt.Use(k, items, s);
        }
        if (c instanceof GroupUseStmtContext x) return groupUse(x, s);
        if (c instanceof ConstStmtContext x) return new Stmt.ConstDecl(constItems(x.constItem()), s);
        if (c instanceof HaltStmtContext) return new Stmt.HaltCompiler(haltOffset, s);
        if (c instanceof EmptyStmtContext) return new Stmt.Nop(s);
        if (c instanceof ExprStmtContext x) return new Stmt.ExprStmt(cond(x.expr()), s);
        throw new IllegalStateException("unknown statement " + c.getClass());
    }

    /** The body of while/for/foreach: one statement, or the statements of the alternative syntax. */
    private Stmt body(List<StatementContext> cs, ParserRuleContext c) {
        boolean alt = false;
        for (int i = 0; i < c.getChildCount(); i++) {
            if (c.getChild(i) instanceof org.antlr.v4.runtime.tree.TerminalNode t && t.getSymbol().getType() == PhpParser.COLON) alt = true;
        }
        return alt ? blockOf(cs, c) : stmt(cs.get(0));
    }

    private int levels(ExprContext e, String what) {
        if (e == null) return 1;
        Expr v = ex.expr(e);
        if (v instanceof Expr.IntLit i && i.value() >= 1) return (int) i.value();
        if (v instanceof Expr.IntLit) throw fatal("'" + what + "' operator accepts only positive integers", e.getStart().getLine());
        throw fatal("'" + what + "' operator with non-integer operand is no longer supported", e.getStart().getLine());
    }

    private Stmt forStmt(ForStmtContext x, Span s) {
        List<List<Expr>> parts = new ArrayList<>(List.of(List.of(), List.of(), List.of()));
        int slot = 0;
        for (int i = 0; i < x.getChildCount(); i++) {
            var ch = x.getChild(i);
            if (ch instanceof org.antlr.v4.runtime.tree.TerminalNode t && t.getSymbol().getType() == PhpParser.SEMI && slot < 2) slot++;
            else if (ch instanceof ExprListContext l) parts.set(slot, ex.exprs(l.expr()));
            else if (ch instanceof org.antlr.v4.runtime.tree.TerminalNode t && t.getSymbol().getType() == PhpParser.RPAREN) break;
        }
        return new Stmt.For(parts.get(0), parts.get(1), parts.get(2), body(x.statement(), x), s);
    }

    private Stmt foreach(ForeachStmtContext x, Span s) {
        List<ForeachTargetContext> ts = x.foreachTarget();
        ForeachTargetContext valueT = ts.get(ts.size() - 1);
        Expr key = null;
        if (ts.size() == 2) {
            if (ts.get(0).AMP() != null) throw fatal("Key element cannot be a reference", ts.get(0).getStart().getLine());
            key = ex.target(ts.get(0).chain(), null);
            if (key instanceof Expr.ListExpr) throw fatal("Cannot use list as key element", ts.get(0).getStart().getLine());
        }
        Expr value = ex.target(valueT.chain(), null);
        return new Stmt.Foreach(cond(x.expr()), key, value, valueT.AMP() != null, body(x.statement(), x), s);
    }

    private Stmt switchStmt(SwitchStmtContext x, Span s) {
        List<Stmt.Case> cases = new ArrayList<>();
        boolean seenDefault = false;
        for (CaseClauseContext k : x.caseClause()) {
            if (k.DEFAULT() != null) {
                if (seenDefault) throw fatal("Switch statements may only contain one default clause", k.getStart().getLine());
                seenDefault = true;
            }
            cases.add(new Stmt.Case(k.expr() == null ? null : cond(k.expr()), stmts(k.statement()), sp(k)));
        }
        return new Stmt.Switch(cond(x.expr()), cases, s);
    }

    private Stmt tryStmt(TryStmtContext x, Span s) {
        List<Stmt.Catch> catches = new ArrayList<>();
        for (CatchClauseContext k : x.catchClause()) {
            List<Name> types = new ArrayList<>();
            for (NameContext n : k.name()) types.add(name(n));
            catches.add(new Stmt.Catch(types, k.VARIABLE() == null ? null : k.VARIABLE().getText().substring(1), block(k.block()), sp(k)));
        }
        Stmt.Block fin = x.FINALLY() == null ? null : block(x.block(1));
        if (catches.isEmpty() && fin == null) throw fatal("Cannot use try without catch or finally", x.getStart().getLine());
        return new Stmt.Try(block(x.block(0)), catches, fin, s);
    }

    private static Stmt.UseKind useKind(UseKindContext k) {
        if (k == null) return Stmt.UseKind.CLASS;
        return k.FUNCTION() != null ? Stmt.UseKind.FUNCTION : Stmt.UseKind.CONST;
    }

    private Stmt groupUse(GroupUseStmtContext x, Span s) {
        Stmt.UseKind k = useKind(x.useKind());
        Name prefix = name(x.name());
        List<Stmt.UseItem> items = new ArrayList<>();
        for (GroupUseItemContext g : x.groupUseItem()) {
            Name n = name(g.name());
            Name full = new Name(prefix.text() + "\\" + n.text(), Name.Kind.QUALIFIED, n.span());
            items.add(new Stmt.UseItem(full, g.identifier() == null ? null : g.identifier().getText(),
                    g.useKind() == null ? k : useKind(g.useKind()), sp(g)));
        }
        return new Stmt.Use(k, items, s);
    }

    private List<Stmt.ConstItem> constItems(List<ConstItemContext> cs) {
        List<Stmt.ConstItem> out = new ArrayList<>();
        for (ConstItemContext k : cs) out.add(new Stmt.ConstItem(k.identifierAny().getText(), cond(k.expr()), sp(k)));
        return out;
    }

    // ---- functions, params, types, names, attributes

    private FunctionDecl function(FunctionDeclContext c, List<Attribute> attrs) {
        return new FunctionDecl(c.identifier().getText(), params(c.params()), c.AMP() != null,
                c.type() == null ? null : type(c.type()), block(c.block()).stmts(), false, attrs, sp(c));
    }

    List<Param> params(ParamsContext c) {
        List<Param> out = new ArrayList<>();
        for (ParamContext p : c.param()) {
            int promote = 0;
            for (MemberModifierContext m : p.memberModifier()) promote |= modifier(m);
            if (p.VARIABLE().getText().equals("$this")) throw fatal("Cannot use $this as parameter", p.getStart().getLine());
            out.add(new Param(p.VARIABLE().getText().substring(1), p.type() == null ? null : type(p.type()),
                    p.expr() == null ? null : ex.read(p.expr()), p.AMP() != null, p.ELLIPSIS() != null,
                    promote, attributes(p.attributes()), sp(p)));
        }
        return out;
    }

    TypeRef type(TypeContext c) {
        Span s = sp(c);
        if (c instanceof NullableTypeContext x) return new TypeRef.Nullable(typeAtom(x.typeAtom()), s);
        UnionTypeContext u = (UnionTypeContext) c;
        List<TypeRef> terms = new ArrayList<>();
        for (TypeTermContext t : u.typeTerm()) {
            if (t.typeAtom().size() == 1) {
                terms.add(typeAtom(t.typeAtom(0)));
            } else {
                List<TypeRef> atoms = new ArrayList<>();
                for (TypeAtomContext a : t.typeAtom()) atoms.add(typeAtom(a));
                terms.add(new TypeRef.Intersection(atoms, sp(t)));
            }
        }
        return terms.size() == 1 ? terms.get(0) : new TypeRef.Union(terms, s);
    }

    private TypeRef typeAtom(TypeAtomContext a) {
        Span s = sp(a);
        Name n = a.name() != null ? name(a.name()) : new Name(a.getText().toLowerCase(), Name.Kind.UNQUALIFIED, s);
        return new TypeRef.Named(n, s);
    }

    Name name(NameContext c) {
        Token t = c.getStart();
        String text = t.getText();
        Span s = sp(c);
        return switch (t.getType()) {
            case PhpParser.NAME_FQ -> new Name(text.substring(1), Name.Kind.FULLY_QUALIFIED, s);
            case PhpParser.NAME_QUALIFIED -> new Name(text, Name.Kind.QUALIFIED, s);
            case PhpParser.NAME_RELATIVE -> new Name(text.substring(text.indexOf('\\') + 1), Name.Kind.RELATIVE, s);
            default -> new Name(text, Name.Kind.UNQUALIFIED, s);
        };
    }

    List<Name> names(NameListContext c) {
        List<Name> out = new ArrayList<>();
        for (NameContext n : c.name()) out.add(name(n));
        return out;
    }

    List<Attribute> attributes(AttributesContext c) {
        if (c == null) return List.of();
        List<Attribute> out = new ArrayList<>();
        for (AttributeGroupContext g : c.attributeGroup()) {
            for (AttributeContext a : g.attribute()) out.add(new Attribute(name(a.name()), ex.args(a.arguments()), sp(a)));
        }
        return out;
    }

    static int modifier(MemberModifierContext m) {
        return switch (m.getStart().getType()) {
            case PhpParser.PUBLIC -> Modifiers.PUBLIC;
            case PhpParser.PROTECTED -> Modifiers.PROTECTED;
            case PhpParser.PRIVATE -> Modifiers.PRIVATE;
            case PhpParser.STATIC -> Modifiers.STATIC;
            case PhpParser.ABSTRACT -> Modifiers.ABSTRACT;
            case PhpParser.FINAL -> Modifiers.FINAL;
            default -> Modifiers.READONLY;
        };
    }

    // ---- classes

    private Stmt classDecl(ClassDeclContext c, List<Attribute> attrs) {
        Span s = sp(c);
        if (c instanceof ClassDeclClassContext x) {
            // php's line of a class is the one of its 'class' keyword, after any modifiers
            Span k = Spans.of(file, x.CLASS().getSymbol());
            s = new Span(file, k.line(), k.col(), s.endLine(), s.endCol());
            int mods = 0;
            for (ClassModifierContext m : x.classModifier()) {
                mods |= switch (m.getStart().getType()) {
                    case PhpParser.ABSTRACT -> Modifiers.ABSTRACT;
                    case PhpParser.FINAL -> Modifiers.FINAL;
                    default -> Modifiers.READONLY;
                };
            }
            return new Stmt.ClassDecl(Stmt.ClassKind.CLASS, x.identifier().getText(), mods, x.name() == null ? null : name(x.name()),
                    x.nameList() == null ? List.of() : names(x.nameList()), null, members(x.classBody()), attrs, s);
        }
        if (c instanceof InterfaceDeclContext x) {
            return new Stmt.ClassDecl(Stmt.ClassKind.INTERFACE, x.identifier().getText(), 0, null,
                    x.nameList() == null ? List.of() : names(x.nameList()), null, members(x.classBody()), attrs, s);
        }
        if (c instanceof TraitDeclContext x) {
            return new Stmt.ClassDecl(Stmt.ClassKind.TRAIT, x.identifier().getText(), 0, null, List.of(), null, members(x.classBody()), attrs, s);
        }
        EnumDeclContext x = (EnumDeclContext) c;
        return new Stmt.ClassDecl(Stmt.ClassKind.ENUM, x.identifier().getText(), 0, null,
                x.nameList() == null ? List.of() : names(x.nameList()), x.type() == null ? null : type(x.type()),
                members(x.classBody()), attrs, s);
    }

    List<Stmt.Member> members(ClassBodyContext body) {
        List<Stmt.Member> out = new ArrayList<>();
        for (MemberContext m : body.member()) out.add(member(m));
        return out;
    }

    private Stmt.Member member(MemberContext c) {
        Span s = sp(c);
        if (c instanceof TraitUseMemberContext x) {
            List<Stmt.TraitRule> rules = new ArrayList<>();
            for (TraitRuleContext r : x.traitRule()) rules.add(traitRule(r));
            return new Stmt.TraitUse(names(x.nameList()), rules, s);
        }
        if (c instanceof EnumCaseMemberContext x) {
            return new Stmt.EnumCase(x.identifierAny().getText(), x.expr() == null ? null : ex.read(x.expr()), attributes(x.attributes()), s);
        }
        if (c instanceof ConstMemberContext x) {
            return new Stmt.ClassConstant(mods(x.memberModifier()), x.type() == null ? null : type(x.type()),
                    constItems(x.constItem()), attributes(x.attributes()), s);
        }
        if (c instanceof MethodMemberContext x) {
            FunctionDecl d = new FunctionDecl(x.identifierAny().getText(), params(x.params()), x.AMP() != null,
                    x.type() == null ? null : type(x.type()), x.block() == null ? null : block(x.block()).stmts(),
                    Modifiers.has(mods(x.memberModifier()), Modifiers.STATIC), attributes(x.attributes()),
                    // php's line of a method is its `function` keyword's (attributes may come before)
                    new Span(s.file(), x.FUNCTION().getSymbol().getLine(), x.FUNCTION().getSymbol().getCharPositionInLine(),
                            s.endLine(), s.endCol()));
            return new Stmt.Method(mods(x.memberModifier()), d, s);
        }
        PropertyMemberContext x = (PropertyMemberContext) c;
        int mods = mods(x.memberModifier());
        if (x.VAR() != null) mods |= Modifiers.PUBLIC;
        List<Stmt.PropItem> items = new ArrayList<>();
        for (PropItemContext p : x.propItem()) {
            items.add(new Stmt.PropItem(p.VARIABLE().getText().substring(1), p.expr() == null ? null : ex.read(p.expr()), sp(p)));
        }
        return new Stmt.Property(mods, x.type() == null ? null : type(x.type()), items, attributes(x.attributes()), s);
    }

    private static int mods(List<MemberModifierContext> ms) {
        int m = 0;
        for (MemberModifierContext x : ms) m |= modifier(x);
        return m;
    }

    private Stmt.TraitRule traitRule(TraitRuleContext r) {
        TraitMethodRefContext ref = r.traitMethodRef();
        Name trait = ref.name() == null ? null : name(ref.name());
        String method = ref.identifierAny().getText();
        if (r.INSTEADOF() != null) return new Stmt.TraitRule(trait, method, names(r.nameList()), 0, null, sp(r));
        int mods = r.memberModifier() == null ? 0 : modifier(r.memberModifier());
        String alias = r.identifierAny() == null ? null : r.identifierAny().getText();
        return new Stmt.TraitRule(trait, method, List.of(), mods, alias, sp(r));
    }
}
