package phpgoc.compiler.codegen;

import java.util.List;

import org.objectweb.asm.Label;
import phpgoc.ast.ArrayItem;
import phpgoc.ast.Expr;
import phpgoc.runtime.PhpArray;

/** Writes: assignments, references, list() destructuring, unset (compound assignments and ++/--: {@link CompoundAssignGen}). */
final class AssignGen {
    private final Gen g;
    private final Builder b;

    AssignGen(Gen g) {
        this.g = g;
        this.b = g.b;
    }

    static CompileError temporary(Expr e) {
        return new CompileError("Cannot use temporary expression in write context", e.span().line());
    }

    void checkThis(Expr.Var v) {
        if (v.name().equals("this")) throw new CompileError("Cannot re-assign $this", v.span().line());
    }

    /** Targets written through a Ref found at run time: {@code $GLOBALS['x']} and {@code $$name}. */
    static boolean isGlobals(Expr e) {
        return e instanceof Expr.VarVar
                || e instanceof Expr.Dim d && d.index() != null && d.base() instanceof Expr.Var v && v.name().equals("GLOBALS");
    }

    /** Pushes the Ref of a target for which {@link #isGlobals} holds. */
    void globalRef(Expr e) {
        if (e instanceof Expr.VarVar vv) {
            b.load(b.symbolTableLocal());
            g.expr.gen(vv.name());
            b.call(Rt.VARVAR_REF);
            return;
        }
        Expr.Dim d = (Expr.Dim) e;
        b.loadCtx();
        g.expr.gen(d.index());
        b.call(Rt.GLOBAL_REF);
    }

    /** {@code target = value}; pushes the assigned value. */
    void assign(Expr.Assign a, boolean want) {
        if (isGlobals(a.target())) {
            globalRef(a.target());
            g.expr.genCopy(a.value());
            b.dupX1();
            b.putField(Rt.REF_VALUE);
            return;
        }
        switch (a.target()) {
            case Expr.Var v -> {
                checkThis(v);
                g.expr.genCopy(a.value());
                b.dup();
                b.storeVar(v.name());
            }
            case Expr.Dim d -> {
                List<Expr> early = evaluateIndexesFirst(d);
                int t = b.newTemp();
                g.expr.genCopy(a.value());
                b.store(t);
                assignDim(d, t);
                for (Expr x : early) g.expr.early.remove(x);
            }
            case Expr.Prop p -> {
                String name = g.objects.name(p);
                g.objects.objectForWrite(p.object());
                int[] held = g.sema.adoptingStores.contains(a) ? g.objects.rememberHeld(name) : null;
                g.expr.genCopy(a.value());
                b.dupX1();
                g.objects.setProp(name, p.span().line());
                if (held != null) {
                    // $x->p = new C: the property holds the new object's only reference
                    b.dup();
                    b.load(held[0]);
                    b.pushString(name);
                    b.call(Rt.ADOPT);
                    // php destroys the object it replaced, if the property held it alone
                    g.objects.dropHeld(held, name);
                }
            }
            case Expr.StaticProp p -> {
                g.objects.staticPropRef(p);
                g.expr.genCopy(a.value());
                staticAssign(a.span().line());
            }
            case Expr.ListExpr l when hasRef(l.items()) -> destructureRefFrom(l.items(), a.value());
            case Expr.ArrayLit l when hasRef(l.items()) -> destructureRefFrom(l.items(), a.value());
            case Expr.ListExpr l -> {
                int t = b.newTemp();
                g.expr.gen(a.value());
                b.store(t);
                destructure(l, t);
                b.load(t);
            }
            case Expr.ArrayLit l -> {
                int t = b.newTemp();
                g.expr.gen(a.value());
                b.store(t);
                destructure(new Expr.ListExpr(l.items(), l.span()), t);
                b.load(t);
            }
            default -> throw writeTarget(a.target());
        }
    }

