package phpgoc.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import phpgoc.ast.ArrayItem;
import phpgoc.ast.Expr;
import phpgoc.ast.Expr.BinaryOp;
import phpgoc.ast.MatchArm;
import phpgoc.compiler.emit.Call;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.Constants;

/** Expressions that produce values: literals, reads, operators, conditions. */
final class ExprGen {
    private final Gen g;
    private final Builder b;

    ExprGen(Gen g) {
        this.g = g;
        this.b = g.b;
    }

    /** Pushes the value of {@code e}. */
    /**
     * Index expressions of an assignment target evaluated before the assigned value, as php does
     * (a plain variable index is read when the assignment happens): {@link AssignGen#evaluateIndexesFirst}.
     */
    final java.util.IdentityHashMap<Expr, Integer> early = new java.util.IdentityHashMap<>();

    void gen(Expr e) {
        if (!early.isEmpty()) {
            Integer t = early.get(e);
            if (t != null) {
                b.load(t);
                return;
            }
        }
        b.line(e.span().line());
        switch (e) {
            case Expr.IntLit l -> b.pushLong(l.value());
            case Expr.FloatLit l -> b.pushDouble(l.value());
            case Expr.StrLit l -> {
                if (l.value().equalsIgnoreCase("error_get_last")) g.unit.usesLastError = true; // called dynamically
                b.pushString(l.value());
            }
            case Expr.Interp i -> concat(i.parts());
            case Expr.ShellExec x -> throw Gen.unsupported("shell execution", x.span());
            case Expr.ArrayLit a -> arrayLit(a.items());
            case Expr.ListExpr l -> throw new CompileError("Cannot use list() outside of assignment context", l.span().line());
            case Expr.ConstFetch c -> constant(c);
            case Expr.MagicConst m -> magic(m);
            case Expr.Var v when v.name().equals("GLOBALS") -> {
                b.loadCtx();
                b.call(Rt.GLOBALS_ARRAY);
            }
            case Expr.Var v when v.name().equals("this") -> g.objects.thisValue();
            case Expr.Var v -> b.loadVar(v.name());
            case Expr.VarVar v -> {
                b.load(b.symbolTableLocal());
                gen(v.name());
                b.line(v.span().line());
                if (hasThis()) {
                    // ${'this'} in code of a class is $this
                    g.objects.pushThisOrStatic();
                    b.call(Rt.VARVAR_READ_THIS);
                } else {
                    b.call(Rt.VARVAR_READ);
                }
            }
            case Expr.Dim d -> {
                if (d.index() == null) throw new CompileError("Cannot use [] for reading", d.span().line());
                gen(d.base());
                gen(d.index());
                b.line(d.span().line());
                b.call(Rt.DIM_GET);
            }
            case Expr.Prop p -> g.objects.prop(p);
            case Expr.StaticProp p -> {
                g.objects.staticPropRef(p);
                b.call(ObjRt.STATIC_READ);
            }
            case Expr.ClassConst c -> g.objects.classConst(c);
            case Expr.NameExpr n -> throw Gen.unsupported("classes", n.span());
            case Expr.Call c -> g.calls.call(c);
            case Expr.MethodCall m when g.unit.sema.transientGets.contains(m) -> {
                // $wr->get() only looked at: a WeakReference's object does not escape
                Label end = b.label();
                b.loadCtx();
                b.loadVarQuiet(((Expr.Var) m.object()).name());
                b.call(Rt.WEAK_PEEK);
                b.dup();
                b.pushUndef();
                b.jumpIfNotSame(end);
                b.pop();
                g.methodCalls.methodCall(m);
                b.mark(end);
            }
            case Expr.MethodCall m -> {
                // a function &m() returns its Ref: a value here (AssignGen.genRef keeps it)
                g.methodCalls.methodCall(m);
                b.call(Rt.DEREF);
            }
            case Expr.StaticCall m -> {
                g.methodCalls.staticCall(m);
                b.call(Rt.DEREF);
            }
            case Expr.New n -> g.methodCalls.newObject(n);
            case Expr.AnonClass a -> throw Gen.unsupported("classes", a.span());
            case Expr.Binary bin -> binary(bin);
            case Expr.Unary u -> unary(u);
            case Expr.IncDec i -> g.compound.incDec(i);
            case Expr.Assign a -> g.assign.assign(a, true);
            case Expr.AssignRef a -> g.assign.assignRef(a);
            case Expr.CompoundAssign a -> g.compound.compound(a);
            case Expr.Ternary t -> ternary(t);
            case Expr.Cast c -> cast(c);
            case Expr.InstanceOf i -> g.objects.instanceOf(i);
            case Expr.Isset i -> { genIsset(i); b.boxBoolean(); }
            case Expr.Empty em -> {
                genQuiet(em.operand());
                b.call(Rt.TO_BOOL);
                b.invertBoolean();
                b.boxBoolean();
            }
            case Expr.Silence s -> silence(s);
            case Expr.Exit x -> {
                b.loadCtx();
                if (x.status() != null) gen(x.status()); else b.pushNull();
                b.call(Rt.EXIT);
                b.athrow();
                b.pushNull();
            }
            case Expr.Print p -> {
                b.loadCtx();
                gen(p.operand());
                b.call(Rt.PRINT);
            }
            case Expr.Clone c -> g.objects.cloneExpr(c);
            case Expr.Include i -> include(i);
            case Expr.Eval ev -> eval(ev);
            case Expr.Throw t -> g.stmt.tries.throwExpr(t);
            case Expr.Match m -> match(m);
            case Expr.Yield y -> g.generators.yield(y);
            case Expr.YieldFrom y -> g.generators.yieldFrom(y);
            case Expr.Closure c -> g.calls.closure(c.decl(), c.uses());
            case Expr.ArrowFn a -> g.calls.closure(a.decl(), null);
        }
    }

