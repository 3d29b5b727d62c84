package phpgoc.compiler.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import phpgoc.ast.Arg;
import phpgoc.ast.ArrayItem;
import phpgoc.ast.Attribute;
import phpgoc.ast.Expr;
import phpgoc.ast.FunctionDecl;
import phpgoc.ast.MatchArm;
import phpgoc.ast.Name;
import phpgoc.ast.Param;
import phpgoc.ast.Stmt;
import phpgoc.ast.TypeRef;
import phpgoc.parse.Diagnostic;

/**
 * Resolves every class, function and constant name of a file against its namespaces and imports
 * and returns a new AST (see the package documentation for what holds after it). Statements are
 * resolved in source order, as php compiles them: an import applies to what follows it.
 */
public final class NameResolver {
    /** The resolved statements and php's compile-time warnings about imports. */
    public record Result(List<Stmt> stmts, List<Diagnostic> diagnostics) {}

    private static final Set<String> BUILTIN_TYPES = Set.of("int", "float", "string", "bool", "false", "true", "null",
            "void", "iterable", "object", "mixed", "never", "callable", "array");

    private final Namespaces names = new Namespaces();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final RuntimeKeys keys;
    /** The file as php names it (in anonymous class names). */
    private final String file;

    private NameResolver(List<Stmt> ast, String file) {
        this.keys = new RuntimeKeys(ast);
        this.file = file;
    }

    /**
     * Resolves the top-level statements {@code ast} of {@code file} (the path as php shows it);
     * throws {@link ResolveError} with php's message.
     */
    public static Result resolve(List<Stmt> ast, String file) {
        NameResolver r = new NameResolver(ast, file);
        List<Stmt> out = r.top(ast);
        return new Result(out, List.copyOf(r.diagnostics));
    }

    // ---- namespaces (zend_compile_namespace, zend_verify_namespace)

    private List<Stmt> top(List<Stmt> ast) {
        List<Stmt> out = new ArrayList<>();
        boolean bracketed = false, unbracketed = false;
        for (int i = 0; i < ast.size(); i++) {
            Stmt s = ast.get(i);
            int line = s.span().line();
            if (s instanceof Stmt.Namespace n) {
                boolean withBracket = n.body() != null;
                if (bracketed ? !withBracket : unbracketed && withBracket) {
                    throw new ResolveError("Cannot mix bracketed namespace declarations with unbracketed namespace declarations", line);
                }
                boolean first = withBracket ? !bracketed : !unbracketed;
                if (first && !onlyDeclaresBefore(ast, i)) {
                    throw new ResolveError("Namespace declaration statement has to be the very first statement or after any declare call in the script", line);
                }
                if (n.name() != null && n.name().text().equalsIgnoreCase("namespace")) {
                    throw new ResolveError("Cannot use 'namespace' as namespace name", line);
                }
                names.enter(n.name() == null ? "" : n.name().text());
                if (withBracket) {
                    bracketed = true;
                    stmtsInto(n.body(), out);
                    names.enter("");
                } else {
                    unbracketed = true;
                }
                continue;
            }
            Stmt r = stmt(s);
            if (bracketed && !(s instanceof Stmt.Nop) && !(s instanceof Stmt.HaltCompiler)) {
                throw new ResolveError("No code may exist outside of namespace {}", line);
            }
            if (r != null) out.add(r);
        }
        return out;
    }

    /** php's zend_is_first_statement: only declare statements (and empty ones) before it. */
    private static boolean onlyDeclaresBefore(List<Stmt> ast, int i) {
        for (int k = 0; k < i; k++) {
            if (!(ast.get(k) instanceof Stmt.Declare) && !(ast.get(k) instanceof Stmt.Nop)) return false;
        }
        return true;
    }

    // ---- statements

    private void stmtsInto(List<Stmt> list, List<Stmt> out) {
        for (Stmt s : list) {
            Stmt r = stmt(s);
            if (r != null) out.add(r);
        }
    }

