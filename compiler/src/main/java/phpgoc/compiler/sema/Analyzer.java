package phpgoc.compiler.sema;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import phpgoc.ast.Arg;
import phpgoc.ast.ArrayItem;
import phpgoc.ast.ClosureUse;
import phpgoc.ast.Expr;
import phpgoc.ast.FunctionDecl;
import phpgoc.ast.MatchArm;
import phpgoc.ast.Param;
import phpgoc.ast.Stmt;

/**
 * Computes a {@link Scope} for every function body of a file. Variables become Ref variables when
 * they are bound by reference ({@code =&}, {@code global}, {@code static}, by-ref parameters,
 * by-ref {@code use}, foreach by reference, by-ref arguments including every plain-variable
 * argument of a callee the compiler cannot see).
 */
public final class Analyzer {
    /** Scopes by FunctionDecl identity; the top-level scope under the key of the statement list. */
    public final Map<Object, Scope> scopes = new IdentityHashMap<>();
    /** Every function body except the top level, in index order. */
    public final List<Scope> bodies = new ArrayList<>();
    /**
     * Whether the file calls debug_backtrace() or debug_print_backtrace(), or names class Fiber (a
     * trace taken in a fiber shows the frames of the threads waiting for it, which no exception
     * unwinds): its functions then keep shadow frames of their arguments and $this
     * ({@code runtime.CallFrames}).
     */
    public boolean keepsCallFrames;
    public final Functions functions = new Functions();
    /** Every class-like declaration of the file (nested ones included), in source order. */
    public final List<Stmt.ClassDecl> classes = new ArrayList<>();
    public final Scope top;
    /**
     * {@code $v->get()} calls whose result is only looked at ({@link Ownership}): on a WeakReference
     * they need not mark the object as escaped.
     */
    public final java.util.Set<Expr.MethodCall> transientGets = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Property reads whose value is only looked at ({@link Ownership}); every other read marks an object it yields escaped. */
    public final java.util.Set<Expr.Prop> peekProps = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /** Statements {@code $x->p = new C(...)} / {@code clone}: the new object is held by that property (runtime Destructors.adopt). */
    public final java.util.Set<Expr.Assign> adoptingStores = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    private Analyzer(List<Stmt> ast, boolean evalInClass) {
        for (Stmt s : ast) {
            if (s instanceof Stmt.FunctionStmt f) {
                functions.user.putIfAbsent(f.decl().name().toLowerCase(Locale.ROOT), f.decl());
            }
        }
        top = new Scope(Scope.Kind.TOP, null, null);
        top.symbolTable = true;
        if (evalInClass) top.classIndex = Scope.EVAL_CLASS;
        scopes.put(ast, top);
        stmts(top, ast);
        if (keepsCallFrames) liveParams();
        Ownership.analyze(this, ast);
    }

    public static Analyzer analyze(List<Stmt> ast) { return new Analyzer(ast, false); }

    /**
     * In a file that keeps shadow frames, every parameter but a variadic one is a Ref variable: its
     * shadow frame holds the Ref, so a backtrace shows the parameter's current value as php does
     * (php lists the variadic arguments as passed).
     */
    private void liveParams() {
        for (Scope s : bodies) {
            for (Param p : s.decl.params()) if (!p.variadic()) s.refVars.add(p.name());
        }
    }

    /**
     * {@code evalInClass}: the file is code eval'd in code of a class, whose top level (and closures)
     * have that class as a scope known only at run time ({@link Scope#EVAL_CLASS}).
     */
    public static Analyzer analyze(List<Stmt> ast, boolean evalInClass) { return new Analyzer(ast, evalInClass); }

    public Scope scopeOf(FunctionDecl d) { return scopes.get(d); }

    /**
     * A call that certainly makes a new Generator nothing else holds: a generator function of this
     * file called by name, or a generator closure called where it is written.
     */
    public boolean isGeneratorCall(Expr e) {
        if (!(e instanceof Expr.Call c) || c.fcc()) return false;
        FunctionDecl d = switch (c.callee()) {
            case Expr.NameExpr n -> functions.kind(functions.effective(n.name())) == Functions.Kind.USER
                    ? functions.userDecl(functions.effective(n.name())) : null;
            case Expr.Closure cl -> cl.decl();
            default -> null;
        };
        Scope s = d == null ? null : scopes.get(d);
        return s != null && s.generator;
    }

