package phpgoc.compiler.sema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import phpgoc.ast.Arg;
import phpgoc.ast.ArrayItem;
import phpgoc.ast.ClosureUse;
import phpgoc.ast.Expr;
import phpgoc.ast.MatchArm;
import phpgoc.ast.Param;
import phpgoc.ast.Stmt;

/**
 * Which local variables hold the only reference to their object, so that {@code unset}, a new
 * assignment or the end of the scope may destroy it (docs/objects.md, "Destructors"). A variable is
 * owned when every value assigned to it is a new object ({@code new}, {@code clone}), a value that
 * is not an object, or another owned variable (such variables form a group that is checked at run
 * time), and every read of it only looks at the object (member access, comparison, instanceof,
 * isset, printing, library functions that do not keep their argument). An owned variable's object
 * can then only escape through a bare {@code $this} in one of its methods: such methods mark their
 * object ({@link Scope#marksThis}) and a marked object is left to the end of the script.
 */
public final class Ownership {
    /** Library functions that read their arguments and never keep them. */
    private static final Set<String> READERS = Set.of("var_dump", "print_r", "var_export", "get_class",
            "spl_object_id", "spl_object_hash", "is_object", "is_null", "gettype", "get_debug_type",
            "get_object_vars", "method_exists", "property_exists", "is_a", "is_subclass_of", "count",
            "json_encode", "serialize", "strval", "is_callable", "is_iterable", "is_countable", "printf");
    /** Functions that read or write the caller's variables by name. */
    private static final Set<String> DYNAMIC = Set.of("compact", "extract", "get_defined_vars", "parse_str");

    /** Whether library function {@code lower} only reads its arguments (a temporary argument dies after the call). */
    public static boolean reader(String lower) { return READERS.contains(lower); }

    private final Analyzer a;
    private final Scope s;
    private final Set<String> bad = new HashSet<>();
    private final Set<String> unknown = new HashSet<>();
    private final Set<String> fresh = new HashSet<>();
    private final Map<String, Set<String>> copies = new HashMap<>();
    private boolean bareThis;
    /** ($map, $key) of {@code $map[$key]}; variables assigned {@code new WeakMap} / anything else. */
    private final List<String[]> weakKeys = new ArrayList<>();
    private final Set<String> weakMaps = new HashSet<>(), notWeakMaps = new HashSet<>();
    private boolean dynamic;
    /** Variables assigned anywhere in the body; and {@code $this->p = $v;} statements per variable. */
    private final Set<String> assigned = new HashSet<>();
    private final Map<String, Integer> propStores = new HashMap<>();
    /** Variables given arrays of new objects; those whose element values flow out, or that get other values in elements. */
    private final Set<String> arrays = new HashSet<>(), elemOut = new HashSet<>(), impure = new HashSet<>();
    /** Names in {@code global} statements, {@code $GLOBALS}, include/eval anywhere in the file (for the top level). */
    private final FileFacts file;

    private static final class FileFacts {
        final Set<String> globals = new HashSet<>();
        boolean dynamicGlobals;
    }

    private Ownership(Analyzer a, Scope s, FileFacts file) {
        this.a = a;
        this.s = s;
        this.file = file;
    }

    /** Sets {@link Scope#owned} and {@link Scope#marksThis} of every scope of the file. */
    static void analyze(Analyzer a, List<Stmt> ast) {
        FileFacts file = new FileFacts();
        List<Ownership> all = new ArrayList<>();
        for (Scope b : a.bodies) {
            Ownership o = new Ownership(a, b, file);
            for (Param p : b.decl.params()) {
                o.unknown.add(p.name());
                if (p.defaultValue() != null) o.val(p.defaultValue());
            }
            for (String c : b.captures) o.unknown.add(c);
            if (b.decl.body() != null) o.stmts(b.decl.body());
            all.add(o);
        }
        Ownership top = new Ownership(a, a.top, file);
        top.stmts(ast);
        for (Ownership o : all) {
            if (o.dynamic) file.dynamicGlobals = true;
            o.s.keptParams = o.keptParams();
            o.finish(o.dynamic || o.s.symbolTable);
            o.s.marksThis = o.bareThis && o.s.kind == Scope.Kind.METHOD && !o.s.isStatic;
        }
        top.bad.addAll(file.globals);
        top.finish(top.dynamic || file.dynamicGlobals);
    }

