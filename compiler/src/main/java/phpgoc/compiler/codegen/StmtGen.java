package phpgoc.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import phpgoc.ast.Expr;
import phpgoc.ast.Stmt;
import phpgoc.compiler.sema.Scope;
import phpgoc.runtime.PhpArray;

/** Statements and control flow. */
final class StmtGen {
    private final Gen g;
    private final Builder b;

    /** An enclosing loop or switch: where break and continue go. */
    private record Loop(Label breakTo, Label continueTo, boolean isSwitch) {}

    private final List<Loop> loops = new ArrayList<>();
    private final TypedLoopGen typed;
    final TryGen tries;
    final GotoGen gotos;

    StmtGen(Gen g) {
        this.g = g;
        this.b = g.b;
        this.typed = new TypedLoopGen(g);
        this.tries = new TryGen(g, this);
        this.gotos = new GotoGen(g.b, tries);
    }

    /** A function body (or a file's top level): its goto labels first, then its statements. */
    void body(List<Stmt> list) {
        gotos.scan(list);
        stmts(list);
    }

    void stmts(List<Stmt> list) {
        for (Stmt s : list) stmt(s);
    }

    void stmt(Stmt st) {
        b.line(st.span().line());
        if (loops.stream().anyMatch(l -> !l.isSwitch()) && LoopOutliner.nested(g.scope, st)) {
            g.unit.outliner.emit(g, st);
            return;
        }
        if (typed.tryEmit(st, this)) return;
        switch (st) {
            case Stmt.ExprStmt e when e.expr() instanceof Expr.New || e.expr() instanceof Expr.Clone -> {
                // a temporary object: nothing but a bare $this in its methods can have kept it
                g.expr.gen(e.expr());
                b.loadCtx();
                b.swap();
                b.call(Rt.RELEASE);
            }
            case Stmt.ExprStmt e -> {
                g.expr.gen(e.expr());
                b.pop();
            }
            case Stmt.Echo e -> {
                for (Expr x : e.exprs()) {
                    b.loadCtx();
                    g.expr.gen(x);
                    b.line(e.span().line());
                    b.call(Rt.ECHO);
                }
            }
            case Stmt.InlineHtml h -> {
                b.loadCtx();
                b.pushString(h.text());
                b.call(Rt.ECHO_STR);
            }
            case Stmt.Block bl -> stmts(bl.stmts());
            case Stmt.If i -> ifStmt(i);
            case Stmt.While w -> {
                Label top = b.label(), cond = b.label(), end = b.label();
                b.jump(cond);
                b.mark(top);
                loop(w.body(), end, cond);
                b.mark(cond);
                g.expr.cond(w.cond(), top, true);
                b.mark(end);
            }
            case Stmt.DoWhile w -> {
                Label top = b.label(), cond = b.label(), end = b.label();
                b.mark(top);
                loop(w.body(), end, cond);
                b.mark(cond);
                g.expr.cond(w.cond(), top, true);
                b.mark(end);
            }
            case Stmt.For f -> forStmt(f);
            case Stmt.Foreach f -> foreach(f);
            case Stmt.Switch sw -> switchStmt(sw);
            case Stmt.Break br -> jump(br.levels(), false, br.span().line());
            case Stmt.Continue co -> jump(co.levels(), true, co.span().line());
            case Stmt.Return r when g.scope.generator -> {
                // a generator's return value is getReturn()'s: not checked against the declared type
                if (r.value() == null) b.pushNull(); else g.expr.genCopy(r.value());
                tries.areturn();
            }
            case Stmt.Return r when g.scope.decl != null && g.scope.decl.byRefReturn() -> {
                // function &f(): the method returns the Ref; callers deref it unless they bind it
                if (r.value() == null) b.pushNull(); else g.assign.genRef(r.value());
                tries.areturn();
            }
            case Stmt.Return r -> {
                ClassChecks.returnValue(g.scope.decl, r);
                if (r.value() == null) b.pushNull();
                else if (g.scope.kind == Scope.Kind.TOP) g.expr.gen(r.value());
                else g.expr.genCopy(r.value());
                if (g.scope.decl != null && r.value() != null) {
                    TypeDecl type = TypeDecl.of(g.scope.decl.returnType(), false, g.scope.classDecl);
                    if (type != null) {
                        boolean late = TypeDecl.hasStatic(g.scope.decl.returnType()) && g.scope.classDecl != null;
                        if (!late && TraitEnumGen.inTraitMethod(g.scope)) {
                            b.pushInt(type.mask());
                            b.pushString(type.name());
                            b.pushBoolean(TypeDecl.namesSelf(g.scope.decl.returnType()));
                            b.pushBoolean(g.unit.strictTypes);
                            b.loadArg(1);
                            b.pushString(g.scope.decl.name());
                            b.line(r.span().line());
                            b.call(Rt.TYPE_TRAIT_RET);
                            tries.areturn();
                            break;
                        }
                        b.pushInt(type.mask());
                        b.pushString(type.name());
                        b.pushBoolean(g.unit.strictTypes);
                        b.pushString(g.scope.functionName());
                        if (late) g.objects.pushThisOrStatic();
                        b.line(r.span().line());
                        b.call(late ? Rt.TYPE_RET_STATIC : Rt.TYPE_RET);
                    }
                }
                tries.areturn();
            }
            case Stmt.Global gl -> {
                for (Expr e : gl.vars()) {
                    if (e instanceof Expr.VarVar vv) {
                        // global $$name: the global of that name bound into this scope's table
                        int name = b.newTemp(String.class);
                        g.expr.gen(vv.name());
                        b.call(Rt.TO_STR);
                        b.store(name);
                        b.load(b.symbolTableLocal());
                        b.load(name);
                        b.loadCtx();
                        b.getField(Rt.CTX_GLOBALS);
                        b.load(name);
                        b.call(Rt.ST_LOOKUP);
                        b.call(Rt.VARVAR_BIND);
                        b.refetchAll();
                        continue;
                    }
                    if (!(e instanceof Expr.Var v)) throw Gen.unsupported("global of this expression", e.span());
                    b.loadCtx();
                    b.getField(Rt.CTX_GLOBALS);
                    b.pushString(v.name());
                    b.call(Rt.ST_LOOKUP);
                    b.bindRef(v.name());
                }
            }
            case Stmt.StaticVar sv -> {
                for (Stmt.StaticItem it : sv.vars()) {
                    String key = g.unit.staticKey(g.scope, it.name());
                    Label done = b.label();
                    int k = b.newTemp(String.class);
                    b.pushString(key);
                    if (g.scope.kind == Scope.Kind.CLOSURE || g.scope.kind == Scope.Kind.ARROW) {
                        b.loadArg(1);
                        b.call(Rt.CLOSURE_STATIC_KEY);
                    }
                    if (TraitEnumGen.inTraitMethod(g.scope)) {
                        b.loadArg(1);
                        b.call(TraitEnumGen.STATIC_KEY);
                    }
                    b.store(k);
                    b.loadCtx();
                    b.load(k);
                    b.call(Rt.STATIC_VAR);
                    b.dup();
                    b.jumpIfNonNull(done);
                    b.pop();
                    b.loadCtx();
                    b.load(k);
                    if (it.init() != null) g.expr.gen(it.init()); else b.pushNull();
                    b.call(Rt.INIT_STATIC);
                    b.mark(done);
                    b.bindRef(it.name());
                }
            }
            case Stmt.Unset u -> { for (Expr e : u.vars()) g.assign.unset(e); }
            case Stmt.Try t -> tries.tryStmt(t);
            case Stmt.FunctionStmt f -> {
                Scope s = g.sema.scopeOf(f.decl());
                if (!s.hoisted) g.unit.emitDeclare(b, s);
            }
            case Stmt.ClassDecl c -> g.unit.classes.declare(b, c);
            case Stmt.Namespace n -> {
                if (n.name() != null) throw Gen.unsupported("namespaces", n.span());
                if (n.body() != null) stmts(n.body());
            }
            case Stmt.Use u -> throw Gen.unsupported("use declarations", u.span());
            case Stmt.ConstDecl c -> {
                for (Stmt.ConstItem it : c.items()) {
                    b.loadCtx();
                    b.pushString(it.name());
                    g.expr.genCopy(it.value());
                    b.call(Rt.DEFINE_CONSTANT);
                    b.pop();
                }
            }
            case Stmt.Declare d -> { if (d.body() != null) stmt(d.body()); }
            case Stmt.Goto gt -> gotos.jump(gt);
            case Stmt.Label l -> gotos.label(l);
            case Stmt.HaltCompiler h -> {
                if (g.scope.kind == Scope.Kind.TOP && !g.unit.evalCode) b.pushLong(1); else b.pushNull();
                b.areturn();
            }
            case Stmt.Nop n -> { }
        }
    }

