package phpgoc.compiler.codegen;

import java.util.List;
import org.objectweb.asm.Type;
import phpgoc.ast.Arg;
import phpgoc.ast.Expr;

/**
 * Calls on objects and classes: {@code new}, {@code $o->m(...)} and {@code A::m(...)}. Positional
 * arguments go to {@code invokedynamic} sites ({@code construct:new}, {@code callMethod:m}) or
 * {@code ObjectOps}; a per-site by-ref mask, asked of the callee before the arguments are
 * evaluated, decides which arguments are passed as references. Named and unpacked arguments go
 * through {@link MethodArgsGen}.
 */
final class MethodCallGen {
    private final Gen g;
    private final Builder b;
    private final ObjectGen o;

    /** The {@code $o->$name(...)} sites: {@code (recv, Context, String name, ClassTemplate scope[, Object[] args])}. */
    private static final String REF_MASK_NAMED_DESC = Type.getMethodDescriptor(Type.INT_TYPE, Type.getType(Object.class),
            Type.getType(ObjRt.CTX), Type.getType(String.class), Type.getType(ObjRt.TPL));
    private static final String CALL_METHOD_NAMED_DESC = Type.getMethodDescriptor(Type.getType(Object.class),
            Type.getType(Object.class), Type.getType(ObjRt.CTX), Type.getType(String.class), Type.getType(ObjRt.TPL),
            Type.getType(Object[].class));

    MethodCallGen(Gen g) {
        this.g = g;
        this.b = g.b;
        this.o = g.objects;
    }

    void newObject(Expr.New n) {
        int cls = b.newTemp(phpgoc.runtime.PhpClass.class);
        if (n.cls() instanceof Expr.AnonClass a) {
            // php declares an anonymous class the first time its expression runs, then reuses it
            b.line(a.span().line());
            b.loadCtx();
            b.getStatic(g.unit.internalName, ClassGen.templateField(g.unit.classes.index(a.decl())), phpgoc.runtime.ClassTemplate.class);
            b.call(ObjRt.DECLARE_ANON);
        } else {
            o.classRef(n.cls());
        }
        b.store(cls);
        int obj = b.newTemp();
        b.load(cls);
        o.pushScope();
        b.line(n.span().line());
        b.call(ObjRt.ALLOCATE);
        b.store(obj);
        if (MethodArgsGen.needed(n.args())) {
            MethodArgsGen.create(g, n, obj);
            return;
        }
        int mask = -1;
        if (!n.args().isEmpty()) {
            mask = b.newIntTemp();
            b.load(cls);
            b.call(ObjRt.CTOR_REF_MASK);
            b.store(mask);
        }
        int[] temps = positionalArgs(n.args(), mask, i -> {
            b.load(cls);
            b.pushInt(i);
            b.call(ObjRt.CTOR_ARG_ERROR);
        });
        b.loadCtx();
        b.load(obj);
        StringBuilder desc = new StringBuilder("(").append(ObjRt.CTX).append("Ljava/lang/Object;");
        for (int t : temps) {
            b.load(t);
            desc.append("Ljava/lang/Object;");
        }
        b.line(n.span().line());
        g.strictCall(true);
        b.emitter().visitInvokeDynamicInsn("construct:new", desc.append(")Ljava/lang/Object;").toString(), ObjRt.BOOTSTRAP,
                o.indyArgs());
        g.strictCall(false);
        writeBack(n.args(), temps, mask);
        for (int i = 0; i < temps.length; i++) {
            Expr a = n.args().get(i).value();
            if ((a instanceof Expr.New || a instanceof Expr.Clone) && i < 31) {
                // a new object the constructor may keep in one property only (Destructors.adoptArg)
                b.pushInt(i);
                b.load(temps[i]);
                b.call(Rt.ADOPT_ARG);
            }
        }
    }

    /**
     * Evaluates positional arguments into temporaries, in order. With a by-ref mask (an int local,
     * -1 for none) an argument whose bit is set is passed as a Ref: a storage location's own Ref
     * (a plain local gets a temporary one, copied back by {@link #writeBack}), a call's result
     * with php's notice, and for other expressions {@code error} pushes php's Error to throw.
     */
    private int[] positionalArgs(List<Arg> args, int mask, java.util.function.IntConsumer error) {
        int[] temps = new int[args.size()];
        for (int i = 0; i < temps.length; i++) {
            Expr a = args.get(i).value();
            temps[i] = b.newTemp();
            if (mask < 0 || i >= 31) {
                g.expr.genCopy(a);
                b.store(temps[i]);
                continue;
            }
            org.objectweb.asm.Label byVal = b.label(), done = b.label();
            b.load(mask);
            b.pushInt(1 << i);
            b.iand();
            b.jumpIfFalse(byVal);
            if (a instanceof Expr.Var v && v.name().equals("this")) {
                b.newInit(Rt.REF_NEW_V);
                g.expr.gen(a);
                b.call(Rt.REF_NEW_V);
            } else if (a instanceof Expr.Var v && !b.isRef(v.name())) {
                b.newInit(Rt.REF_NEW_V);
                b.loadVarQuiet(v.name());
                b.call(Rt.REF_NEW_V);
            } else if (CallGen.referenceable(a)) {
                g.assign.genRef(a);
            } else if (a instanceof Expr.Call || a instanceof Expr.MethodCall || a instanceof Expr.StaticCall) {
                g.expr.gen(a);
                b.call(ObjRt.ONLY_VARIABLES);
            } else {
                g.expr.gen(a);
                b.pop();
                b.line(a.span().line());
                error.accept(i);
                b.athrow();
            }
            b.store(temps[i]);
            b.jump(done);
            b.mark(byVal);
            g.expr.genCopy(a);
            b.store(temps[i]);
            b.mark(done);
        }
        return temps;
    }