    /** {@link Scope#keptParams} of a constructor. */
    private int keptParams() {
        if (dynamic || s.symbolTable || s.kind != Scope.Kind.METHOD || s.isStatic
                || !s.decl.name().equalsIgnoreCase("__construct")) return 0;
        int mask = 0;
        List<Param> ps = s.decl.params();
        for (int i = 0; i < ps.size() && i < 31; i++) {
            Param p = ps.get(i);
            String n = p.name();
            int stores = propStores.getOrDefault(n, 0) + (p.promote() != 0 ? 1 : 0);
            if (stores == 1 && !p.byRef() && !p.variadic() && !bad.contains(n) && !assigned.contains(n)
                    && !s.refVars.contains(n)) mask |= 1 << i;
        }
        return mask;
    }

    private void finish(boolean none) {
        if (none) return;
        bad.addAll(propStores.keySet()); // stored into a property: the object is not the variable's alone
        // $map[$k] on a variable that only ever holds a new WeakMap does not keep $k's object
        for (String[] mk : weakKeys) {
            String m = mk[0];
            boolean weakMap = weakMaps.contains(m) && !notWeakMaps.contains(m) && !bad.contains(m)
                    && !unknown.contains(m) && !s.refVars.contains(m) && !copies.containsKey(m);
            if (!weakMap) bad.add(mk[1]);
        }
        Set<String> owned = new HashSet<>();
        for (String v : s.vars) {
            if (!bad.contains(v) && !unknown.contains(v) && !s.refVars.contains(v) && !v.equals("this")) owned.add(v);
        }
        // a group of variables copied into each other is owned as a whole or not at all
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Map.Entry<String, Set<String>> en : copies.entrySet()) {
                for (String w : en.getValue()) {
                    if (owned.contains(en.getKey()) != owned.contains(w)) {
                        owned.remove(en.getKey());
                        owned.remove(w);
                        changed = true;
                    }
                }
            }
        }
        for (String v : s.vars) {
            if (!owned.contains(v)) continue;
            List<String> group = new ArrayList<>();
            collect(v, group);
            if (group.stream().noneMatch(fresh::contains)) continue;
            group.remove(v);
            s.owned.put(v, group);
        }
        for (String v : arrays) {
            List<String> group = s.owned.get(v);
            if (group != null && group.isEmpty() && !elemOut.contains(v) && !impure.contains(v)) s.ownedArrays.add(v);
        }
    }

    private void collect(String v, List<String> group) {
        if (group.contains(v)) return;
        group.add(v);
        for (String w : copies.getOrDefault(v, Set.of())) collect(w, group);
    }

    // ---- statements

    private void stmts(List<Stmt> list) {
        for (Stmt st : list) stmt(st);
    }

    private void stmt(Stmt st) {
        switch (st) {
            case Stmt.ExprStmt e -> effect(e.expr());
            case Stmt.Echo e -> { for (Expr x : e.exprs()) look(x); }
            case Stmt.InlineHtml h -> { }
            case Stmt.Block b -> stmts(b.stmts());
            case Stmt.If i -> {
                look(i.cond());
                stmt(i.then());
                for (Stmt.ElseIf ei : i.elseIfs()) {
                    look(ei.cond());
                    stmt(ei.body());
                }
                if (i.els() != null) stmt(i.els());
            }
            case Stmt.While w -> { look(w.cond()); stmt(w.body()); }
            case Stmt.DoWhile w -> { stmt(w.body()); look(w.cond()); }
            case Stmt.For f -> {
                for (Expr x : f.init()) effect(x);
                for (Expr x : f.cond()) look(x);
                for (Expr x : f.step()) effect(x);
                stmt(f.body());
            }
            case Stmt.Foreach f -> {
                // iterating only looks at the subject (an object's own methods mark $this if they let it escape)
                look(f.subject());
                if (f.subject() instanceof Expr.Var v) elemOut.add(v.name()); // each element goes to the loop variable
                if (f.key() != null) target(f.key());
                target(f.value());
                stmt(f.body());
            }
            case Stmt.Switch sw -> {
                val(sw.subject());
                for (Stmt.Case c : sw.cases()) {
                    if (c.cond() != null) val(c.cond());
                    stmts(c.body());
                }
            }
            case Stmt.Return r -> { if (r.value() != null) val(r.value()); }
            case Stmt.Global g -> {
                for (Expr e : g.vars()) {
                    if (e instanceof Expr.Var v) { bad.add(v.name()); file.globals.add(v.name()); }
                    else { file.dynamicGlobals = true; val(e); }
                }
            }
            case Stmt.StaticVar sv -> {
                for (Stmt.StaticItem it : sv.vars()) {
                    bad.add(it.name());
                    if (it.init() != null) val(it.init());
                }
            }
            case Stmt.Unset u -> {
                for (Expr e : u.vars()) if (!(e instanceof Expr.Var)) look(e);
            }
            case Stmt.Try t -> {
                stmt(t.body());
                for (Stmt.Catch c : t.catches()) {
                    if (c.var() != null) unknown.add(c.var());
                    stmt(c.body());
                }
                if (t.fin() != null) stmt(t.fin());
            }
            case Stmt.Namespace n -> { if (n.body() != null) stmts(n.body()); }
            case Stmt.Declare d -> { if (d.body() != null) stmt(d.body()); }
            case Stmt.ConstDecl c -> { for (Stmt.ConstItem it : c.items()) val(it.value()); }
            default -> { }
        }
    }

    // ---- expressions

    /** An expression whose value is dropped. */
    private void effect(Expr e) {
        if (e instanceof Expr.Assign as && as.target() instanceof Expr.Var t) assign(t.name(), as.value());
        else if (e instanceof Expr.Assign as && as.target() instanceof Expr.Dim d && root(d) != null) {
            String v = root(d);
            if (as.value() instanceof Expr.New || as.value() instanceof Expr.Clone
                    || as.value() instanceof Expr.ArrayLit l && freshItems(l)) { fresh.add(v); arrays.add(v); }
            else if (!plain(as.value())) impure.add(v);
            look(e);
        }
        else if (e instanceof Expr.Assign as && as.target() instanceof Expr.Prop p && !p.nullsafe() && p.name() instanceof Expr.StrLit) {
            if (as.value() instanceof Expr.New || as.value() instanceof Expr.Clone) a.adoptingStores.add(as);
            if (as.value() instanceof Expr.Var v && !v.name().equals("this") && !v.name().equals("GLOBALS")
                    && p.object() instanceof Expr.Var o && o.name().equals("this")) {
                // the variable's value goes to one property of $this: a constructor may keep a parameter so
                propStores.merge(v.name(), 1, Integer::sum);
                look(p);
            } else {
                look(e);
            }
        } else look(e);
    }

    /** {@code $t = value} (value not used further). */
    private void assign(String t, Expr value) {
        assigned.add(t);
        if (value instanceof Expr.New n && n.cls() instanceof Expr.NameExpr c
                && c.name().text().replace("\\", "").equalsIgnoreCase("WeakMap")) weakMaps.add(t);
        else notWeakMaps.add(t);
        switch (value) {
            case Expr.Var v when !v.name().equals("this") && !v.name().equals("GLOBALS") -> {
                copies.computeIfAbsent(t, k -> new HashSet<>()).add(v.name());
                copies.computeIfAbsent(v.name(), k -> new HashSet<>()).add(t);
            }
            case Expr.New n -> { fresh.add(t); val(n); }
            case Expr.ArrayLit l when freshItems(l) -> {
                fresh.add(t);
                arrays.add(t);
                items(l.items(), false);
            }
            case Expr.Call c when a.isGeneratorCall(c) -> { fresh.add(t); val(c); }
            case Expr.Clone c -> { fresh.add(t); look(c.operand()); }
            default -> {
                if (!plain(value)) unknown.add(t);
                val(value);
            }
        }
    }

    /** An array literal of new objects (at least one) and plain values, nested ones too, without references or spreads. */
    private static boolean freshItems(Expr.ArrayLit l) {
        boolean object = false;
        for (ArrayItem it : l.items()) {
            if (it == null || it.byRef() || it.spread()) return false;
            if (it.value() instanceof Expr.New || it.value() instanceof Expr.Clone
                    || it.value() instanceof Expr.ArrayLit inner && freshItems(inner)) object = true;
            else if (!plain(it.value())) return false;
        }
        return object; // an array of plain values stays an ordinary variable (no element bookkeeping)
    }

    /** The variable at the root of {@code $v[..][..]}, or null. */
    private static String root(Expr e) {
        while (e instanceof Expr.Dim d) e = d.base();
        return e instanceof Expr.Var v ? v.name() : null;
    }

    /** A value that is certainly not an object. */
    private static boolean plain(Expr e) {
        return switch (e) {
            case Expr.IntLit l -> true;
            case Expr.FloatLit l -> true;
            case Expr.StrLit l -> true;
            case Expr.Interp i -> true;
            case Expr.ConstFetch c -> true;
            case Expr.MagicConst m -> true;
            case Expr.ArrayLit l -> l.items().isEmpty();
            default -> false;
        };
    }

    /** An assignment target whose new value is not known. */
    private void target(Expr e) {
        switch (e) {
            case Expr.Var v -> { unknown.add(v.name()); assigned.add(v.name()); }
            case Expr.ListExpr l -> items(l.items(), true);
            case Expr.ArrayLit l -> items(l.items(), true);
            default -> look(e);
        }
    }

    private void items(List<ArrayItem> items, boolean targets) {
        for (ArrayItem it : items) {
            if (it == null) continue;
            if (it.key() != null) val(it.key());
            if (targets) target(it.value()); else val(it.value());
        }
    }

    /** A use that only looks at the value: a plain variable here keeps its object where it is. */
    private void look(Expr e) {
        if (e instanceof Expr.Var v) {
            if (v.name().equals("GLOBALS")) dynamic = true;
            return;
        }
        if (e instanceof Expr.Prop p) a.peekProps.add(p);
        if (e instanceof Expr.Dim d) {
            dim(d);
            return;
        }
        if (e instanceof Expr.MethodCall m && m.args().isEmpty() && !m.nullsafe() && !m.fcc()
                && m.object() instanceof Expr.Var v && !v.name().equals("this")
                && m.name() instanceof Expr.StrLit n && n.value().equalsIgnoreCase("get")) {
            a.transientGets.add(m);
        }
        val(e);
    }

    /** A use whose value may be kept anywhere: a plain variable here lets its object escape. */
    private void val(Expr e) {
        switch (e) {
            case Expr.Var v -> {
                if (v.name().equals("this")) bareThis = true;
                else if (v.name().equals("GLOBALS")) dynamic = true;
                else bad.add(v.name());
            }
            case Expr.IntLit l -> { }
            case Expr.FloatLit l -> { }
            case Expr.StrLit l -> { }
            case Expr.ConstFetch c -> { }
            case Expr.MagicConst m -> { }
            case Expr.NameExpr n -> { }
            case Expr.Interp i -> { for (Expr p : i.parts()) look(p); }
            case Expr.ShellExec i -> { for (Expr p : i.parts()) look(p); }
            case Expr.ArrayLit l -> items(l.items(), false);
            case Expr.ListExpr l -> items(l.items(), true);
            case Expr.VarVar v -> { dynamic = true; val(v.name()); }
            case Expr.Dim d -> {
                // the element's value goes on: an array variable's objects are no longer its alone
                String r = root(d);
                if (r != null) elemOut.add(r);
                dim(d);
            }
            case Expr.Prop p -> { look(p.object()); val(p.name()); }
            case Expr.StaticProp p -> { look(p.cls()); val(p.name()); }
            case Expr.ClassConst c -> look(c.cls());
            case Expr.Call c -> call(c);
            case Expr.MethodCall m -> {
                // $x->m(...) makes a closure bound to $x
                if (m.fcc()) val(m.object()); else look(m.object());
                val(m.name());
                args(m.args());
            }
            case Expr.StaticCall m -> {
                look(m.cls());
                val(m.name());
                boolean create = m.cls() instanceof Expr.NameExpr n && n.name().text().replace("\\", "").equalsIgnoreCase("WeakReference")
                        && m.name() instanceof Expr.StrLit mn && mn.value().equalsIgnoreCase("create");
                if (create) { for (Arg x : m.args()) look(x.value()); } else args(m.args());
            }
            case Expr.New n -> { look(n.cls()); args(n.args()); }
            case Expr.AnonClass ac -> { }
            case Expr.Binary b -> {
                if (b.op() == Expr.BinaryOp.COALESCE) { val(b.left()); val(b.right()); }
                else { look(b.left()); look(b.right()); }
            }
            case Expr.Unary u -> look(u.operand());
            case Expr.IncDec i -> val(i.target());
            case Expr.Assign as -> {
                // the assignment's value is used too: the target's object goes there as well
                if (as.target() instanceof Expr.Var t) { assign(t.name(), as.value()); bad.add(t.name()); }
                else if (as.target() instanceof Expr.ListExpr || as.target() instanceof Expr.ArrayLit) {
                    target(as.target());
                    val(as.value());
                } else { look(as.target()); val(as.value()); }
            }
            case Expr.AssignRef as -> { val(as.target()); val(as.value()); }
            case Expr.CompoundAssign as -> { val(as.target()); val(as.value()); }
            case Expr.Ternary t -> {
                // $a ?: $b: the condition is the value too
                if (t.then() == null) val(t.cond()); else { look(t.cond()); val(t.then()); }
                val(t.els());
            }
            case Expr.Cast c -> { if (c.type() == Expr.CastType.OBJECT) val(c.operand()); else look(c.operand()); }
            case Expr.InstanceOf i -> { look(i.operand()); look(i.cls()); }
            case Expr.Isset i -> { for (Expr x : i.vars()) look(x); }
            case Expr.Empty em -> look(em.operand());
            case Expr.Silence si -> val(si.operand());
            case Expr.Exit x -> { if (x.status() != null) look(x.status()); }
            case Expr.Print p -> look(p.operand());
            case Expr.Clone c -> look(c.operand());
            // included and eval'd code runs with this scope's variables and $this
            case Expr.Include i -> { dynamic = true; bareThis = true; file.dynamicGlobals = true; val(i.path()); }
            case Expr.Eval ev -> { dynamic = true; bareThis = true; file.dynamicGlobals = true; val(ev.code()); }
            case Expr.Throw t -> val(t.exception());
            case Expr.Match m -> {
                look(m.subject());
                for (MatchArm arm : m.arms()) {
                    if (arm.conditions() != null) for (Expr c : arm.conditions()) look(c);
                    val(arm.body());
                }
            }
            case Expr.Yield y -> { if (y.key() != null) val(y.key()); if (y.value() != null) val(y.value()); }
            case Expr.YieldFrom y -> val(y.source());
            case Expr.Closure c -> {
                bareThis = true;
                for (ClosureUse u : c.uses()) bad.add(u.name());
            }
            case Expr.ArrowFn af -> {
                bareThis = true;
                Scope as = a.scopeOf(af.decl());
                if (as != null) bad.addAll(as.captures);
            }
        }
    }

    /** {@code $base[index]} looked at (or written). */
    private void dim(Expr.Dim d) {
        look(d.base());
        if (d.base() instanceof Expr.Var m && d.index() instanceof Expr.Var k && !k.name().equals("this")) {
            weakKeys.add(new String[] {m.name(), k.name()});
        } else if (d.index() != null) val(d.index());
    }

    private void args(List<Arg> args) {
        for (Arg x : args) val(x.value());
    }

    private void call(Expr.Call c) {
        if (!(c.callee() instanceof Expr.NameExpr n)) {
            val(c.callee());
            args(c.args());
            return;
        }
        String name = Functions.bare(a.functions.effective(n.name())).toLowerCase(Locale.ROOT);
        if (DYNAMIC.contains(name) || name.equals("func_get_args")) dynamic = true;
        if (DYNAMIC.contains(name)) file.dynamicGlobals = true;
        boolean reader = READERS.contains(name) && a.functions.kind(name) != Functions.Kind.USER && !c.fcc();
        for (Arg x : c.args()) {
            if (reader && !x.spread()) look(x.value()); else val(x.value());
        }
    }
}