    void checkThis(Expr.Var v) {
        if (v.name().equals("this")) throw Gen.unsupported("$this", v.span());
    }

    /** Whether {@code e} evaluates to a fresh temporary that needs no copy when stored. */
    static boolean isFresh(Expr e) {
        return switch (e) {
            case Expr.IntLit l -> true;
            case Expr.FloatLit l -> true;
            case Expr.StrLit l -> true;
            case Expr.Interp l -> true;
            case Expr.ArrayLit l -> true;
            case Expr.Call c -> true;
            case Expr.New n -> true;
            case Expr.Binary bin -> bin.op() != BinaryOp.COALESCE;
            case Expr.Unary u -> true;
            case Expr.IncDec i -> true;
            case Expr.Isset i -> true;
            case Expr.Empty i -> true;
            case Expr.Print p -> true;
            case Expr.MagicConst m -> true;
            case Expr.Closure c -> true;
            case Expr.ArrowFn c -> true;
            case Expr.Cast c -> c.type() != Expr.CastType.ARRAY;
            default -> false;
        };
    }

    /** Pushes the value of {@code e} as it must be stored elsewhere (arrays copied). */
    void genCopy(Expr e) {
        gen(e);
        if (!isFresh(e)) b.call(Rt.COPY);
    }

    /** Code that may have a {@code $this}: methods, closures in classes, code eval'd there. */
    private boolean hasThis() {
        return g.scope.classIndex >= 0 || g.scope.classIndex == phpgoc.compiler.sema.Scope.EVAL_CLASS
                || g.objects.inClosure();
    }

    /** Reads without warnings (isset, ??, empty): undefined variables and missing keys read null. */
    void genQuiet(Expr e) {
        switch (e) {
            case Expr.Var v when v.name().equals("GLOBALS") -> gen(v);
            case Expr.VarVar v -> {
                b.load(b.symbolTableLocal());
                gen(v.name());
                if (hasThis()) {
                    g.objects.pushThisOrStatic();
                    b.call(Rt.VARVAR_QUIET_THIS);
                } else {
                    b.call(Rt.VARVAR_QUIET);
                }
            }
            case Expr.Var v when v.name().equals("this") -> g.objects.thisQuiet();
            case Expr.Var v -> b.loadVarQuiet(v.name());
            case Expr.Prop p -> g.objects.propQuiet(p);
            case Expr.StaticProp p -> {
                // an uninitialised typed static is just unset here
                g.objects.staticPropRef(p);
                b.call(Rt.REF_GET);
            }
            case Expr.Dim d when d.index() != null -> {
                genQuiet(d.base());
                gen(d.index());
                b.call(Rt.DIM_GET_QUIET);
            }
            default -> gen(e);
        }
    }