    private Scope function(Scope.Kind kind, FunctionDecl d, Scope parent) {
        Scope s = new Scope(kind, d, parent);
        s.index = bodies.size();
        bodies.add(s);
        scopes.put(d, s);
        if (parent != null && (kind == Scope.Kind.CLOSURE || kind == Scope.Kind.ARROW)) {
            s.classDecl = parent.classDecl;
            s.classIndex = parent.classIndex;
            s.isStatic = parent.isStatic;
        }
        for (Param p : d.params()) {
            s.vars.add(p.name());
            if (p.byRef()) s.refVars.add(p.name());
        }
        return s;
    }

    private void body(Scope s, FunctionDecl d) {
        for (Param p : d.params()) if (p.defaultValue() != null) expr(s, p.defaultValue());
        if (d.body() != null) stmts(s, d.body());
    }

    private void stmts(Scope s, List<Stmt> list) {
        for (Stmt st : list) stmt(s, st);
    }

    /** The superglobals other than $GLOBALS: every function sees the global variables of these names. */
    private static final java.util.Set<String> SUPERGLOBALS =
            java.util.Set.of("_SERVER", "_GET", "_POST", "_COOKIE", "_FILES", "_ENV", "_REQUEST", "_SESSION");

    private void use(Scope s, String v) { s.vars.add(v); }

    private void ref(Scope s, String v) {
        s.vars.add(v);
        s.refVars.add(v);
    }

    private void stmt(Scope s, Stmt st) {
        switch (st) {
            case Stmt.ExprStmt e -> expr(s, e.expr());
            case Stmt.Echo e -> exprs(s, e.exprs());
            case Stmt.InlineHtml h -> { }
            case Stmt.Block b -> stmts(s, b.stmts());
            case Stmt.If i -> {
                expr(s, i.cond());
                stmt(s, i.then());
                for (Stmt.ElseIf ei : i.elseIfs()) {
                    expr(s, ei.cond());
                    stmt(s, ei.body());
                }
                if (i.els() != null) stmt(s, i.els());
            }
            case Stmt.While w -> { expr(s, w.cond()); stmt(s, w.body()); }
            case Stmt.DoWhile w -> { stmt(s, w.body()); expr(s, w.cond()); }
            case Stmt.For f -> {
                exprs(s, f.init());
                exprs(s, f.cond());
                exprs(s, f.step());
                stmt(s, f.body());
            }
            case Stmt.Foreach f -> {
                s.calls = true; // an Iterator's methods
                expr(s, f.subject());
                if (f.byRef() && f.subject() instanceof Expr.Var v) use(s, v.name());
                if (f.key() != null) expr(s, f.key());
                if (f.byRef() && f.value() instanceof Expr.Var v) ref(s, v.name());
                expr(s, f.value());
                stmt(s, f.body());
            }
            case Stmt.Switch sw -> {
                expr(s, sw.subject());
                for (Stmt.Case c : sw.cases()) {
                    if (c.cond() != null) expr(s, c.cond());
                    stmts(s, c.body());
                }
            }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.Return r -> { if (r.value() != null) expr(s, r.value()); }
            case Stmt.Global g -> {
                for (Expr e : g.vars()) {
                    if (e instanceof Expr.Var v) ref(s, v.name()); else expr(s, e);
                }
            }
            case Stmt.StaticVar sv -> {
                for (Stmt.StaticItem it : sv.vars()) {
                    ref(s, it.name());
                    int at = s.staticVars.indexOf(it.name());
                    if (at < 0) {
                        s.staticVars.add(it.name());
                        s.staticInits.add(it.init());
                    } else {
                        s.staticInits.set(at, it.init());
                    }
                    if (it.init() != null) expr(s, it.init());
                }
            }
            case Stmt.Unset u -> exprs(s, u.vars());
            case Stmt.Try t -> {
                stmt(s, t.body());
                for (Stmt.Catch c : t.catches()) {
                    if (c.var() != null) use(s, c.var());
                    stmt(s, c.body());
                }
                if (t.fin() != null) {
                    s.hasFinally = true;
                    stmt(s, t.fin());
                }
            }
            case Stmt.FunctionStmt f -> {
                Scope fs = function(Scope.Kind.FUNCTION, f.decl(), s);
                fs.hoisted = s == top && functions.userDecl(f.decl().name()) == f.decl();
                body(fs, f.decl());
            }
            case Stmt.ClassDecl c -> classDecl(s, c);
            case Stmt.Namespace n -> { if (n.body() != null) stmts(s, n.body()); }
            case Stmt.Use u -> { }
            case Stmt.ConstDecl c -> { for (Stmt.ConstItem it : c.items()) expr(s, it.value()); }
            case Stmt.Declare d -> { if (d.body() != null) stmt(s, d.body()); }
            case Stmt.Goto g -> s.keepWhole = true;
            case Stmt.Label l -> s.keepWhole = true;
            case Stmt.HaltCompiler h -> { }
            case Stmt.Nop n -> { }
        }
    }