    /** After the call: plain local variables passed by reference take their temporary Ref's value. */
    private void writeBack(List<Arg> args, int[] temps, int mask) {
        if (mask < 0) return;
        for (int i = 0; i < temps.length && i < 31; i++) {
            if (!(args.get(i).value() instanceof Expr.Var v) || v.name().equals("this") || b.isRef(v.name())) continue;
            org.objectweb.asm.Label skip = b.label();
            b.load(mask);
            b.pushInt(1 << i);
            b.iand();
            b.jumpIfFalse(skip);
            b.load(temps[i]);
            b.checkCast(phpgoc.runtime.Ref.class);
            b.call(Rt.REF_GET);
            b.storeVar(v.name());
            b.mark(skip);
        }
    }

    void methodCall(Expr.MethodCall m) {
        String name = o.memberName(m.name(), m);
        if (m.fcc()) {
            g.expr.gen(m.object());
            b.loadCtx();
            o.pushMethodName(name);
            o.pushScope();
            b.line(m.span().line());
            b.call(ObjRt.METHOD_CALLABLE);
            return;
        }
        boolean bindLate = MethodArgsGen.needed(m.args());
        org.objectweb.asm.Label outer = o.takeChainEnd();
        org.objectweb.asm.Label end = outer != null ? outer : b.label();
        o.chainObject(m.object(), end);
        if (m.nullsafe()) {
            b.dup();
            b.jumpIfNull(end);
        }
        if (bindLate) {
            MethodArgsGen.methodCall(g, m);
            if (outer == null) b.mark(end);
            return;
        }
        int recv = b.newTemp();
        b.store(recv);
        if (o.isDynamic(name)) {
            int n = b.newTemp(String.class);
            o.pushMethodName(name);
            b.store(n);
            int mask = -1;
            if (!m.args().isEmpty()) {
                mask = b.newIntTemp();
                b.load(recv);
                b.loadCtx();
                b.load(n);
                o.pushScope();
                b.emitter().visitInvokeDynamicInsn("refMaskNamed:", REF_MASK_NAMED_DESC, ObjRt.BOOTSTRAP);
                b.store(mask);
            }
            int[] temps = positionalArgs(m.args(), mask, i -> methodArgError(recv, () -> b.load(n), i));
            // a site remembering what the names it sees resolve to (runtime.link.MethodNameSite)
            b.load(recv);
            b.loadCtx();
            b.load(n);
            o.pushScope();
            pushArray(temps);
            b.line(m.span().line());
            g.strictCall(true);
            b.emitter().visitInvokeDynamicInsn("callMethodNamed:", CALL_METHOD_NAMED_DESC, ObjRt.BOOTSTRAP);
            g.strictCall(false);
            writeBack(m.args(), temps, mask);
            if (outer == null) b.mark(end);
            return;
        }
        int mask = -1;
        if (!m.args().isEmpty()) {
            mask = b.newIntTemp();
            b.load(recv);
            b.loadCtx();
            b.emitter().visitInvokeDynamicInsn("refMask:" + name, "(Ljava/lang/Object;" + ObjRt.CTX + ")I", ObjRt.BOOTSTRAP,
                    o.indyArgs());
            b.store(mask);
        }
        int[] temps = positionalArgs(m.args(), mask, i -> methodArgError(recv, () -> b.pushString(name), i));
        org.objectweb.asm.Label slow = null, done = null;
        if (o.inClosure()) {
            slow = b.label();
            done = b.label();
            o.closureScopeGuard(slow);
        }
        b.load(recv);
        b.loadCtx();
        StringBuilder desc = new StringBuilder("(Ljava/lang/Object;").append(ObjRt.CTX);
        for (int t : temps) {
            b.load(t);
            desc.append("Ljava/lang/Object;");
        }
        b.line(m.span().line());
        g.strictCall(true);
        b.emitter().visitInvokeDynamicInsn("callMethod:" + name, desc.append(")Ljava/lang/Object;").toString(),
                ObjRt.BOOTSTRAP, o.indyArgs());
        g.strictCall(false);
        if (slow != null) {
            b.jump(done);
            b.mark(slow);
            callMethodUncached(recv, () -> b.pushString(name), temps, m.span().line());
            b.mark(done);
        }
        writeBack(m.args(), temps, mask);
        if (m.object() instanceof Expr.New || m.object() instanceof Expr.Clone) {
            // (new C)->m(): the temporary receiver dies after the call unless m let $this escape
            b.loadCtx();
            b.load(recv);
            b.call(Rt.RELEASE);
        }
        if (outer == null) b.mark(end);
    }