    /**
     * php evaluates the index expressions of {@code $a[i()][j()] = v()} (and the objects' in
     * {@code $o->p[i()]}) before the value; only a plain variable or a constant is read as the
     * assignment happens. Evaluates those into temporaries the target's code then reads
     * ({@link ExprGen#early}); returns them, for the caller to forget afterwards.
     */
    List<Expr> evaluateIndexesFirst(Expr target) {
        List<Expr> chain = new java.util.ArrayList<>();
        for (Expr e = target; ; ) {
            if (e instanceof Expr.Dim d) {
                if (d.index() != null && !readLate(d.index())) chain.add(d.index());
                e = d.base();
            } else if (e instanceof Expr.Prop p) {
                e = p.object();
            } else {
                break;
            }
        }
        java.util.Collections.reverse(chain);
        for (Expr x : chain) {
            int t = b.newTemp();
            g.expr.gen(x);
            b.store(t);
            g.expr.early.put(x, t);
        }
        return chain;
    }

    private static boolean readLate(Expr e) {
        return e instanceof Expr.Var || e instanceof Expr.IntLit || e instanceof Expr.StrLit || e instanceof Expr.FloatLit
                || e instanceof Expr.ConstFetch || e instanceof Expr.MagicConst || e instanceof Expr.ClassConst;
    }

    CompileError writeTarget(Expr t) {
        return switch (t) {
            case Expr.Prop p -> Gen.unsupported("objects", p.span());
            case Expr.StaticProp p -> Gen.unsupported("classes", p.span());
            default -> temporary(t);
        };
    }

    /** {@code d = temp}; pushes the value. */
    void assignDim(Expr.Dim d, int value) {
        b.line(d.span().line());
        if (d.base() instanceof Expr.Var v) {
            checkThis(v);
            int key = b.newTemp();
            if (d.index() != null) g.expr.gen(d.index()); else b.pushUndef();
            b.store(key);
            // the element this write replaces is destroyed if it was an object only the array held
            int replaced = d.index() != null && b.ownedArray(v.name()) ? b.elementBefore(v.name(), key) : -1;
            if (b.isRef(v.name())) {
                b.loadRef(v.name());
                b.line(d.span().line());
                b.call(ObjRt.REF_CHECK_AUTO_INIT);
            }
            b.loadVarQuiet(v.name());
            b.load(key);
            b.load(value);
            b.line(d.span().line());
            b.call(Rt.ASSIGN_DIM);
            b.storeVar(v.name());
            if (replaced >= 0) {
                b.loadCtx();
                b.load(replaced);
                b.load(value);
                b.releaseReplaced();
            }
        } else {
            containerOrObject(d.base());
            if (d.index() != null) g.expr.gen(d.index()); else b.pushUndef();
            b.load(value);
            b.line(d.span().line());
            b.call(ObjRt.PUT_DIM_ANY);
        }
        b.load(value);
    }

    /**
     * Pushes the container of a nested write as an Object: a writable PhpArray as
     * {@link #containerForWrite} gives, or an ArrayAccess object that takes the write
     * ({@code runtime.OffsetWrites}).
     */
    void containerOrObject(Expr e) {
        switch (e) {
            case Expr.Var v when v.name().equals("this") -> g.expr.gen(v);
            case Expr.Var v when !isGlobals(e) -> {
                Label arr = b.label(), done = b.label();
                b.loadVarQuiet(v.name());
                b.dup();
                b.instanceOf(phpgoc.runtime.PhpObject.class);
                b.jumpIfFalse(arr);
                b.jump(done);
                b.mark(arr);
                b.pop();
                b.loadVarArrayForWrite(v.name());
                b.mark(done);
            }
            case Expr.Dim d when !isGlobals(e) -> {
                containerOrObject(d.base());
                if (d.index() != null) g.expr.gen(d.index()); else b.pushUndef();
                b.line(d.span().line());
                b.call(ObjRt.CHILD_FOR_WRITE_ANY);
            }
            case Expr.Prop p -> g.objects.propContainerForWrite(p);
            default -> containerForWrite(e);
        }
    }

    /** {@link #containerForWrite}, where an element may be one of an ArrayAccess object ({@code foreach ($o['k'] as &$v)}). */
    void arrayForWriteThroughObjects(Expr e) {
        if (!(e instanceof Expr.Dim d) || isGlobals(e)) {
            containerForWrite(e);
            return;
        }
        containerOrObject(d.base());
        if (d.index() != null) g.expr.gen(d.index()); else b.pushUndef();
        b.line(d.span().line());
        b.call(ObjRt.ARRAY_CHILD_FOR_WRITE_ANY);
    }