    /** Pushes int 1 if every operand is set. */
    void genIsset(Expr.Isset i) {
        Label no = b.label(), end = b.label();
        for (Expr v : i.vars()) {
            if (v instanceof Expr.Prop p) {
                g.objects.issetProp(p);
                b.jumpIfFalse(no);
            } else if (v instanceof Expr.Dim d && d.index() != null) {
                genQuiet(d.base());
                gen(d.index());
                b.call(Rt.DIM_ISSET);
                b.jumpIfFalse(no);
            } else if (v instanceof Expr.Var || v instanceof Expr.Dim || v instanceof Expr.VarVar || v instanceof Expr.Prop
                    || v instanceof Expr.StaticProp) {
                genQuiet(v);
                b.jumpIfNull(no);
            } else {
                throw new CompileError("Cannot use isset() on the result of an expression (you can use \"null !== expression\" instead)", v.span().line());
            }
        }
        b.pushInt(1);
        b.jump(end);
        b.mark(no);
        b.pushInt(0);
        b.mark(end);
    }

    private void concat(List<Expr> parts) {
        if (parts.size() == 1) {
            gen(parts.get(0));
            b.call(Rt.TO_STR);
        } else if (parts.size() == 2) {
            gen(parts.get(0));
            gen(parts.get(1));
            b.call(Rt.CONCAT);
        } else {
            b.newObjectArray(parts.size());
            for (int i = 0; i < parts.size(); i++) {
                gen(parts.get(i));
                b.arrayStoreAt(i);
            }
            b.call(Rt.CONCAT_N);
        }
    }

    private void flattenConcat(Expr e, List<Expr> out) {
        if (e instanceof Expr.Binary bin && bin.op() == BinaryOp.CONCAT) {
            flattenConcat(bin.left(), out);
            flattenConcat(bin.right(), out);
        } else {
            out.add(e);
        }
    }

    private void arrayLit(List<ArrayItem> items) {
        if (items.isEmpty()) {
            b.call(Rt.ARRAY_EMPTY);
            return;
        }
        b.newInit(Rt.ARRAY_NEW);
        b.call(Rt.ARRAY_NEW);
        for (ArrayItem it : items) {
            if (it == null) throw new CompileError("Cannot use empty array elements in arrays", 0);
            b.dup();
            if (it.spread()) {
                gen(it.value());
                b.call(Rt.SPREAD_INTO);
            } else if (it.byRef()) {
                b.checkCast(Builder.arrayClass());
                if (it.key() != null) gen(it.key()); else b.pushUndef();
                g.assign.genRef(it.value());
                b.call(Rt.BIND_DIM_REF);
            } else if (it.key() != null) {
                gen(it.key());
                genCopy(it.value());
                b.call(Rt.ARRAY_PUT);
            } else {
                genCopy(it.value());
                b.call(Rt.ARRAY_APPEND);
            }
        }
    }

