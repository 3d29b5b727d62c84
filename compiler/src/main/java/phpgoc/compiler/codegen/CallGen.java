package phpgoc.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.objectweb.asm.Label;
import phpgoc.ast.Arg;
import phpgoc.ast.ClosureUse;
import phpgoc.ast.Expr;
import phpgoc.ast.FunctionDecl;
import phpgoc.ast.Param;
import phpgoc.compiler.sema.Functions;
import phpgoc.compiler.sema.Scope;
import phpgoc.runtime.PhpArray;

/** Function calls (same-file direct, builtin direct, dynamic) and closure creation. */
final class CallGen {
    private final Gen g;
    private final Builder b;
    private final BuiltinCallGen builtins;

    CallGen(Gen g) {
        this.g = g;
        this.b = g.b;
        this.builtins = new BuiltinCallGen(g);
    }

    /** {@code $f(...)}: an invokedynamic site caching what the callable resolved to (runtime.link.ValueCallSite). */
    static final String CALL_VALUE_DESC = "(" + ObjRt.CTX + "Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;";

    void call(Expr.Call c) {
        boolean keepRef = wantRef;
        wantRef = false;
        if (!(c.callee() instanceof Expr.NameExpr n)) {
            if (c.fcc()) {
                b.loadCtx();
                g.expr.gen(c.callee());
                g.objects.pushScope();
                b.line(c.span().line());
                b.call(ObjRt.VALUE_CALLABLE);
                return;
            }
            g.expr.gen(c.callee());
            int callee = b.newTemp();
            b.store(callee);
            boolean list = needsArgList(c.args());
            Runnable args = list ? argList(c.args()) : dynamicArgs(c.args());
            b.loadCtx();
            b.load(callee);
            args.run();
            b.line(c.span().line());
            g.strictCall(true);
            if (list) b.call(Rt.CALL_VALUE_ARGS);
            else if (keepRef) b.call(Rt.CALL_VALUE_REF); // $r = &$f(): a function &f()'s own Ref
            else b.emitter().visitInvokeDynamicInsn("callValue:", CALL_VALUE_DESC, ObjRt.BOOTSTRAP);
            g.strictCall(false);
            if (c.callee() instanceof Expr.Closure || c.callee() instanceof Expr.ArrowFn) {
                // (function () {...})(): the closure dies after the call
                b.loadCtx();
                b.load(callee);
                b.call(Rt.RELEASE_CLOSURE);
            }
            return;
        }
        String name = Functions.bare(n.name().text());
        String lower = name.toLowerCase(Locale.ROOT);
        Functions fs = g.sema.functions;
        String global = n.name().fallback();
        if ((global != null ? global : name).equalsIgnoreCase("error_get_last")) g.unit.usesLastError = true;
        if ((global != null ? global : name).equalsIgnoreCase("assert") && fs.kind(name) != Functions.Kind.USER
                && !c.fcc() && !c.args().isEmpty() && c.args().stream().noneMatch(Arg::spread)) {
            assertCall(c);
            return;
        }
        if (global != null && fs.kind(name) != Functions.Kind.USER) {
            nsCall(c, name, global);
            return;
        }
        if (c.fcc()) {
            b.loadCtx();
            b.pushString(name);
            b.call(Rt.FUNCTION_VALUE);
            return;
        }
        boolean spread = c.args().stream().anyMatch(Arg::spread);
        boolean named = c.args().stream().anyMatch(a -> a.name() != null);
        switch (fs.kind(name)) {
            case USER -> {
                if (!spread) { userCall(fs.userDecl(name), c, keepRef); return; }
            }
            case BUILTIN -> {
                if (!spread && builtins.builtinCall(lower, c, named, true)) return;
            }
            case INTRINSIC -> {
                if (!spread && !named && builtins.intrinsic(lower, c)) return;
            }
            case UNKNOWN -> {
                if (compact(lower, c) || FuncArgsGen.gen(g, lower, c)) return;
                if (lower.equals("compact") || lower.equals("extract") || lower.equals("get_defined_vars")) {
                    throw Gen.unsupported(lower + "()", c.span());
                }
            }
        }
        boolean list = needsArgList(c.args());
        Runnable args = list ? argList(c.args()) : dynamicArgs(c.args());
        b.loadCtx();
        b.pushString(name);
        args.run();
        b.line(c.span().line());
        g.strictCall(true);
        b.call(list ? Rt.CALL_FUNCTION_ARGS : keepRef ? Rt.CALL_FUNCTION_REF : Rt.CALL_FUNCTION);
        g.strictCall(false);
    }