    /** Pushes the PhpArray that {@code e} denotes for a nested write, creating it as needed. */
    void containerForWrite(Expr e) {
        if (isGlobals(e)) {
            globalRef(e);
            b.refArrayForWrite();
            return;
        }
        switch (e) {
            case Expr.Var v -> {
                checkThis(v);
                b.loadVarArrayForWrite(v.name());
            }
            case Expr.Dim d -> {
                containerForWrite(d.base());
                if (d.index() != null) g.expr.gen(d.index()); else b.pushUndef();
                b.line(d.span().line());
                b.call(Rt.CHILD_FOR_WRITE);
            }
            case Expr.Prop p -> g.objects.propArrayForWrite(p);
            case Expr.StaticProp p -> {
                g.objects.staticPropRef(p);
                b.line(p.span().line());
                b.call(ObjRt.STATIC_ARRAY_FOR_WRITE);
            }
            default -> throw writeTarget(e);
        }
    }

    /** Stores the value on the stack (already copied) into {@code target}. */
    void assignFromStack(Expr target) {
        if (isGlobals(target)) {
            globalRef(target);
            b.swap();
            b.putField(Rt.REF_VALUE);
            return;
        }
        switch (target) {
            case Expr.Var v -> {
                checkThis(v);
                b.storeVar(v.name());
            }
            case Expr.Dim d -> {
                int t = b.newTemp();
                b.store(t);
                assignDim(d, t);
                b.pop();
            }
            case Expr.ListExpr l -> {
                int t = b.newTemp();
                b.store(t);
                destructure(l, t);
            }
            case Expr.Prop p -> {
                ObjectGen.checkWritable(p.object());
                int t = b.newTemp();
                b.store(t);
                g.expr.gen(p.object());
                b.load(t);
                g.objects.setProp(g.objects.name(p), p.span().line());
            }
            case Expr.StaticProp p -> {
                g.objects.staticPropRef(p);
                b.swap();
                staticAssign(p.span().line());
                b.pop();
            }
            case Expr.ArrayLit l -> {
                int t = b.newTemp();
                b.store(t);
                destructure(new Expr.ListExpr(l.items(), l.span()), t);
            }
            default -> throw writeTarget(target);
        }
    }

    /** Whether a list() pattern binds something by reference ({@code [&$a, [&$b]]}). */
    static boolean hasRef(java.util.List<ArrayItem> items) {
        for (ArrayItem it : items) {
            if (it == null) continue;
            if (it.byRef()) return true;
            if (it.value() instanceof Expr.ListExpr l && hasRef(l.items())) return true;
            if (it.value() instanceof Expr.ArrayLit l && hasRef(l.items())) return true;
        }
        return false;
    }

    private static java.util.List<ArrayItem> listItems(Expr e) {
        if (e instanceof Expr.ListExpr l) return l.items();
        if (e instanceof Expr.ArrayLit l) return l.items();
        return null;
    }

    /** {@code [&$a, ...] = source}: source must be writable; pushes the source array. */
    private void destructureRefFrom(java.util.List<ArrayItem> items, Expr source) {
        if (!(source instanceof Expr.Var || source instanceof Expr.Dim || source instanceof Expr.VarVar)) {
            throw new CompileError("Cannot assign reference to non referenceable value", source.span().line());
        }
        int arr = b.newTemp(PhpArray.class);
        containerForWrite(source);
        b.store(arr);
        destructureRef(items, arr);
        b.load(arr);
    }