    private void classDecl(Scope s, Stmt.ClassDecl c) {
        int index = classes.size();
        classes.add(c);
        for (Stmt.Member m : c.members()) {
            if (!(m instanceof Stmt.Method md) || md.decl().body() == null) continue;
            Scope ms = function(Scope.Kind.METHOD, md.decl(), s);
            ms.classDecl = c;
            ms.classIndex = index;
            ms.isStatic = phpgoc.ast.Modifiers.has(md.modifiers(), phpgoc.ast.Modifiers.STATIC);
            body(ms, md.decl());
        }
    }

    private void exprs(Scope s, List<Expr> list) {
        for (Expr e : list) if (e != null) expr(s, e);
    }

    private void items(Scope s, List<ArrayItem> items) {
        for (ArrayItem it : items) {
            if (it == null) continue;
            if (it.key() != null) expr(s, it.key());
            if (it.byRef() && it.value() instanceof Expr.Var v) ref(s, v.name());
            expr(s, it.value());
        }
    }

    /**
     * Arguments of a method call or {@code new}: positional ones are passed by reference per call
     * site at run time (a plain local gets a temporary Ref, see codegen's ObjectGen); with named or
     * unpacked arguments the ArgList carries the variables' own Refs.
     */
    private void args(Scope s, List<Arg> args) {
        boolean late = false;
        for (Arg a : args) late |= a.spread() || a.name() != null;
        for (Arg a : args) {
            if (late && !a.spread() && a.value() instanceof Expr.Var v && !v.name().equals("this")) ref(s, v.name());
            expr(s, a.value());
        }
    }