    private void loop(Stmt body, Label breakTo, Label continueTo) {
        loop(body, breakTo, continueTo, firstLine(body));
    }

    /** A loop's body, after max_execution_time's check reported at {@code line} (where php's back-edge lands). */
    private void loop(Stmt body, Label breakTo, Label continueTo, int line) {
        b.timeCheck(line);
        loops.add(new Loop(breakTo, continueTo, false));
        stmt(body);
        loops.remove(loops.size() - 1);
    }

    /** The line of a loop body's first statement: where php reports a time-out in the loop. */
    static int firstLine(Stmt body) {
        while (body instanceof Stmt.Block bl && !bl.stmts().isEmpty()) body = bl.stmts().get(0);
        return body.span().line();
    }

    private void jump(int levels, boolean isContinue, int line) {
        String kw = isContinue ? "continue" : "break";
        if (loops.isEmpty()) throw new CompileError("'" + kw + "' not in the 'loop' or 'switch' context", line);
        if (levels > loops.size()) {
            throw new CompileError("Cannot '" + kw + "' " + levels + " level" + (levels == 1 ? "" : "s"), line);
        }
        Loop target = loops.get(loops.size() - levels);
        if (isContinue && target.isSwitch()) {
            g.unit.compileWarning((levels == 1
                    ? "\"continue\" targeting switch is equivalent to \"break\""
                    : "\"continue " + levels + "\" targeting switch is equivalent to \"break " + levels + "\"")
                    + (levels < loops.size() ? ". Did you mean to use \"continue " + (levels + 1) + "\"?" : ""), line);
        }
        tries.beforeJump(loops.size() - levels);
        b.jump(isContinue ? target.continueTo() : target.breakTo());
    }