    /** Destructures the PhpArray in temp {@code arr}, binding the by-ref items to its elements. */
    void destructureRef(java.util.List<ArrayItem> items, int arr) {
        long index = 0;
        for (ArrayItem it : items) {
            if (it == null) { index++; continue; }
            if (it.spread()) throw new CompileError("Spread operator is not supported in assignments", it.span().line());
            int key = b.newTemp();
            if (it.key() != null) g.expr.gen(it.key()); else b.pushLong(index++);
            b.store(key);
            java.util.List<ArrayItem> nested = listItems(it.value());
            b.line(it.span().line());
            if (it.byRef()) {
                b.load(arr);
                b.load(key);
                b.call(Rt.DIM_REF);
                bindTo(it.value());
            } else if (nested != null && hasRef(nested)) {
                int child = b.newTemp(PhpArray.class);
                b.load(arr);
                b.load(key);
                b.call(Rt.CHILD_FOR_WRITE);
                b.store(child);
                destructureRef(nested, child);
            } else {
                b.load(arr);
                b.load(key);
                b.call(Rt.LIST_GET);
                b.call(Rt.COPY);
                assignFromStack(it.value());
            }
        }
    }

    /** Binds {@code target} to the Ref on the stack ({@code target = &ref}). */
    void bindTo(Expr target) {
        switch (target) {
            case Expr.Var v -> {
                checkThis(v);
                b.bindRef(v.name());
            }
            case Expr.Dim d -> {
                int ref = b.newTemp();
                b.store(ref);
                containerForWrite(d.base());
                if (d.index() != null) g.expr.gen(d.index()); else b.pushUndef();
                b.load(ref);
                b.checkCast(phpgoc.runtime.Ref.class);
                b.call(Rt.BIND_DIM_REF);
            }
            case Expr.VarVar vv -> {
                int ref = b.newTemp();
                b.store(ref);
                b.load(b.symbolTableLocal());
                g.expr.gen(vv.name());
                b.load(ref);
                b.checkCast(phpgoc.runtime.Ref.class);
                b.call(Rt.VARVAR_BIND);
                b.refetchAll();
            }
            case Expr.Prop p -> {
                if (p.nullsafe()) throw new CompileError("Cannot take reference of a nullsafe chain", p.span().line());
                int ref = b.newTemp(phpgoc.runtime.Ref.class), obj = b.newTemp();
                b.checkCast(phpgoc.runtime.Ref.class);
                b.store(ref);
                g.objects.objectForWrite(p.object());
                b.store(obj);
                g.objects.bindProp(p, obj, ref);
            }
            case Expr.StaticProp p -> {
                int ref = b.newTemp(phpgoc.runtime.Ref.class);
                b.checkCast(phpgoc.runtime.Ref.class);
                b.store(ref);
                g.objects.bindStaticProp(p, () -> b.load(ref));
            }
            default -> throw writeTarget(target);
        }
    }

    /** Assigns the elements of the value in {@code src} to the targets of {@code l}. */
    void destructure(Expr.ListExpr l, int src) {
        long index = 0;
        for (ArrayItem it : l.items()) {
            if (it == null) { index++; continue; }
            if (it.spread()) throw new CompileError("Spread operator is not supported in assignments", it.span().line());
            b.load(src);
            if (it.key() != null) g.expr.gen(it.key()); else b.pushLong(index++);
            b.line(it.span().line());
            b.call(Rt.LIST_GET);
            b.call(Rt.COPY);
            assignFromStack(it.value());
        }
    }

    /** Ref, value on the stack: {@code A::$x = value} checked against a typed static's type; pushes the value stored. */
    void staticAssign(int line) {
        b.pushBoolean(g.unit.strictTypes);
        b.line(line);
        b.call(ObjRt.STATIC_ASSIGN);
    }