    /**
     * {@code assert(...)} as php compiles it: nothing is evaluated unless zend.assertions is 1
     * (the call is then true), and a call without a description gets its source text as one.
     */
    private void assertCall(Expr.Call c) {
        Label off = b.label(), done = b.label();
        b.loadCtx();
        b.call(Rt.ASSERT_ENABLED);
        b.jumpIfFalse(off);
        List<Arg> args = c.args();
        boolean named = args.stream().anyMatch(a -> a.name() != null);
        if (args.size() == 1 && !named) {
            Expr text = new Expr.StrLit(AssertText.of(args.get(0).value()), c.span());
            args = List.of(args.get(0), new Arg(null, text, false, c.span()));
        }
        Expr.Call call = new Expr.Call(new Expr.NameExpr(new phpgoc.ast.Name("assert", phpgoc.ast.Name.Kind.FULLY_QUALIFIED,
                c.span()), c.span()), args, false, c.span());
        if (!builtins.builtinCall("assert", call, named, true)) throw Gen.unsupported("assert()", c.span());
        b.jump(done);
        b.mark(off);
        b.pushBool(true);
        b.mark(done);
    }

    /**
     * An unqualified call in a namespace of a name this file does not declare there: php looks up
     * {@code A\B\f} at run time, then the global {@code f}. A library function (or one the
     * compiler implements) is called directly, guarded by {@code Calls.shadowed}: one field read
     * until some namespaced function takes a library function's name (another file or a
     * conditional declaration may do it at run time), then a lookup of {@code A\B\f}. php does not
     * compile these calls to opcodes, so library functions keep their frame in traces. Other
     * names are looked up at run time.
     */
    private void nsCall(Expr.Call c, String name, String global) {
        String lower = global.toLowerCase(Locale.ROOT);
        if (c.fcc()) {
            b.loadCtx();
            b.pushString(name);
            b.pushString(global);
            b.call(Rt.FUNCTION_VALUE_NS);
            return;
        }
        boolean spread = c.args().stream().anyMatch(Arg::spread);
        boolean named = c.args().stream().anyMatch(a -> a.name() != null);
        Functions.Kind kind = g.sema.functions.kind(global);
        if (!spread && (kind == Functions.Kind.BUILTIN || kind == Functions.Kind.INTRINSIC && !named)) {
            Label slow = b.label(), done = b.label();
            b.loadCtx();
            b.pushString(name.toLowerCase(Locale.ROOT));
            b.call(Rt.NS_SHADOWED);
            b.jumpIfTrue(slow);
            boolean direct = kind == Functions.Kind.BUILTIN ? builtins.builtinCall(lower, c, named, false) : builtins.intrinsic(lower, c);
            if (!direct) nsDynamicCall(c, name, global);
            b.jump(done);
            b.mark(slow);
            nsDynamicCall(c, name, global);
            b.mark(done);
            return;
        }
        if (kind == Functions.Kind.UNKNOWN && (compact(lower, c) || FuncArgsGen.gen(g, lower, c))) return;
        if (kind == Functions.Kind.UNKNOWN && (lower.equals("compact") || lower.equals("extract")
                || lower.equals("get_defined_vars"))) {
            throw Gen.unsupported(lower + "()", c.span());
        }
        nsDynamicCall(c, name, global);
    }

    private void nsDynamicCall(Expr.Call c, String name, String global) {
        boolean list = needsArgList(c.args());
        Runnable args = list ? argList(c.args()) : dynamicArgs(c.args());
        b.loadCtx();
        b.pushString(name);
        b.pushString(global);
        args.run();
        b.line(c.span().line());
        g.strictCall(true);
        b.call(list ? Rt.CALL_FUNCTION_NS_ARGS : Rt.CALL_FUNCTION_NS);
        g.strictCall(false);
    }

    /** Named arguments or unpacking for a callee bound at run time: an {@code ArgList}. */
    private static boolean needsArgList(List<Arg> args) {
        for (Arg a : args) if (a.name() != null || a.spread()) return true;
        return false;
    }