    private List<Stmt> stmts(List<Stmt> list) {
        List<Stmt> out = new ArrayList<>(list.size());
        stmtsInto(list, out);
        return out;
    }

    private Stmt.Block block(Stmt.Block b) { return b == null ? null : new Stmt.Block(stmts(b.stmts()), b.span()); }

    /** A single-statement position: a dropped statement becomes a Nop. */
    private Stmt one(Stmt s) {
        if (s == null) return null;
        Stmt r = stmt(s);
        return r != null ? r : new Stmt.Nop(s.span());
    }

    /** The resolved statement; null for a {@code use}, which only changes the import tables. */
    private Stmt stmt(Stmt st) {
        boolean wasTop = keys.enter(st);
        Stmt r = resolveStmt(st);
        keys.leave(wasTop, r);
        return r;
    }

    private Stmt resolveStmt(Stmt st) {
        return switch (st) {
            case Stmt.ExprStmt e -> new Stmt.ExprStmt(expr(e.expr()), e.span());
            case Stmt.Echo e -> new Stmt.Echo(exprs(e.exprs()), e.span());
            case Stmt.InlineHtml h -> h;
            case Stmt.Block b -> block(b);
            case Stmt.If i -> {
                List<Stmt.ElseIf> eis = new ArrayList<>();
                for (Stmt.ElseIf ei : i.elseIfs()) eis.add(new Stmt.ElseIf(expr(ei.cond()), one(ei.body()), ei.span()));
                yield new Stmt.If(expr(i.cond()), one(i.then()), eis, one(i.els()), i.span());
            }
            case Stmt.While w -> new Stmt.While(expr(w.cond()), one(w.body()), w.span());
            case Stmt.DoWhile w -> new Stmt.DoWhile(one(w.body()), expr(w.cond()), w.span());
            case Stmt.For f -> new Stmt.For(exprs(f.init()), exprs(f.cond()), exprs(f.step()), one(f.body()), f.span());
            case Stmt.Foreach f -> new Stmt.Foreach(expr(f.subject()), expr(f.key()), expr(f.value()), f.byRef(),
                    one(f.body()), f.span());
            case Stmt.Switch sw -> {
                List<Stmt.Case> cases = new ArrayList<>();
                for (Stmt.Case c : sw.cases()) cases.add(new Stmt.Case(expr(c.cond()), stmts(c.body()), c.span()));
                yield new Stmt.Switch(expr(sw.subject()), cases, sw.span());
            }
            case Stmt.Break b -> b;
            case Stmt.Continue c -> c;
            case Stmt.Return r -> new Stmt.Return(expr(r.value()), r.span());
            case Stmt.Global g -> new Stmt.Global(exprs(g.vars()), g.span());
            case Stmt.StaticVar sv -> {
                List<Stmt.StaticItem> items = new ArrayList<>();
                for (Stmt.StaticItem it : sv.vars()) items.add(new Stmt.StaticItem(it.name(), expr(it.init()), it.span()));
                yield new Stmt.StaticVar(items, sv.span());
            }
            case Stmt.Unset u -> new Stmt.Unset(exprs(u.vars()), u.span());
            case Stmt.Try t -> {
                List<Stmt.Catch> catches = new ArrayList<>();
                for (Stmt.Catch c : t.catches()) {
                    catches.add(new Stmt.Catch(classNames(c.types()), c.var(), block(c.body()), c.span()));
                }
                yield new Stmt.Try(block(t.body()), catches, block(t.fin()), t.span());
            }
            case Stmt.FunctionStmt f -> {
                String name = names.declareFunction(f.decl().name(), f.span().line());
                yield new Stmt.FunctionStmt(function(f.decl(), name), f.span());
            }
            case Stmt.ClassDecl c -> classDecl(c, names.declareClass(c.name(), c.span().line()));
            case Stmt.Namespace n -> throw new ResolveError("Namespace declarations cannot be nested", n.span().line());
            case Stmt.Use u -> {
                for (Stmt.UseItem it : u.items()) names.use(it, diagnostics);
                yield null;
            }
            case Stmt.ConstDecl c -> {
                List<Stmt.ConstItem> items = new ArrayList<>();
                for (Stmt.ConstItem it : c.items()) {
                    Expr value = expr(it.value());
                    items.add(new Stmt.ConstItem(names.declareConst(it.name(), it.span().line()), value, it.span()));
                }
                yield new Stmt.ConstDecl(items, c.span());
            }
            case Stmt.Declare d -> new Stmt.Declare(d.directives(), d.body() == null ? null : one(d.body()), d.span());
            case Stmt.Goto g -> g;
            case Stmt.Label l -> l;
            case Stmt.HaltCompiler h -> h;
            case Stmt.Nop n -> n;
        };
    }