    void staticCall(Expr.StaticCall m) {
        String name = o.memberName(m.name(), m);
        if (m.cls() instanceof Expr.NameExpr cn && o.bare(cn.name().text()).equalsIgnoreCase("Closure")
                && name.equalsIgnoreCase("fromCallable") && m.args().size() == 1 && !m.fcc()
                && !m.args().get(0).spread() && m.args().get(0).name() == null) {
            b.loadCtx();
            g.expr.gen(m.args().get(0).value());
            o.pushScope();
            b.line(m.span().line());
            b.call(ObjRt.FROM_CALLABLE);
            return;
        }
        int cls = b.newTemp(phpgoc.runtime.PhpClass.class);
        o.classRef(m.cls());
        b.store(cls);
        if (m.fcc()) {
            b.loadCtx();
            b.load(cls);
            o.pushMethodName(name);
            o.pushScope();
            o.pushThisOrStatic();
            b.line(m.span().line());
            b.call(ObjRt.STATIC_CALLABLE);
            return;
        }
        Runnable late = MethodArgsGen.needed(m.args()) ? MethodArgsGen.staticArgs(g, m.args()) : null;
        if (late != null) {
            b.loadCtx();
            b.load(cls);
            o.pushMethodName(name);
            o.pushScope();
            o.pushThisOrStatic();
            b.pushBoolean(o.special(m.cls()) != null);
            late.run();
            b.line(m.span().line());
            g.strictCall(true);
            b.call(MethodArgsGen.CALL_STATIC);
            g.strictCall(false);
            return;
        }
        int n = b.newTemp(String.class);
        o.pushMethodName(name);
        b.store(n);
        int mask = -1;
        if (!m.args().isEmpty()) {
            mask = b.newIntTemp();
            b.loadCtx();
            b.load(cls);
            b.load(n);
            o.pushScope();
            b.call(ObjRt.STATIC_REF_MASK);
            b.store(mask);
        }
        int[] temps = positionalArgs(m.args(), mask, i -> {
            b.loadCtx();
            b.load(cls);
            b.load(n);
            o.pushScope();
            b.pushInt(i);
            b.call(ObjRt.STATIC_ARG_ERROR);
        });
        if (o.special(m.cls()) == null && !ObjectGen.isDynamic(name) && !o.inClosure()
                && !TraitEnumGen.inTraitMethod(g.scope)) {
            // A::m(...): an inline-cached site (runtime link.StaticCallSite); its scope is the code's class
            b.loadCtx();
            b.load(cls);
            o.pushThisOrStatic();
            StringBuilder desc = new StringBuilder("(").append(ObjRt.CTX).append(Type.getDescriptor(phpgoc.runtime.PhpClass.class))
                    .append("Ljava/lang/Object;");
            for (int t : temps) {
                b.load(t);
                desc.append("Ljava/lang/Object;");
            }
            b.line(m.span().line());
            g.strictCall(true);
            b.emitter().visitInvokeDynamicInsn("callStatic:" + name, desc.append(")Ljava/lang/Object;").toString(),
                    ObjRt.BOOTSTRAP, o.indyArgs());
            g.strictCall(false);
            writeBack(m.args(), temps, mask);
            return;
        }
        b.loadCtx();
        b.load(cls);
        b.load(n);
        o.pushScope();
        o.pushThisOrStatic();
        b.pushBoolean(o.special(m.cls()) != null);
        pushArray(temps);
        b.line(m.span().line());
        g.strictCall(true);
        b.call(ObjRt.CALL_STATIC);
        g.strictCall(false);
        writeBack(m.args(), temps, mask);
    }

    /**
     * The receiver in local {@code recv}: calls the method ({@code name} pushes its name) through
     * the uncached {@code ObjectOps} path with the argument temporaries; pushes the result.
     */
    private void callMethodUncached(int recv, Runnable name, int[] temps, int line) {
        b.load(recv);
        b.loadCtx();
        name.run();
        o.pushScope();
        pushArray(temps);
        b.line(line);
        g.strictCall(true);
        b.call(ObjRt.CALL_METHOD);
        g.strictCall(false);
    }

    /** Pushes php's Error for argument {@code i} of method {@code name} (on {@code recv}) that must be a reference. */
    private void methodArgError(int recv, Runnable name, int i) {
        b.load(recv);
        b.loadCtx();
        name.run();
        o.pushScope();
        b.pushInt(i);
        b.call(ObjRt.METHOD_ARG_ERROR);
    }

    /** Pushes an Object[] of the argument temporaries. */
    private void pushArray(int[] temps) {
        b.newObjectArray(temps.length);
        for (int i = 0; i < temps.length; i++) {
            b.load(temps[i]);
            b.arrayStoreAt(i);
        }
    }
}