    /** Evaluates the arguments into an ArgList in a temporary; the returned action pushes it. */
    Runnable argList(List<Arg> args) {
        int list = b.newTemp(phpgoc.runtime.ArgList.class);
        b.newInit(Rt.ARGS_NEW);
        b.call(Rt.ARGS_NEW);
        boolean unpacked = false, named = false;
        for (Arg a : args) {
            if (a.spread() && a.value() instanceof Expr.Var v && !v.name().equals("this")) {
                // an array variable is unpacked as itself, so by-ref parameters can reference its elements
                unpacked = true;
                Label plain = b.label(), done = b.label();
                b.loadVarQuiet(v.name());
                b.instanceOf(PhpArray.class);
                b.jumpIfFalse(plain);
                b.loadVarArrayForWrite(v.name());
                b.call(Rt.ARGS_SPREAD_VAR);
                b.jump(done);
                b.mark(plain);
                g.expr.gen(a.value());
                b.call(Rt.ARGS_SPREAD);
                b.mark(done);
            } else if (a.spread()) {
                unpacked = true;
                g.expr.gen(a.value());
                b.call(Rt.ARGS_SPREAD);
            } else if (a.name() != null) {
                named = true;
                b.pushString(a.name());
                dynamicArg(a.value());
                b.call(Rt.ARGS_ADD_NAMED);
            } else {
                if (unpacked) {
                    throw new CompileError("Cannot use positional argument after argument unpacking", a.span().line());
                }
                if (named) throw new CompileError("Cannot use positional argument after named argument", a.span().line());
                dynamicArg(a.value());
                b.call(Rt.ARGS_ADD);
            }
        }
        b.store(list);
        return () -> b.load(list);
    }

    /** Evaluates the arguments into temporaries; the returned action pushes them as an Object[]. */
    private Runnable dynamicArgs(List<Arg> args) {
        for (Arg a : args) if (a.name() != null) throw Gen.unsupported("named arguments to dynamic calls", a.span());
        int arr = b.newTemp(Object[].class);
        int fixed = 0;
        while (fixed < args.size() && !args.get(fixed).spread()) fixed++;
        b.newObjectArray(fixed);
        for (int i = 0; i < fixed; i++) {
            dynamicArg(args.get(i).value());
            b.arrayStoreAt(i);
        }
        for (int i = fixed; i < args.size(); i++) {
            Arg a = args.get(i);
            if (a.spread()) {
                g.expr.gen(a.value());
                b.call(Rt.SPREAD_ARGS);
            } else {
                throw new CompileError("Cannot use positional argument after argument unpacking", a.span().line());
            }
        }
        b.store(arr);
        return () -> b.load(arr);
    }

    private void dynamicArg(Expr e) {
        if (e instanceof Expr.Var v && !v.name().equals("this") && b.isRef(v.name())) b.loadRef(v.name());
        else g.expr.gen(e);
    }

    // ---- same-file functions