    /** Pushes a Ref to what {@code e} denotes ({@code &e}). */
    void genRef(Expr e) {
        boolean assigned = assigning;
        assigning = false;
        if (isGlobals(e)) {
            globalRef(e);
            b.call(Rt.REF_DEFINE);
            return;
        }
        switch (e) {
            case Expr.Var v when b.isRef(v.name()) -> {
                b.loadRef(v.name());
                b.call(Rt.REF_DEFINE);
            }
            case Expr.Dim d -> {
                containerOrObject(d.base());
                if (d.index() != null) g.expr.gen(d.index()); else b.pushUndef();
                b.line(d.span().line());
                b.call(ObjRt.DIM_REF_ANY);
            }
            case Expr.Call c when !c.fcc() -> {
                if (assigned && c.callee() instanceof Expr.NameExpr n && n.name().fallback() == null
                        && g.sema.functions.kind(phpgoc.compiler.sema.Functions.bare(n.name().text())) != phpgoc.compiler.sema.Functions.Kind.USER
                        && compiledToOpcode(phpgoc.compiler.sema.Functions.bare(n.name().text()), c.args())) {
                    throw new CompileError("Cannot use result of built-in function in write context", c.span().line());
                }
                if (assigned && callUserFuncRef(c)) return;
                g.calls.callForRef(c, assigned && c.callee() instanceof Expr.NameExpr);
            }
            case Expr.MethodCall m when !m.nullsafe() && !m.fcc() -> {
                // a function &m() returns its Ref (kept here), another method a value (in a new Ref)
                g.methodCalls.methodCall(m);
                b.line(m.span().line());
                b.call(assigned ? Rt.TO_REF_ASSIGNED : Rt.TO_REF);
            }
            case Expr.StaticCall m when !m.fcc() -> {
                g.methodCalls.staticCall(m);
                b.line(m.span().line());
                b.call(assigned ? Rt.TO_REF_ASSIGNED : Rt.TO_REF);
            }
            case Expr.StaticProp p -> {
                g.objects.staticPropRef(p);
                b.call(ObjRt.STATIC_FOR_REF);
            }
            case Expr.Prop p -> g.objects.propRef(p);
            default -> {
                // the value first: no uninitialised object on the stack while it is evaluated (a yield in it)
                g.expr.gen(e);
                b.emitter().newInstance(org.objectweb.asm.Type.getObjectType(Rt.REF_NEW_V.owner()));
                b.dupX1();
                b.swap();
                b.call(Rt.REF_NEW_V);
            }
        }
    }

    /**
     * {@code $r = &call_user_func($f, ...)} or {@code &call_user_func_array($f, $args)} (php's own,
     * plain arguments): a {@code function &f()}'s Ref is bound, as php compiles the call in place;
     * false if not such a call.
     */
    private boolean callUserFuncRef(Expr.Call c) {
        if (!(c.callee() instanceof Expr.NameExpr n) || c.args().isEmpty()) return false;
        String bare = phpgoc.compiler.sema.Functions.bare(n.name().text());
        boolean array = bare.equalsIgnoreCase("call_user_func_array");
        if (!array && !bare.equalsIgnoreCase("call_user_func") || array && c.args().size() != 2 || n.name().fallback() != null
                || g.sema.functions.kind(bare) == phpgoc.compiler.sema.Functions.Kind.USER) return false;
        for (phpgoc.ast.Arg a : c.args()) if (a.spread() || a.name() != null) return false;
        b.loadCtx();
        g.expr.gen(c.args().get(0).value());
        if (array) {
            g.expr.gen(c.args().get(1).value());
            b.line(c.span().line());
            b.call(Rt.CALL_USER_FUNC_ARRAY_REF);
            b.call(Rt.TO_REF_ASSIGNED);
            return true;
        }
        b.newObjectArray(c.args().size() - 1);
        for (int i = 1; i < c.args().size(); i++) {
            g.expr.genCopy(c.args().get(i).value());
            b.arrayStoreAt(i - 1);
        }
        b.line(c.span().line());
        b.call(Rt.CALL_USER_FUNC_REF);
        b.call(Rt.TO_REF_ASSIGNED);
        return true;
    }