    /** How many loops and switches enclose the code being generated. */
    int loopDepth() { return loops.size(); }

    private void ifStmt(Stmt.If i) {
        Label end = b.label();
        Label next = b.label();
        g.expr.cond(i.cond(), next, false);
        stmt(i.then());
        b.jump(end);
        b.mark(next);
        for (Stmt.ElseIf ei : i.elseIfs()) {
            next = b.label();
            b.line(ei.span().line());
            g.expr.cond(ei.cond(), next, false);
            stmt(ei.body());
            b.jump(end);
            b.mark(next);
        }
        if (i.els() != null) stmt(i.els());
        b.mark(end);
    }

    private void forStmt(Stmt.For f) {
        for (Expr e : f.init()) {
            g.expr.gen(e);
            b.pop();
        }
        Label top = b.label(), cont = b.label(), cond = b.label(), end = b.label();
        b.jump(cond);
        b.mark(top);
        loop(f.body(), end, cont);
        b.mark(cont);
        for (Expr e : f.step()) {
            g.expr.gen(e);
            b.pop();
        }
        b.mark(cond);
        if (f.cond().isEmpty()) {
            b.jump(top);
        } else {
            for (int k = 0; k < f.cond().size() - 1; k++) {
                g.expr.gen(f.cond().get(k));
                b.pop();
            }
            g.expr.cond(f.cond().get(f.cond().size() - 1), top, true);
        }
        b.mark(end);
    }

