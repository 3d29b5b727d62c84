package phpgoc.compiler.codegen;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.objectweb.asm.Label;
import org.objectweb.asm.Type;
import phpgoc.ast.Arg;
import phpgoc.ast.ClosureUse;
import phpgoc.ast.Expr;
import phpgoc.ast.FunctionDecl;
import phpgoc.ast.Param;
import phpgoc.compiler.emit.Call;
import phpgoc.compiler.sema.Functions;
import phpgoc.compiler.sema.Scope;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Ref;
import phpgoc.runtime.ext.Builtins;

/** Function calls (same-file direct, builtin direct, dynamic) and closure creation. */
final class CallGen {
    private final Gen g;
    private final Builder b;

    CallGen(Gen g) {
        this.g = g;
        this.b = g.b;
    }

    void call(Expr.Call c) {
        boolean keepRef = wantRef;
        wantRef = false;
        if (!(c.callee() instanceof Expr.NameExpr n)) {
            g.expr.gen(c.callee());
            if (c.fcc()) return;
            int callee = b.newTemp();
            b.store(callee);
            boolean list = needsArgList(c.args());
            Runnable args = list ? argList(c.args()) : dynamicArgs(c.args());
            b.loadCtx();
            b.load(callee);
            args.run();
            b.line(c.span().line());
            b.call(list ? Rt.CALL_VALUE_ARGS : Rt.CALL_VALUE);
            return;
        }
        String name = Functions.bare(n.name().text());
        String lower = name.toLowerCase(Locale.ROOT);
        Functions fs = g.sema.functions;
        String global = n.name().fallback();
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
                if (!spread && builtinCall(lower, c, named, true)) return;
            }
            case INTRINSIC -> {
                if (!spread && !named && intrinsic(lower, c)) return;
            }
            case UNKNOWN -> {
                if (lower.equals("compact") || lower.equals("extract") || lower.equals("get_defined_vars")
                        || lower.equals("func_get_args") || lower.equals("func_num_args")) {
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
        b.call(list ? Rt.CALL_FUNCTION_ARGS : Rt.CALL_FUNCTION);
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
            boolean direct = kind == Functions.Kind.BUILTIN ? builtinCall(lower, c, named, false) : intrinsic(lower, c);
            if (!direct) nsDynamicCall(c, name, global);
            b.jump(done);
            b.mark(slow);
            nsDynamicCall(c, name, global);
            b.mark(done);
            return;
        }
        if (kind == Functions.Kind.UNKNOWN && (lower.equals("compact") || lower.equals("extract")
                || lower.equals("get_defined_vars") || lower.equals("func_get_args") || lower.equals("func_num_args"))) {
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
        b.call(list ? Rt.CALL_FUNCTION_NS_ARGS : Rt.CALL_FUNCTION_NS);
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
            if (a.spread()) {
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
            } else if (p.byRef() && !(a instanceof Expr.Var || a instanceof Expr.Dim)) {
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
        for (Expr e : extra) {
            g.expr.gen(e);
            b.pop();
        }
        b.line(c.span().line());
        Scope s = g.sema.scopeOf(d);
        b.invokeStatic(g.unit.internalName, g.unit.methodName(s), g.unit.methodDesc(s));
        if (d.byRefReturn()) {
            if (keepRef) {
                b.call(Rt.TO_REF);
            } else {
                b.call(Rt.DEREF);
                b.call(Rt.COPY);
            }
        }
    }

    /** Set by {@link #callForRef}: the next direct call of a {@code function &f()} keeps its Ref. */
    private boolean wantRef;

    /** {@code &f(...)} ({@code $r = &f()}): pushes a Ref, the function's own for a by-reference function. */
    void callForRef(Expr.Call c) {
        wantRef = true;
        call(c);
        b.call(Rt.TO_REF);
    }

    // ---- builtins

    private static int arity(Method m) {
        Class<?>[] pt = m.getParameterTypes();
        int first = pt.length > 0 && pt[0] == Context.class ? 1 : 0;
        boolean var = pt.length > 0 && pt[pt.length - 1] == Object[].class;
        return pt.length - first - (var ? 1 : 0);
    }

    private static boolean isVariadic(Method m) {
        Class<?>[] pt = m.getParameterTypes();
        return pt.length > 0 && pt[pt.length - 1] == Object[].class;
    }

    private static Method pick(List<Method> ms, int n) {
        Method variadic = null;
        for (Method m : ms) {
            if (arity(m) == n && !isVariadic(m)) return m;
            if (isVariadic(m) && arity(m) <= n) variadic = m;
        }
        if (variadic != null) return variadic;
        for (Method m : ms) if (arity(m) > n) return m;
        return null;
    }

    /** {@code opcodes}: php compiles some calls to opcodes (not in a namespace's fallback calls), see {@link #frameless}. */
    private boolean builtinCall(String lower, Expr.Call c, boolean named, boolean opcodes) {
        if (opcodes && lower.equals("array_key_exists") && !named && c.args().size() == 2) {
            // php's ZEND_ARRAY_KEY_EXISTS opcode: no frame, and its own error for an array key
            g.expr.gen(c.args().get(0).value());
            g.expr.gen(c.args().get(1).value());
            b.line(c.span().line());
            b.call(Rt.KEY_EXISTS_OP);
            b.boxBoolean();
            return true;
        }
        List<Method> ms = Builtins.overloads(lower);
        List<Expr> args = new ArrayList<>();
        if (named) {
            Method widest = ms.get(ms.size() - 1);
            List<String> names = new ArrayList<>();
            Parameter[] jps = widest.getParameters();
            for (int i = widest.getParameterTypes().length > 0 && jps[0].getType() == Context.class ? 1 : 0; i < jps.length; i++) {
                String pn = jps[i].getName();
                names.add(pn.endsWith("_") ? pn.substring(0, pn.length() - 1) : pn);
            }
            int pos = 0;
            for (Arg a : c.args()) {
                int k = a.name() == null ? pos++ : names.indexOf(a.name());
                if (k < 0 || (isVariadic(widest) && k == names.size() - 1 && a.name() != null)) {
                    b.line(c.span().line());
                    b.pushString(a.name());
                    b.call(Rt.UNKNOWN_NAMED);
                    b.athrow();
                    b.pushNull();
                    return true;
                }
                while (args.size() <= k) args.add(null);
                args.set(k, a.value());
            }
        } else {
            for (Arg a : c.args()) args.add(a.value());
        }
        int n = args.size();
        int min = Integer.MAX_VALUE, max = 0;
        for (Method m : ms) {
            min = Math.min(min, arity(m));
            max = isVariadic(m) ? Integer.MAX_VALUE : Math.max(max, arity(m));
        }
        Method m = n < min || n > max ? null : pick(ms, n);
        if (m == null) {
            // php evaluates the arguments, then fails in the call: the trace shows them ("strlen('a', 'b')")
            b.newObjectArray(n);
            for (int i = 0; i < n; i++) {
                if (args.get(i) == null) b.pushUndef(); else g.expr.gen(args.get(i));
                b.arrayStoreAt(i);
            }
            int arr = b.newTemp(Object[].class);
            b.store(arr);
            b.line(c.span().line());
            b.pushString(lower);
            b.pushInt(min);
            b.pushInt(max);
            b.pushInt(n);
            b.call(Rt.BUILTIN_ARG_COUNT);
            b.pushString(lower);
            b.load(arr);
            b.pushString(g.unit.absPath);
            b.pushInt(c.span().line());
            b.call(Rt.BUILTIN_FRAME);
            b.athrow();
            b.pushNull();
            return true;
        }
        Class<?>[] pt = m.getParameterTypes();
        for (Class<?> t : pt) {
            if (t != Object.class && t != Ref.class && t != Object[].class && t != Context.class) return false;
        }
        boolean traced = named || !opcodes || !frameless(lower, n);
        List<Integer> kept = new ArrayList<>();
        int j = 0;
        if (pt.length > 0 && pt[0] == Context.class) { b.loadCtx(); j = 1; }
        int ar = arity(m);
        for (int i = 0; i < ar; i++, j++) {
            Expr a = i < n ? args.get(i) : null;
            if (a == null) {
                if (pt[j] == Ref.class) {
                    b.newInit(Rt.REF_NEW);
                    b.call(Rt.REF_NEW);
                } else {
                    b.pushUndef();
                }
                continue;
            } else if (pt[j] == Ref.class && !(a instanceof Expr.Var || a instanceof Expr.Dim || a instanceof Expr.VarVar
                    || a instanceof Expr.Call)) {
                String pn = m.getParameters()[j].getName();
                b.line(c.span().line());
                b.pushString(lower);
                b.pushInt(i + 1);
                b.pushString(pn.endsWith("_") ? pn.substring(0, pn.length() - 1) : pn);
                b.call(Rt.NOT_BY_REFERENCE);
                b.athrow();
                b.pushNull();
            } else if (pt[j] == Ref.class) {
                g.assign.genRef(a);
            } else {
                g.expr.gen(a);
            }
            if (traced) kept.add(keep());
        }
        if (isVariadic(m)) {
            int k = Math.max(0, n - ar);
            b.newObjectArray(k);
            for (int i = 0; i < k; i++) {
                Expr a = args.get(ar + i);
                if (a == null) b.pushNull(); else g.expr.gen(a);
                b.arrayStoreAt(i);
            }
            if (traced) kept.add(keep());
        }
        if (g.unit.strictTypes) strictArgs(true);
        b.line(c.span().line());
        if (traced) tracedCall(Call.of(m), lower, kept, c.span().line()); else b.call(Call.of(m));
        if (g.unit.strictTypes) strictArgs(false);
        b.boxReturn(Type.getReturnType(m));
        return true;
    }

    /**
     * Calls library function {@code name} ({@code call}), covered by a handler that adds its frame,
     * with the arguments kept in {@code kept}, to a PhpError's trace. The handler stays inside any
     * enclosing range (so '@' and try still see the error): only the jump over it is extra.
     */
    private void tracedCall(Call call, String name, List<Integer> kept, int line) {
        Label start = b.label(), end = b.label(), handler = b.label(), after = b.label();
        b.mark(start);
        b.call(call);
        b.mark(end);
        b.jump(after);
        b.mark(handler);
        b.pushString(name);
        b.newObjectArray(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            b.load(kept.get(i));
            b.arrayStoreAt(i);
        }
        b.pushString(g.unit.absPath);
        b.pushInt(line);
        b.call(Rt.BUILTIN_FRAME);
        b.athrow();
        b.mark(after);
        b.catchPhpError(start, end, handler);
    }

    /** A strict_types file brackets each builtin call with {@code ctx.strictArgs} (see {@code Args}). */
    private void strictArgs(boolean on) {
        b.loadCtx();
        b.pushBoolean(on);
        b.putField(Rt.CTX_STRICT_ARGS);
    }

    /** Copies the argument on the stack into a new temporary, for the trace; returns the temporary. */
    private int keep() {
        int t = b.newTemp();
        b.dup();
        b.store(t);
        return t;
    }

    /**
     * php compiles these calls to opcodes (zend_try_compile_special_func) when the arguments are
     * positional and not unpacked, so they have no frame in stack traces: {@code strlen([])} fails
     * "in" its caller. Verified against php 8.2; functions folded only for literal arguments
     * ({@code chr}, {@code ord}, {@code defined}, {@code in_array}, {@code array_slice}) keep their frame.
     */
    static boolean frameless(String lower, int argc) {
        return switch (lower) {
            case "strlen", "count", "sizeof", "gettype", "boolval", "intval", "floatval", "doubleval", "strval",
                 "is_null", "is_bool", "is_int", "is_integer", "is_long", "is_float", "is_double", "is_string",
                 "is_array", "is_object", "is_resource", "is_scalar" -> argc == 1;
            case "array_key_exists", "call_user_func_array" -> argc == 2;
            case "call_user_func" -> argc >= 1;
            case "get_class" -> argc <= 1;
            case "get_called_class", "func_num_args", "func_get_args" -> argc == 0;
            default -> false;
        };
    }

    private boolean intrinsic(String lower, Expr.Call c) {
        List<Arg> a = c.args();
        switch (lower) {
            case "define" -> {
                if (a.size() < 2) return false;
                b.loadCtx();
                g.expr.gen(a.get(0).value());
                g.expr.genCopy(a.get(1).value());
                for (int i = 2; i < a.size(); i++) { g.expr.gen(a.get(i).value()); b.pop(); }
                b.line(c.span().line());
                b.call(Rt.DEFINE);
                b.boxBoolean();
            }
            case "defined", "function_exists" -> {
                if (a.size() != 1) return false;
                b.loadCtx();
                g.expr.gen(a.get(0).value());
                b.call(lower.equals("defined") ? Rt.DEFINED : Rt.FUNCTION_EXISTS);
                b.boxBoolean();
            }
            case "constant" -> {
                if (a.size() != 1) return false;
                b.loadCtx();
                g.expr.gen(a.get(0).value());
                List<Integer> kept = List.of(keep());
                b.call(Rt.TO_STR);
                b.line(c.span().line());
                tracedCall(Rt.CONSTANT, lower, kept, c.span().line());
            }
            case "get_object_vars" -> {
                if (a.size() != 1) return false;
                g.expr.gen(a.get(0).value());
                g.objects.pushScope();
                b.line(c.span().line());
                b.call(ObjRt.GET_OBJECT_VARS);
            }
            case "get_class_vars" -> {
                if (a.size() != 1) return false;
                b.loadCtx();
                g.expr.gen(a.get(0).value());
                g.objects.pushScope();
                b.line(c.span().line());
                b.call(ObjRt.GET_CLASS_VARS);
            }
            case "get_called_class" -> {
                if (!a.isEmpty()) return false;
                g.objects.pushThisOrStatic();
                b.line(c.span().line());
                b.call(ObjRt.GET_CALLED_CLASS);
            }
            default -> { return false; }
        }
        return true;
    }

    // ---- closures

    /** Creates a Closure value for a closure ({@code uses} non-null) or arrow function. */
    void closure(FunctionDecl d, List<ClosureUse> uses) {
        Scope s = g.sema.scopeOf(d);
        b.newInit(Rt.CLOSURE_NEW);
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
        g.objects.pushThisOrStatic();
        if (d.isStatic()) b.call(ObjRt.STATIC_OF);
        b.call(Rt.CLOSURE_NEW);
    }

    static Class<?> arrayClass() { return PhpArray.class; }
}