    /**
     * Whether php compiles this library call to an opcode of its own (zend_try_compile_special_func),
     * whose result {@code $r = &f()} cannot take: a compile error. Other library calls get the notice.
     */
    private static boolean compiledToOpcode(String name, java.util.List<phpgoc.ast.Arg> args) {
        for (phpgoc.ast.Arg a : args) if (a.spread() || a.name() != null) return false;
        int n = args.size();
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "strlen", "is_null", "is_bool", "is_long", "is_int", "is_integer", "is_float", "is_double", "is_string",
                 "is_array", "is_object", "is_resource", "is_scalar", "boolval", "intval", "floatval", "doubleval", "strval",
                 "count", "sizeof", "gettype", "defined" -> n == 1;
            case "func_num_args", "func_get_args", "get_called_class" -> n == 0;
            case "get_class" -> n <= 1;
            case "array_key_exists" -> n == 2;
            default -> false;
        };
    }

    /** Set while the value of {@code $x = &value} is generated: a call's non-reference result gets php's notice. */
    private boolean assigning;

    /** {@code target = &value}; pushes the value. */
    void assignRef(Expr.AssignRef a) {
        boolean outer = assigning;
        assigning = true;
        try {
            assignRefTo(a);
        } finally {
            assigning = outer;
        }
    }

    private void assignRefTo(Expr.AssignRef a) {
        switch (a.target()) {
            case Expr.VarVar vv -> {
                int name = b.newTemp(), ref = b.newTemp();
                g.expr.gen(vv.name());
                b.store(name);
                genRef(a.value());
                b.store(ref);
                b.load(b.symbolTableLocal());
                b.load(name);
                b.load(ref);
                b.call(Rt.VARVAR_BIND);
                b.refetchAll();
                b.load(ref);
                b.call(Rt.REF_GET);
            }
            case Expr.Var v -> {
                checkThis(v);
                genRef(a.value());
                b.bindRef(v.name());
                b.loadVarQuiet(v.name());
            }
            case Expr.Dim d -> {
                containerForWrite(d.base());
                if (d.index() != null) g.expr.gen(d.index()); else b.pushUndef();
                genRef(a.value());
                b.call(Rt.BIND_DIM_REF);
                b.pushNull();
            }
            case Expr.Prop p -> {
                if (p.nullsafe()) throw new CompileError("Cannot take reference of a nullsafe chain", p.span().line());
                int obj = b.newTemp(), ref = b.newTemp(phpgoc.runtime.Ref.class);
                g.objects.objectForWrite(p.object());
                b.store(obj);
                genRef(a.value());
                b.store(ref);
                g.objects.bindProp(p, obj, ref);
                b.load(ref);
                b.call(Rt.REF_GET);
            }
            case Expr.StaticProp p -> {
                int ref = b.newTemp(phpgoc.runtime.Ref.class);
                g.objects.bindStaticProp(p, () -> {
                    genRef(a.value());
                    b.store(ref);
                    b.load(ref);
                });
                b.load(ref);
                b.call(Rt.REF_GET);
            }
            case Expr.ListExpr l -> throw Gen.unsupported("list() by reference", l.span());
            default -> throw writeTarget(a.target());
        }
    }

    void unset(Expr e) {
        switch (e) {
            case Expr.VarVar vv -> {
                b.load(b.symbolTableLocal());
                g.expr.gen(vv.name());
                b.call(Rt.VARVAR_UNSET);
                b.refetchAll();
            }
            case Expr.Var v -> {
                checkThis(v);
                b.unsetVar(v.name());
            }
            case Expr.Dim d -> {
                if (d.index() == null) throw new CompileError("Cannot use [] for unsetting", d.span().line());
                if (d.base() instanceof Expr.Var v && b.ownedArray(v.name())) {
                    // an object only the array held is destroyed with its element
                    int key = b.newTemp();
                    g.expr.gen(d.index());
                    b.store(key);
                    int removed = b.elementBefore(v.name(), key);
                    b.loadVarRaw(v.name());
                    b.load(key);
                    b.line(d.span().line());
                    b.call(Rt.UNSET_DIM);
                    b.loadCtx();
                    b.load(removed);
                    b.pushUndef();
                    b.releaseReplaced();
                } else if (d.base() instanceof Expr.Var v) {
                    b.loadVarRaw(v.name());
                    g.expr.gen(d.index());
                    b.line(d.span().line());
                    b.call(Rt.UNSET_DIM);
                } else {
                    Label skip = b.label();
                    g.expr.genQuiet(d.base());
                    b.instanceOf(PhpArray.class);
                    b.jumpIfFalse(skip);
                    containerForWrite(d.base());
                    g.expr.gen(d.index());
                    b.line(d.span().line());
                    b.call(Rt.UNSET_DIM);
                    b.mark(skip);
                }
            }
            case Expr.Prop p -> g.objects.unsetProp(p);
            default -> throw writeTarget(e);
        }
    }
}