    // ---- declarations

    private FunctionDecl function(FunctionDecl d, String name) {
        List<Param> ps = new ArrayList<>(d.params().size());
        for (Param p : d.params()) {
            ps.add(new Param(p.name(), type(p.type()), expr(p.defaultValue()), p.byRef(), p.variadic(), p.promote(),
                    attributes(p.attributes()), p.span()));
        }
        return new FunctionDecl(name, ps, d.byRefReturn(), type(d.returnType()),
                d.body() == null ? null : stmts(d.body()), d.isStatic(), attributes(d.attributes()), d.span());
    }

    private Stmt.ClassDecl classDecl(Stmt.ClassDecl c, String name) {
        List<Stmt.Member> members = new ArrayList<>(c.members().size());
        for (Stmt.Member m : c.members()) members.add(member(m));
        return new Stmt.ClassDecl(c.kind(), name, c.modifiers(), c.parent() == null ? null : names.cls(c.parent()),
                classNames(c.interfaces()), type(c.enumBackingType()), members, attributes(c.attributes()), c.span());
    }

    /**
     * php's name of an anonymous class: its parent's (else its first interface's, else "class")
     * name, "@anonymous", NUL, file:line and the runtime-definition key in hex.
     */
    private Stmt.ClassDecl anonymousClass(Stmt.ClassDecl c) {
        int key = keys.anonymous();
        String prefix = c.parent() != null ? names.cls(c.parent()).text()
                : !c.interfaces().isEmpty() ? names.cls(c.interfaces().get(0)).text() : "class";
        if (prefix.startsWith("\\")) prefix = prefix.substring(1);
        return classDecl(c, prefix + "@anonymous\0" + file + ":" + c.span().line() + "$" + Integer.toHexString(key));
    }

    private Stmt.Member member(Stmt.Member m) {
        return switch (m) {
            case Stmt.Method x -> new Stmt.Method(x.modifiers(), function(x.decl(), x.decl().name()), x.span());
            case Stmt.Property x -> {
                List<Stmt.PropItem> items = new ArrayList<>();
                for (Stmt.PropItem it : x.items()) items.add(new Stmt.PropItem(it.name(), expr(it.init()), it.span()));
                yield new Stmt.Property(x.modifiers(), type(x.type()), items, attributes(x.attributes()), x.span());
            }
            case Stmt.ClassConstant x -> {
                List<Stmt.ConstItem> items = new ArrayList<>();
                for (Stmt.ConstItem it : x.items()) items.add(new Stmt.ConstItem(it.name(), expr(it.value()), it.span()));
                yield new Stmt.ClassConstant(x.modifiers(), type(x.type()), items, attributes(x.attributes()), x.span());
            }
            case Stmt.TraitUse x -> {
                List<Stmt.TraitRule> rules = new ArrayList<>();
                for (Stmt.TraitRule r : x.rules()) {
                    rules.add(new Stmt.TraitRule(r.trait() == null ? null : names.cls(r.trait()), r.method(),
                            classNames(r.insteadof()), r.newModifiers(), r.alias(), r.span()));
                }
                yield new Stmt.TraitUse(classNames(x.traits()), rules, x.span());
            }
            case Stmt.EnumCase x -> new Stmt.EnumCase(x.name(), expr(x.value()), attributes(x.attributes()), x.span());
        };
    }