    private void foreach(Stmt.Foreach f) {
        int arr = b.newTemp(PhpArray.class);
        int pos = b.newIntTemp();
        Label end = b.label(), top = b.label(), next = b.label();
        java.util.List<phpgoc.ast.ArrayItem> refList = f.value() instanceof Expr.ListExpr l && AssignGen.hasRef(l.items())
                ? l.items() : f.value() instanceof Expr.ArrayLit l && AssignGen.hasRef(l.items()) ? l.items() : null;
        boolean byRef = f.byRef() || refList != null;
        boolean writable = byRef && (f.subject() instanceof Expr.Var v && !v.name().equals("this") || f.subject() instanceof Expr.Dim
                || f.subject() instanceof Expr.Prop p && !p.nullsafe() || f.subject() instanceof Expr.StaticProp);
        // by value over a Traversable object: the loop drives its Iterator (null for arrays)
        int it = b.newTemp(phpgoc.runtime.PhpObject.class);
        Label iterBody = b.label();
        b.pushNull();
        b.store(it);
        Label loopStart = b.label();
        b.mark(loopStart);
        if (!byRef) {
            Label arrayPath = b.label();
            g.expr.gen(f.subject());
            b.line(f.span().line());
            b.dup();
            b.call(ObjRt.FOREACH_ITERATOR);
            b.dup();
            b.store(it);
            b.jumpIfNull(arrayPath);
            b.pop();
            b.pushNull();
            b.store(arr);
            b.pushInt(0);
            b.store(pos);
            b.jump(top);
            b.mark(arrayPath);
            g.objects.pushScope();
            b.call(ObjRt.FOREACH_PROPS);
        } else if (writable) {
            Label ok = b.label(), props = b.label();
            iteratorByRef(() -> g.expr.genQuiet(f.subject()), f, it, arr, pos, top);
            g.expr.genQuiet(f.subject());
            b.line(f.span().line());
            g.objects.pushScope();
            b.call(ObjRt.FOREACH_PROP_REFS);
            b.dup();
            b.jumpIfNotNull(props);
            b.pop();
            g.expr.genQuiet(f.subject());
            b.line(f.span().line());
            b.call(Rt.FOREACH_CHECK);
            b.jumpIfFalse(end);
            b.mark(ok);
            g.assign.arrayForWriteThroughObjects(f.subject());
            b.mark(props);
        } else {
            Label props = b.label();
            int subject = b.newTemp();
            g.expr.gen(f.subject());
            b.store(subject);
            iteratorByRef(() -> b.load(subject), f, it, arr, pos, top);
            b.load(subject);
            b.line(f.span().line());
            g.objects.pushScope();
            b.call(ObjRt.FOREACH_PROP_REFS);
            b.dup();
            b.jumpIfNotNull(props);
            b.pop();
            b.load(subject);
            b.call(Rt.FOREACH_ARRAY);
            b.mark(props);
        }
        b.store(arr);
        b.load(arr);
        b.jumpIfNull(end);
        b.load(arr);
        b.call(Rt.ARRAY_FIRST);
        b.store(pos);
        b.mark(top);
        {
            Label arrTop = b.label();
            b.load(it);
            b.jumpIfNull(arrTop);
            b.line(f.span().line());
            b.load(it);
            b.call(ObjRt.ITER_VALID);
            b.jumpIfFalse(end);
            b.jump(iterBody);
            b.mark(arrTop);
        }
        b.load(pos);
        b.jumpIfIntNegative(end);
        b.mark(iterBody);
        b.line(f.span().line());
        if (refList != null) {
            int elem = b.newTemp(PhpArray.class);
            b.load(arr);
            b.load(pos);
            b.call(Rt.ARRAY_REF_AT_POS);
            b.refArrayForWrite();
            b.store(elem);
            g.assign.destructureRef(refList, elem);
        } else if (f.byRef()) {
            Label av = b.label(), hv = b.label();
            b.load(it);
            b.jumpIfNull(av);
            b.load(it);
            b.call(ObjRt.ITER_CURRENT_REF);
            b.jump(hv);
            b.mark(av);
            b.load(arr);
            b.load(pos);
            b.call(Rt.ARRAY_REF_AT_POS);
            b.mark(hv);
            g.assign.bindTo(f.value());
        } else {
            Label av = b.label(), hv = b.label();
            b.load(it);
            b.jumpIfNull(av);
            b.load(it);
            b.call(ObjRt.ITER_CURRENT);
            b.jump(hv);
            b.mark(av);
            b.load(arr);
            b.load(pos);
            b.call(Rt.ARRAY_VALUE_AT);
            b.call(Rt.COPY);
            b.mark(hv);
            g.assign.assignFromStack(f.value());
        }
        if (f.key() != null) {
            Label ak = b.label(), hk = b.label();
            b.load(it);
            b.jumpIfNull(ak);
            b.load(it);
            b.call(ObjRt.ITER_KEY);
            b.jump(hk);
            b.mark(ak);
            b.load(arr);
            b.load(pos);
            b.call(Rt.ARRAY_KEY_AT);
            b.mark(hk);
            g.assign.assignFromStack(f.key());
        }
        loop(f.body(), end, next, f.span().line());
        b.mark(next);
        {
            Label an = b.label();
            b.load(it);
            b.jumpIfNull(an);
            b.line(f.span().line());
            b.load(it);
            b.call(ObjRt.ITER_NEXT);
            b.jump(top);
            b.mark(an);
        }
        b.load(arr);
        b.load(pos);
        b.call(Rt.ARRAY_NEXT);
        b.store(pos);
        b.jump(top);
        b.mark(end);
        if (!writable) {
            b.load(arr);
            b.call(Rt.FOREACH_END);
        }
        if (!byRef && g.sema.isGeneratorCall(f.subject())) {
            // the loop held the only reference to the new generator: it is destroyed as the loop ends (finally blocks run)
            Label h = b.label(), done = b.label();
            b.tryCatch(loopStart, end, h);
            b.loadCtx();
            b.load(it);
            b.call(Rt.RELEASE);
            b.jump(done);
            b.mark(h);
            int t = b.newTemp(Throwable.class);
            b.store(t);
            b.loadCtx();
            b.load(it);
            b.call(Rt.RELEASE);
            b.load(t);
            b.athrow();
            b.mark(done);
        }
    }