    private void constant(Expr.ConstFetch c) {
        String name = c.name().text();
        if (name.startsWith("\\")) name = name.substring(1);
        switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> { b.pushBool(true); return; }
            case "false" -> { b.pushBool(false); return; }
            case "null" -> { b.pushNull(); return; }
            default -> { }
        }
        String global = c.name().fallback();
        long halt = g.unit.haltOffset();
        if (halt >= 0 && (name.equals("__COMPILER_HALT_OFFSET__") || "__COMPILER_HALT_OFFSET__".equals(global))) {
            // the byte offset of the data after this file's __halt_compiler();
            b.pushLong(halt);
            return;
        }
        if (global != null) {
            // php looks up A\B\X, then X, at run time. A library constant's value is pushed directly
            // unless this file declares A\B\X (a define() elsewhere of A\B\PHP_EOL is not seen).
            Object v = Constants.get(global);
            if (g.unit.declaresConstant(name) || v == phpgoc.runtime.Values.UNDEF || v != null && !(v instanceof Long
                    || v instanceof Integer || v instanceof Double || v instanceof String || v instanceof Boolean)) {
                b.loadCtx();
                b.pushString(name);
                b.pushString(global);
                b.line(c.span().line());
                b.call(Rt.CONSTANT_NS);
                return;
            }
            name = global;
        }
        Object v = Constants.get(name);
        if (v instanceof Long l) b.pushLong(l);
        else if (v instanceof Integer l) b.pushLong(l);
        else if (v instanceof Double d) b.pushDouble(d);
        else if (v instanceof String s) b.pushString(s);
        else if (v instanceof Boolean z) b.pushBool(z);
        else if (v == null) b.pushNull();
        else {
            b.loadCtx();
            b.pushString(name);
            b.call(Rt.CONSTANT);
        }
    }

    private void magic(Expr.MagicConst m) {
        String file = g.unit.absPath;
        switch (m.name()) {
            case "__LINE__" -> b.pushLong(m.span().line());
            case "__FILE__" -> b.pushString(file);
            case "__DIR__" -> {
                int i = file.lastIndexOf('/');
                b.pushString(i <= 0 ? "/" : file.substring(0, i));
            }
            case "__FUNCTION__", "__METHOD__" -> {
                if (g.scope.kind == phpgoc.compiler.sema.Scope.Kind.METHOD && g.scope.decl != null) {
                    b.pushString((m.name().equals("__METHOD__") ? g.scope.classDecl.name() + "::" : "") + g.scope.decl.name());
                } else {
                    b.pushString(g.scope.functionName());
                }
            }
            case "__CLASS__" -> {
                if (TraitEnumGen.inTraitMethod(g.scope)) {
                    b.loadArg(1);
                    b.getField(TraitEnumGen.TPL_NAME);
                } else if (g.scope.classDecl != null && g.scope.classDecl.kind() == phpgoc.ast.Stmt.ClassKind.TRAIT
                        && g.scope.kind != phpgoc.compiler.sema.Scope.Kind.METHOD) {
                    // a closure in a trait: the class of its (bound) scope, as php resolves it at run time
                    g.objects.pushScope();
                    b.call(Rt.SCOPE_NAME);
                } else b.pushString(g.scope.classDecl != null ? g.scope.classDecl.name() : "");
            }
            case "__TRAIT__" -> b.pushString(g.scope.classDecl != null && g.scope.classDecl.kind() == phpgoc.ast.Stmt.ClassKind.TRAIT
                    ? g.scope.classDecl.name() : "");
            default -> throw Gen.unsupported(m.name(), m.span());
        }
    }

    private void binary(Expr.Binary bin) {
        BinaryOp op = bin.op();
        switch (op) {
            case ADD, SUB -> {
                gen(bin.left());
                if (bin.right() instanceof Expr.IntLit l) {
                    b.pushRawLong(l.value());
                    b.line(bin.span().line());
                    b.call(op == BinaryOp.ADD ? Rt.ADD_LONG : Rt.SUB_LONG);
                } else {
                    gen(bin.right());
                    b.line(bin.span().line());
                    b.call(op == BinaryOp.ADD ? Rt.ADD : Rt.SUB);
                }
            }
            case MUL, DIV, MOD, POW, BIT_AND, BIT_OR, BIT_XOR, SHL, SHR, SPACESHIP, LOGICAL_XOR -> {
                gen(bin.left());
                gen(bin.right());
                b.line(bin.span().line());
                b.call(arith(op));
                if (op == BinaryOp.LOGICAL_XOR) { b.checkCast(Boolean.class); }
            }
            case CONCAT -> {
                List<Expr> parts = new ArrayList<>();
                flattenConcat(bin, parts);
                concat(parts);
            }
            case COALESCE -> {
                Label end = b.label();
                genQuiet(bin.left());
                b.dup();
                b.jumpIfNonNull(end);
                b.pop();
                gen(bin.right());
                b.mark(end);
            }
            default -> {
                genBool(bin);
                b.boxBoolean();
            }
        }
    }

    static Call arith(BinaryOp op) {
        return switch (op) {
            case ADD -> Rt.ADD;
            case SUB -> Rt.SUB;
            case MUL -> Rt.MUL;
            case DIV -> Rt.DIV;
            case MOD -> Rt.MOD;
            case POW -> Rt.POW;
            case BIT_AND -> Rt.BIT_AND;
            case BIT_OR -> Rt.BIT_OR;
            case BIT_XOR -> Rt.BIT_XOR;
            case SHL -> Rt.SHL;
            case SHR -> Rt.SHR;
            case SPACESHIP -> Rt.SPACESHIP;
            case LOGICAL_XOR -> Rt.XOR;
            case CONCAT -> Rt.CONCAT;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    private void unary(Expr.Unary u) {
        switch (u.op()) {
            case NEG -> {
                if (u.operand() instanceof Expr.IntLit l) { b.pushLong(-l.value()); return; }
                if (u.operand() instanceof Expr.FloatLit l) { b.pushDouble(-l.value()); return; }
                gen(u.operand());
                b.line(u.span().line());
                b.call(Rt.NEG);
            }
            case PLUS -> { gen(u.operand()); b.line(u.span().line()); b.call(Rt.PLUS); }
            case BIT_NOT -> { gen(u.operand()); b.line(u.span().line()); b.call(Rt.BIT_NOT); }
            case NOT -> { genBool(u); b.boxBoolean(); }
        }
    }

    /** Pushes int 0/1: the truth of {@code e}. */
    void genBool(Expr e) {
        if (e instanceof Expr.Binary bin) {
            Call c = null;
            boolean invert = false;
            boolean longRight = bin.right() instanceof Expr.IntLit;
            switch (bin.op()) {
                case LT -> c = longRight ? Rt.LT_LONG : Rt.LT;
                case LE -> c = longRight ? Rt.LE_LONG : Rt.LE;
                case GT -> c = longRight ? Rt.GT_LONG : Rt.GT;
                case GE -> c = longRight ? Rt.GE_LONG : Rt.GE;
                case EQ -> { c = Rt.EQ; longRight = false; }
                case NOT_EQ -> { c = Rt.EQ; invert = true; longRight = false; }
                case IDENTICAL -> { c = Rt.IDENTICAL; longRight = false; }
                case NOT_IDENTICAL -> { c = Rt.IDENTICAL; invert = true; longRight = false; }
                default -> { }
            }
            if (c != null) {
                gen(bin.left());
                if (longRight) b.pushRawLong(((Expr.IntLit) bin.right()).value()); else gen(bin.right());
                b.line(bin.span().line());
                b.call(c);
                if (invert) b.invertBoolean();
                return;
            }
            if (bin.op() == BinaryOp.LOGICAL_XOR) {
                gen(bin);
                b.call(Rt.TO_BOOL);
                return;
            }
        }
        if (e instanceof Expr.Isset i) { genIsset(i); return; }
        if (isBranchy(e)) {
            Label f = b.label(), end = b.label();
            cond(e, f, false);
            b.pushInt(1);
            b.jump(end);
            b.mark(f);
            b.pushInt(0);
            b.mark(end);
            return;
        }
        gen(e);
        b.call(Rt.TO_BOOL);
    }

    private static boolean isBranchy(Expr e) {
        if (e instanceof Expr.Unary u) return u.op() == Expr.UnaryOp.NOT;
        if (e instanceof Expr.Binary bin) {
            return switch (bin.op()) {
                case AND, OR, LOGICAL_AND, LOGICAL_OR -> true;
                default -> false;
            };
        }
        return false;
    }

    /** Jumps to {@code target} when the truth of {@code e} equals {@code when}; falls through otherwise. */
    void cond(Expr e, Label target, boolean when) {
        b.line(e.span().line());
        if (ShortCircuit.jumps(b, e, target, when, this::cond)) return;
        genBool(e);
        if (when) b.jumpIfTrue(target); else b.jumpIfFalse(target);
    }

    private void ternary(Expr.Ternary t) {
        Label els = b.label(), end = b.label();
        if (t.then() == null) {
            gen(t.cond());
            b.dup();
            b.call(Rt.TO_BOOL);
            b.jumpIfTrue(end);
            b.pop();
            gen(t.els());
            b.mark(end);
            return;
        }
        cond(t.cond(), els, false);
        gen(t.then());
        b.jump(end);
        b.mark(els);
        gen(t.els());
        b.mark(end);
    }

    private void cast(Expr.Cast c) {
        if (c.type() == Expr.CastType.UNSET) {
            throw new CompileError("The (unset) cast is no longer supported", c.span().line());
        }
        if (c.type() == Expr.CastType.OBJECT) b.loadCtx();
        gen(c.operand());
        b.line(c.span().line());
        switch (c.type()) {
            case INT -> { b.call(Rt.CAST_LONG); b.boxReturn(org.objectweb.asm.Type.LONG_TYPE); }
            case FLOAT -> { b.call(Rt.CAST_DOUBLE); b.boxReturn(org.objectweb.asm.Type.DOUBLE_TYPE); }
            case STRING -> b.call(Rt.TO_STR);
            case BOOL -> { b.call(Rt.TO_BOOL); b.boxBoolean(); }
            case ARRAY -> b.call(ObjRt.CAST_ARRAY);
            case OBJECT -> b.call(ObjRt.CAST_OBJECT);
            default -> throw new IllegalStateException();
        }
    }

    private void silence(Expr.Silence s) {
        int old = b.newIntTemp();
        int result = b.newTemp();
        int exc = b.newTemp(Throwable.class);
        b.loadCtx();
        b.call(Rt.SILENCE_BEGIN);
        b.store(old);
        Label start = b.label(), end = b.label(), handler = b.label(), done = b.label();
        b.mark(start);
        gen(s.operand());
        b.store(result);
        b.mark(end);
        b.loadCtx();
        b.load(old);
        b.call(Rt.SILENCE_END);
        b.jump(done);
        b.mark(handler);
        b.store(exc);
        b.loadCtx();
        b.load(old);
        b.call(Rt.SILENCE_END);
        b.load(exc);
        b.athrow();
        b.mark(done);
        b.load(result);
        b.tryCatch(start, end, handler);
    }

    private void include(Expr.Include i) {
        if (g.b.symbolTableLocal() < 0) throw new IllegalStateException("include outside a symbol-table scope");
        b.loadCtx();
        gen(i.path());
        b.pushInt(i.kind().ordinal());
        b.pushString(g.unit.absPath);
        b.load(g.b.symbolTableLocal());
        // in code of a class the file gets its class scope and $this
        g.objects.pushScope();
        g.objects.pushThisOrStatic();
        b.line(i.span().line());
        b.call(Rt.INCLUDE);
        b.refetchAll();
    }

    /** {@code eval(code)}: compiled at run time, run with this scope's variables (docs/architecture.md). */
    private void eval(Expr.Eval ev) {
        if (g.b.symbolTableLocal() < 0) throw new IllegalStateException("eval outside a symbol-table scope");
        b.loadCtx();
        gen(ev.code());
        b.pushString(g.unit.absPath);
        b.pushInt(ev.span().line());
        b.load(g.b.symbolTableLocal());
        g.objects.pushScope();
        g.objects.pushThisOrStatic();
        b.line(ev.span().line());
        b.call(Rt.EVAL);
        b.refetchAll();
    }

    private void match(Expr.Match m) {
        int subject = b.newTemp();
        gen(m.subject());
        b.store(subject);
        Label end = b.label();
        Label dflt = null;
        List<Label> bodies = new ArrayList<>();
        for (MatchArm arm : m.arms()) {
            Label body = b.label();
            bodies.add(body);
            if (arm.conditions() == null) {
                dflt = body;
                continue;
            }
            for (Expr c : arm.conditions()) {
                b.load(subject);
                gen(c);
                b.call(Rt.IDENTICAL);
                b.jumpIfTrue(body);
            }
        }
        if (dflt != null) {
            b.jump(dflt);
        } else {
            b.line(m.span().line());
            b.load(subject);
            b.call(Rt.UNHANDLED_MATCH);
            b.athrow();
        }
        for (int k = 0; k < m.arms().size(); k++) {
            b.mark(bodies.get(k));
            gen(m.arms().get(k).body());
            b.jump(end);
        }
        b.mark(end);
    }

    static Object undef() { return Values.UNDEF; }
}