    private List<Name> classNames(List<Name> ns) {
        List<Name> out = new ArrayList<>(ns.size());
        for (Name n : ns) out.add(names.cls(n));
        return out;
    }

    private List<Attribute> attributes(List<Attribute> as) {
        if (as == null || as.isEmpty()) return as;
        List<Attribute> out = new ArrayList<>(as.size());
        for (Attribute a : as) out.add(new Attribute(names.cls(a.name()), args(a.args()), a.span()));
        return out;
    }

    /** A declared type: class names resolved, builtin type names as written. */
    private TypeRef type(TypeRef t) {
        if (t == null) return null;
        return switch (t) {
            case TypeRef.Named n -> {
                Name name = n.name();
                boolean builtin = name.kind() == Name.Kind.UNQUALIFIED
                        && BUILTIN_TYPES.contains(name.text().toLowerCase(Locale.ROOT));
                yield builtin ? n : new TypeRef.Named(names.cls(name), n.span());
            }
            case TypeRef.Nullable n -> new TypeRef.Nullable(type(n.inner()), n.span());
            case TypeRef.Union u -> new TypeRef.Union(types(u.types()), u.span());
            case TypeRef.Intersection i -> new TypeRef.Intersection(types(i.types()), i.span());
        };
    }

    private List<TypeRef> types(List<TypeRef> ts) {
        List<TypeRef> out = new ArrayList<>(ts.size());
        for (TypeRef t : ts) out.add(type(t));
        return out;
    }

    // ---- expressions

    private List<Expr> exprs(List<Expr> list) {
        List<Expr> out = new ArrayList<>(list.size());
        for (Expr e : list) out.add(expr(e));
        return out;
    }

    private List<Arg> args(List<Arg> args) {
        List<Arg> out = new ArrayList<>(args.size());
        for (Arg a : args) out.add(new Arg(a.name(), expr(a.value()), a.spread(), a.span()));
        return out;
    }

    private List<ArrayItem> items(List<ArrayItem> items) {
        List<ArrayItem> out = new ArrayList<>(items.size());
        for (ArrayItem it : items) {
            out.add(it == null ? null : new ArrayItem(expr(it.key()), expr(it.value()), it.byRef(), it.spread(), it.span()));
        }
        return out;
    }

    /** A class operand: a name resolved as a class, any other expression resolved. */
    private Expr classRef(Expr e) {
        return e instanceof Expr.NameExpr n ? new Expr.NameExpr(names.cls(n.name()), n.span()) : expr(e);
    }