    private void userCall(FunctionDecl d, Expr.Call c, boolean keepRef) {
        List<Param> ps = d.params();
        int np = ps.size();
        boolean variadic = np > 0 && ps.get(np - 1).variadic();
        int fixedParams = variadic ? np - 1 : np;
        Expr[] slot = new Expr[np];
        List<Expr> rest = new ArrayList<>();
        List<String> restNames = new ArrayList<>();
        List<Expr> extra = new ArrayList<>();
        String unknownNamed = null;
        String overwrite = null;
        int pos = 0;
        for (Arg a : c.args()) {
            if (a.name() == null) {
                if (pos < fixedParams) slot[pos] = a.value();
                else if (variadic) { rest.add(a.value()); restNames.add(null); }
                else extra.add(a.value());
                pos++;
            } else {
                int k = -1;
                for (int i = 0; i < fixedParams; i++) if (ps.get(i).name().equals(a.name())) k = i;
                if (k >= 0) {
                    if (slot[k] != null && unknownNamed == null) overwrite = a.name();
                    slot[k] = a.value();
                } else if (variadic) {
                    rest.add(a.value());
                    restNames.add(a.name());
                } else if (unknownNamed == null) {
                    unknownNamed = a.name();
                }
            }
        }
        if (overwrite != null) {
            b.line(c.span().line());
            b.pushString(overwrite);
            b.call(Rt.NAMED_OVERWRITES);
            b.athrow();
            b.pushNull();
            return;
        }
        if (unknownNamed != null) {
            b.line(c.span().line());
            b.pushString(unknownNamed);
            b.call(Rt.UNKNOWN_NAMED);
            b.athrow();
            b.pushNull();
            return;
        }
        b.loadCtx();
        for (int i = 0; i < fixedParams; i++) {
            Param p = ps.get(i);
            Expr a = slot[i];
            if (a == null) {
                if (p.byRef()) b.pushNull(); else b.pushUndef();
            } else if (p.byRef() && !referenceable(a)) {
                b.line(c.span().line());
                b.pushString(d.name());
                b.pushInt(i + 1);
                b.pushString(p.name());
                b.call(Rt.NOT_BY_REFERENCE);
                b.athrow();
                b.pushNull();
            } else if (p.byRef()) {
                g.assign.genRef(a);
            } else {
                g.expr.genCopy(a);
            }
        }
        if (variadic) {
            b.newInit(Rt.ARRAY_NEW);
            b.call(Rt.ARRAY_NEW);
            for (int i = 0; i < rest.size(); i++) {
                b.dup();
                if (restNames.get(i) != null) {
                    b.pushString(restNames.get(i));
                    g.expr.genCopy(rest.get(i));
                    b.call(Rt.ARRAY_PUT);
                } else {
                    if (ps.get(np - 1).byRef()) g.assign.genRef(rest.get(i)); else g.expr.genCopy(rest.get(i));
                    b.call(Rt.ARRAY_APPEND);
                }
            }
        }
        Scope callee = g.sema.scopeOf(d);
        if (callee.hiddenRest()) {
            // a function using func_get_args() takes the extra arguments in its hidden variadic parameter
            b.newInit(Rt.ARRAY_NEW);
            b.call(Rt.ARRAY_NEW);
            for (Expr e : extra) {
                b.dup();
                g.expr.genCopy(e);
                b.call(Rt.ARRAY_APPEND);
            }
        }
        int extraBase = extra.isEmpty() || callee.hiddenRest() ? -1 : enterExtra(g.unit.methodName(callee), extra);
        b.line(c.span().line());
        Scope s = g.sema.scopeOf(d);
        Label start = b.label(), end = b.label(), handler = b.label(), after = b.label();
        b.mark(start);
        g.strictCall(true);
        b.invokeStatic(g.unit.internalName, g.unit.methodName(s), g.unit.methodDesc(s));
        g.strictCall(false);
        if (extraBase >= 0) {
            // the entry of the extra arguments is left after the call, also when it throws
            b.mark(end);
            b.loadCtx();
            b.load(extraBase);
            b.call(Rt.ARG_LEAVE);
            b.jump(after);
            b.mark(handler);
            b.loadCtx();
            b.load(extraBase);
            b.call(Rt.ARG_LEAVE);
            b.athrow();
            b.mark(after);
            b.tryCatch(start, end, handler);
        }
        if (d.byRefReturn()) {
            if (keepRef) {
                b.call(Rt.TO_REF);
            } else {
                b.call(Rt.DEREF);
                b.call(Rt.COPY);
            }
        }
    }

    /**
     * Evaluates the extra arguments of a call (no parameter takes them) and enters them in the
     * ArgStack, where traces find them ({@code ArgStack.enterExtra}); returns the int local of the
     * entry's base.
     */
    private int enterExtra(String method, List<Expr> extra) {
        b.newObjectArray(extra.size());
        for (int i = 0; i < extra.size(); i++) {
            g.expr.genCopy(extra.get(i));
            b.arrayStoreAt(i);
        }
        int arr = b.newTemp(Object[].class);
        b.store(arr);
        b.loadCtx();
        b.pushString(method);
        b.load(arr);
        b.call(Rt.ARG_ENTER_EXTRA);
        int base = b.newIntTemp();
        b.store(base);
        return base;
    }

    /** Whether {@code &e} names a storage location: a variable, element, property or static property. */
    static boolean referenceable(Expr e) {
        return e instanceof Expr.Var || e instanceof Expr.Dim || e instanceof Expr.Prop p && !p.nullsafe()
                || e instanceof Expr.StaticProp || e instanceof Expr.VarVar;
    }

    /** Set by {@link #callForRef}: the next direct call of a {@code function &f()} keeps its Ref. */
    private boolean wantRef;

    /** {@code &f(...)} ({@code $r = &f()}): pushes a Ref, the function's own for a by-reference function. */
    void callForRef(Expr.Call c, boolean assigned) {
        wantRef = true;
        call(c);
        b.line(c.span().line());
        b.call(assigned ? Rt.TO_REF_ASSIGNED : Rt.TO_REF);
    }