    /** foreach by reference over a variable: a Traversable's iterator (a by-reference generator, an ArrayIterator) drives the loop. */
    private void iteratorByRef(Runnable pushSubject, Stmt.Foreach f, int it, int arr, int pos, Label top) {
        Label notIter = b.label();
        pushSubject.run();
        b.line(f.span().line());
        b.call(ObjRt.FOREACH_REF_ITERATOR);
        b.dup();
        b.store(it);
        b.jumpIfNull(notIter);
        b.pushNull();
        b.store(arr);
        b.pushInt(0);
        b.store(pos);
        b.jump(top);
        b.mark(notIter);
    }

    private void switchStmt(Stmt.Switch sw) {
        int subject = b.newTemp();
        g.expr.gen(sw.subject());
        b.store(subject);
        Label end = b.label();
        Label dflt = null;
        List<Label> bodies = new ArrayList<>();
        for (Stmt.Case c : sw.cases()) {
            Label l = b.label();
            bodies.add(l);
            if (c.cond() == null) {
                dflt = l;
                continue;
            }
            b.load(subject);
            g.expr.gen(c.cond());
            b.line(c.span().line());
            b.call(Rt.LOOSE_EQ);
            b.jumpIfTrue(l);
        }
        b.jump(dflt != null ? dflt : end);
        loops.add(new Loop(end, end, true));
        for (int k = 0; k < sw.cases().size(); k++) {
            b.mark(bodies.get(k));
            stmts(sw.cases().get(k).body());
        }
        loops.remove(loops.size() - 1);
        b.mark(end);
    }
}