    private Expr expr(Expr e) {
        if (e == null) return null;
        return switch (e) {
            case Expr.IntLit l -> l;
            case Expr.FloatLit l -> l;
            case Expr.StrLit l -> l;
            case Expr.Interp i -> new Expr.Interp(exprs(i.parts()), i.span());
            case Expr.ShellExec i -> new Expr.ShellExec(exprs(i.parts()), i.span());
            case Expr.ArrayLit a -> new Expr.ArrayLit(items(a.items()), a.span());
            case Expr.ListExpr l -> new Expr.ListExpr(items(l.items()), l.span());
            case Expr.ConstFetch c -> new Expr.ConstFetch(names.constant(c.name()), c.span());
            case Expr.MagicConst m -> m.name().equals("__NAMESPACE__") ? new Expr.StrLit(names.current(), m.span()) : m;
            case Expr.Var v -> v;
            case Expr.VarVar v -> new Expr.VarVar(expr(v.name()), v.span());
            case Expr.Dim d -> new Expr.Dim(expr(d.base()), expr(d.index()), d.span());
            case Expr.Prop p -> new Expr.Prop(expr(p.object()), expr(p.name()), p.nullsafe(), p.span());
            case Expr.StaticProp p -> new Expr.StaticProp(classRef(p.cls()), expr(p.name()), p.span());
            case Expr.ClassConst c -> {
                Expr cls = classRef(c.cls());
                if (c.name().equals("class") && cls instanceof Expr.NameExpr n && !n.name().isSpecialClass()) {
                    yield new Expr.StrLit(n.name().text(), c.span());
                }
                yield new Expr.ClassConst(cls, c.name(), c.span());
            }
            case Expr.NameExpr n -> new Expr.NameExpr(names.cls(n.name()), n.span());
            case Expr.Call c -> {
                Expr callee = c.callee() instanceof Expr.NameExpr n
                        ? new Expr.NameExpr(names.function(n.name()), n.span()) : expr(c.callee());
                yield new Expr.Call(callee, args(c.args()), c.fcc(), c.span());
            }
            case Expr.MethodCall m -> new Expr.MethodCall(expr(m.object()), expr(m.name()), args(m.args()), m.nullsafe(),
                    m.fcc(), m.span());
            case Expr.StaticCall m -> new Expr.StaticCall(classRef(m.cls()), expr(m.name()), args(m.args()), m.fcc(), m.span());
            case Expr.New n -> new Expr.New(classRef(n.cls()), args(n.args()), n.span());
            case Expr.AnonClass a -> new Expr.AnonClass(anonymousClass(a.decl()), a.span());
            case Expr.Binary b -> new Expr.Binary(expr(b.left()), b.op(), expr(b.right()), b.span());
            case Expr.Unary u -> new Expr.Unary(u.op(), expr(u.operand()), u.span());
            case Expr.IncDec i -> new Expr.IncDec(expr(i.target()), i.increment(), i.prefix(), i.span());
            case Expr.Assign a -> new Expr.Assign(expr(a.target()), expr(a.value()), a.span());
            case Expr.AssignRef a -> new Expr.AssignRef(expr(a.target()), expr(a.value()), a.span());
            case Expr.CompoundAssign a -> new Expr.CompoundAssign(expr(a.target()), a.op(), expr(a.value()), a.span());
            case Expr.Ternary t -> new Expr.Ternary(expr(t.cond()), expr(t.then()), expr(t.els()), t.span());
            case Expr.Cast c -> new Expr.Cast(c.type(), expr(c.operand()), c.span());
            case Expr.InstanceOf i -> new Expr.InstanceOf(expr(i.operand()), classRef(i.cls()), i.span());
            case Expr.Isset i -> new Expr.Isset(exprs(i.vars()), i.span());
            case Expr.Empty em -> new Expr.Empty(expr(em.operand()), em.span());
            case Expr.Silence s -> new Expr.Silence(expr(s.operand()), s.span());
            case Expr.Exit x -> new Expr.Exit(expr(x.status()), x.span());
            case Expr.Print p -> new Expr.Print(expr(p.operand()), p.span());
            case Expr.Clone c -> new Expr.Clone(expr(c.operand()), c.span());
            case Expr.Include i -> new Expr.Include(i.kind(), expr(i.path()), i.span());
            case Expr.Eval ev -> new Expr.Eval(expr(ev.code()), ev.span());
            case Expr.Throw t -> new Expr.Throw(expr(t.exception()), t.span());
            case Expr.Match m -> {
                List<MatchArm> arms = new ArrayList<>();
                for (MatchArm arm : m.arms()) {
                    arms.add(new MatchArm(arm.conditions() == null ? null : exprs(arm.conditions()), expr(arm.body()), arm.span()));
                }
                yield new Expr.Match(expr(m.subject()), arms, m.span());
            }
            case Expr.Yield y -> new Expr.Yield(expr(y.key()), expr(y.value()), y.span());
            case Expr.YieldFrom y -> new Expr.YieldFrom(expr(y.source()), y.span());
            case Expr.Closure c -> new Expr.Closure(function(c.decl(), names.closureName()), c.uses(), c.span());
            case Expr.ArrowFn a -> new Expr.ArrowFn(function(a.decl(), names.closureName()), a.span());
        };
    }
}