    /** compact(), extract() and get_defined_vars() work on the calling scope's SymbolTable; false if not such a call. */
    private boolean compact(String lower, Expr.Call c) {
        if (b.symbolTableLocal() < 0) return false;
        for (phpgoc.ast.Arg a : c.args()) if (a.spread() || a.name() != null) return false;
        if (lower.equals("extract")) return extract(c);
        if (lower.equals("get_defined_vars")) {
            if (!c.args().isEmpty()) return false;
            b.loadCtx();
            b.load(b.symbolTableLocal());
            b.call(Rt.GET_DEFINED_VARS);
            return true;
        }
        if (!lower.equals("compact")) return false;
        b.loadCtx();
        b.load(b.symbolTableLocal());
        b.newObjectArray(c.args().size());
        for (int i = 0; i < c.args().size(); i++) {
            g.expr.gen(c.args().get(i).value());
            b.arrayStoreAt(i);
        }
        b.line(c.span().line());
        b.call(Rt.COMPACT);
        return true;
    }

    /**
     * {@code extract($array, $flags, $prefix)} into the calling scope's SymbolTable; a variable
     * array goes as its Ref (EXTR_REFS binds its elements). Cached Refs are fetched again after.
     */
    private boolean extract(Expr.Call c) {
        int n = c.args().size();
        if (n < 1 || n > 3) return false;
        b.loadCtx();
        b.load(b.symbolTableLocal());
        b.newObjectArray(n);
        for (int i = 0; i < n; i++) {
            Expr e = c.args().get(i).value();
            if (i == 0 && (e instanceof Expr.Var || e instanceof Expr.Dim || e instanceof Expr.Prop p && !p.nullsafe()
                    || e instanceof Expr.StaticProp)) {
                g.assign.genRef(e);
            } else {
                g.expr.gen(e);
            }
            b.arrayStoreAt(i);
        }
        int kept = b.newTemp();
        b.dup();
        b.store(kept);
        b.line(c.span().line());
        // its errors get extract()'s frame in traces, as a library function's do
        Label start = b.label(), end = b.label(), handler = b.label(), after = b.label();
        b.mark(start);
        b.call(Rt.EXTRACT);
        b.mark(end);
        b.jump(after);
        b.mark(handler);
        b.refetchAll();
        g.throwWithBuiltinFrame("extract", () -> {
            b.newObjectArray(1);
            b.load(kept);
            b.arrayStoreAt(0);
        }, c.span().line());
        b.mark(after);
        b.catchPhpError(start, end, handler);
        b.refetchAll();
        return true;
    }

    // ---- closures

    /** Creates a Closure value for a closure ({@code uses} non-null) or arrow function. */
    void closure(FunctionDecl d, List<ClosureUse> uses) {
        Scope s = g.sema.scopeOf(d);
        b.newInit(Rt.CLOSURE_NEW);
        b.loadCtx();
        b.pushString(d.name());
        b.getStatic(g.unit.internalName, g.unit.paramsField(s), phpgoc.runtime.ParamInfo[].class);
        b.getStatic(g.unit.internalName, "INSTANCE", phpgoc.runtime.CompiledUnit.class);
        b.pushInt(s.index);
        if (s.captures.isEmpty()) {
            b.pushNull();
        } else {
            b.newObjectArray(s.captures.size());
            for (int i = 0; i < s.captures.size(); i++) {
                String v = s.captures.get(i);
                if (s.captureByRef.get(i)) {
                    b.loadRef(v);
                } else if (uses != null) {
                    b.line(d.span().line());
                    b.loadVar(v);
                    b.call(Rt.COPY);
                } else {
                    b.loadVarRaw(v);
                    b.call(Rt.COPY);
                }
                b.arrayStoreAt(i);
            }
        }
        if (g.unit.usesNames(s).isEmpty()) b.pushNull();
        else b.getStatic(g.unit.internalName, g.unit.usesField(s), String[].class);
        g.objects.pushThisOrStatic();
        if (d.isStatic()) b.call(ObjRt.STATIC_OF);
        g.objects.pushScope();
        int flags = (d.isStatic() ? phpgoc.runtime.Closure.STATIC : 0)
                | (s.vars.contains("this") ? phpgoc.runtime.Closure.USES_THIS : 0);
        b.pushInt(flags);
        b.call(Rt.CLOSURE_NEW);
    }

    static Class<?> arrayClass() { return PhpArray.class; }
}