    private void expr(Scope s, Expr e) {
        switch (e) {
            case Expr.IntLit l -> { }
            case Expr.FloatLit l -> { }
            case Expr.StrLit l -> { }
            case Expr.Interp i -> exprs(s, i.parts());
            case Expr.ShellExec i -> exprs(s, i.parts());
            case Expr.ArrayLit a -> items(s, a.items());
            case Expr.ListExpr l -> items(s, l.items());
            case Expr.ConstFetch c -> { }
            case Expr.MagicConst m -> { }
            case Expr.Var v -> {
                if (s.kind != Scope.Kind.TOP && SUPERGLOBALS.contains(v.name())) {
                    // bound to the global at entry, as if by `global $_GET;`
                    ref(s, v.name());
                    s.superglobals.add(v.name());
                } else {
                    use(s, v.name());
                }
            }
            case Expr.VarVar v -> { s.symbolTable = true; expr(s, v.name()); }
            case Expr.Dim d -> { expr(s, d.base()); if (d.index() != null) expr(s, d.index()); }
            case Expr.Prop p -> { expr(s, p.object()); expr(s, p.name()); }
            case Expr.StaticProp p -> { expr(s, p.cls()); expr(s, p.name()); }
            case Expr.ClassConst c -> expr(s, c.cls());
            case Expr.NameExpr n -> { if (n.name().bare().equalsIgnoreCase("Fiber")) keepsCallFrames = true; }
            case Expr.Call c -> {
                s.calls = true;
                if (!(c.callee() instanceof Expr.NameExpr)) expr(s, c.callee());
                String name = c.callee() instanceof Expr.NameExpr n ? functions.effective(n.name()) : null;
                String lower = name == null ? "" : Functions.bare(name).toLowerCase(Locale.ROOT);
                if (lower.equals("include") || lower.equals("get_defined_vars") || lower.equals("compact")
                        || lower.equals("extract")) {
                    s.symbolTable = true;
                }
                if (lower.equals("debug_backtrace") || lower.equals("debug_print_backtrace")) keepsCallFrames = true;
                if (s.kind != Scope.Kind.TOP && (lower.equals("func_get_args") || lower.equals("func_get_arg")
                        || lower.equals("func_num_args"))) {
                    s.funcArgs = true;
                    s.keepWhole = true;
                }
                for (int i = 0; i < c.args().size(); i++) {
                    Arg a = c.args().get(i);
                    if (a.value() instanceof Expr.Var v && !a.spread()) {
                        boolean byRef = name == null || a.name() != null
                                ? true : functions.byRefArg(name, i);
                        if (byRef) ref(s, v.name());
                    }
                    expr(s, a.value());
                }
            }
            case Expr.MethodCall m -> { s.calls = true; expr(s, m.object()); expr(s, m.name()); args(s, m.args()); }
            case Expr.StaticCall m -> { s.calls = true; expr(s, m.cls()); expr(s, m.name()); args(s, m.args()); }
            case Expr.New n -> { s.calls = true; expr(s, n.cls()); args(s, n.args()); }
            case Expr.AnonClass a -> classDecl(s, a.decl());
            case Expr.Binary b -> { expr(s, b.left()); expr(s, b.right()); }
            case Expr.Unary u -> expr(s, u.operand());
            case Expr.IncDec i -> expr(s, i.target());
            case Expr.Assign a -> { expr(s, a.target()); expr(s, a.value()); }
            case Expr.AssignRef a -> {
                if (a.target() instanceof Expr.Var v) ref(s, v.name());
                if (a.value() instanceof Expr.Var v) ref(s, v.name());
                expr(s, a.target());
                expr(s, a.value());
            }
            case Expr.CompoundAssign a -> { expr(s, a.target()); expr(s, a.value()); }
            case Expr.Ternary t -> { expr(s, t.cond()); if (t.then() != null) expr(s, t.then()); expr(s, t.els()); }
            case Expr.Cast c -> expr(s, c.operand());
            case Expr.InstanceOf i -> { expr(s, i.operand()); expr(s, i.cls()); }
            case Expr.Isset i -> exprs(s, i.vars());
            case Expr.Empty em -> expr(s, em.operand());
            case Expr.Silence si -> expr(s, si.operand());
            case Expr.Exit x -> { if (x.status() != null) expr(s, x.status()); }
            case Expr.Print p -> expr(s, p.operand());
            case Expr.Clone c -> { s.calls = true; expr(s, c.operand()); }
            case Expr.Include i -> { s.calls = true; s.symbolTable = true; expr(s, i.path()); }
            case Expr.Eval ev -> { s.calls = true; s.symbolTable = true; expr(s, ev.code()); }
            case Expr.Throw t -> expr(s, t.exception());
            case Expr.Match m -> {
                expr(s, m.subject());
                for (MatchArm arm : m.arms()) {
                    if (arm.conditions() != null) exprs(s, arm.conditions());
                    expr(s, arm.body());
                }
            }
            case Expr.Yield y -> {
                s.keepWhole = true;
                s.generator = true;
                if (s.decl != null && s.decl.byRefReturn() && y.value() instanceof Expr.Var v) ref(s, v.name());
                if (y.key() != null) expr(s, y.key());
                if (y.value() != null) expr(s, y.value());
            }
            case Expr.YieldFrom y -> { s.keepWhole = true; s.generator = true; expr(s, y.source()); }
            case Expr.Closure c -> {
                Scope cs = function(Scope.Kind.CLOSURE, c.decl(), s);
                for (ClosureUse u : c.uses()) {
                    cs.captures.add(u.name());
                    cs.captureByRef.add(u.byRef());
                    cs.vars.add(u.name());
                    if (u.byRef()) {
                        ref(s, u.name());
                        cs.refVars.add(u.name());
                    } else {
                        use(s, u.name());
                    }
                }
                body(cs, c.decl());
            }
            case Expr.ArrowFn a -> {
                Scope as = function(Scope.Kind.ARROW, a.decl(), s);
                body(as, a.decl());
                for (String v : as.vars) {
                    boolean param = a.decl().params().stream().anyMatch(p -> p.name().equals(v));
                    if (param || v.equals("this") || as.superglobals.contains(v)) continue;
                    as.captures.add(v);
                    as.captureByRef.add(false);
                    use(s, v);
                }
            }
        }
    }
}
