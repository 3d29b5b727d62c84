package phpgoc.compiler.codegen;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Label;
import org.objectweb.asm.Type;
import phpgoc.ast.Arg;
import phpgoc.ast.ArrayItem;
import phpgoc.ast.Expr;
import phpgoc.compiler.emit.Call;
import phpgoc.runtime.Context;
import phpgoc.runtime.Ref;
import phpgoc.runtime.ext.Builtins;

/**
 * Direct calls of library functions, for {@link CallGen}: a {@link Builtins} overload picked by
 * argument count and called with a handler adding its frame to traces, and the intrinsics
 * ({@code define}, {@code constant}, {@code get_object_vars}, ...) compiled inline.
 */
final class BuiltinCallGen {
    /** Functions whose by-reference parameters also accept values (php's ZEND_SEND_PREFER_REF). */
    private static final java.util.Set<String> PREFER_REF = java.util.Set.of("array_multisort");

    private final Gen g;
    private final Builder b;

    BuiltinCallGen(Gen g) {
        this.g = g;
        this.b = g.b;
    }

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
    /** Library functions that call a callback argument and never keep it (a closure literal there dies after the call). */
    private static final java.util.Set<String> CALLBACK_USERS = java.util.Set.of("array_map", "array_filter", "array_reduce",
            "array_walk", "array_walk_recursive", "usort", "uasort", "uksort", "call_user_func", "call_user_func_array",
            "preg_replace_callback", "iterator_apply", "is_callable");

    boolean builtinCall(String lower, Expr.Call c, boolean named, boolean opcodes) {
        if (opcodes && lower.equals("array_key_exists") && !named && c.args().size() == 2) {
            // php's ZEND_ARRAY_KEY_EXISTS opcode: no frame, and its own error for an array key
            g.expr.gen(c.args().get(0).value());
            g.expr.gen(c.args().get(1).value());
            b.line(c.span().line());
            b.call(Rt.KEY_EXISTS_OP);
            b.boxBoolean();
            return true;
        }
        if (!named && scoped(lower, c)) return true;
        if (opcodes && !named && callUserLiteral(lower, c)) return true;
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
            g.throwWithBuiltinFrame(lower, () -> b.load(arr), c.span().line());
            b.pushNull();
            return true;
        }
        Class<?>[] pt = m.getParameterTypes();
        for (Class<?> t : pt) {
            if (t != Object.class && t != Ref.class && t != Object[].class && t != Context.class) return false;
        }
        boolean traced = named || !opcodes || !frameless(lower, n);
        List<Integer> kept = new ArrayList<>();
        List<Integer> temporaries = new ArrayList<>(), closures = new ArrayList<>();
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
            } else if (pt[j] == Ref.class && PREFER_REF.contains(lower) && !(a instanceof Expr.Var
                    || a instanceof Expr.Dim || a instanceof Expr.VarVar)) {
                // php's ZEND_SEND_PREFER_REF: a value (SORT_DESC, a call's result) goes in a fresh box
                b.newInit(Rt.REF_NEW_V);
                g.expr.gen(a);
                b.call(Rt.REF_NEW_V);
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
                if ((a instanceof Expr.Closure || a instanceof Expr.ArrowFn) && CALLBACK_USERS.contains(lower)) {
                    // a closure literal the function only calls: it dies after the call
                    int t = b.newTemp();
                    b.dup();
                    b.store(t);
                    closures.add(t);
                } else if ((a instanceof Expr.New || a instanceof Expr.Clone) && phpgoc.compiler.sema.Ownership.reader(lower)) {
                    // a temporary object the function only reads: destroyed after the call
                    int t = b.newTemp();
                    b.dup();
                    b.store(t);
                    temporaries.add(t);
                }
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
        // php compiles these to a call from this file, so their callback's arguments are checked as here
        boolean callsHere = lower.equals("call_user_func") || lower.equals("call_user_func_array");
        boolean self = CALLBACK_USERS.contains(lower) && callerThis(true);
        if (callsHere) g.strictCall(true);
        b.line(c.span().line());
        if (traced) {
            tracedCall(Call.of(m), lower, kept, c.span().line(), g.sema.keepsCallFrames && inBacktraces(m) ? m.getName() : null);
        } else if (callsHere) {
            // a site caching the callback's resolution (runtime.link.ValueCallSite)
            b.emitter().visitInvokeDynamicInsn(lower.equals("call_user_func") ? "callUser:" : "callUserArray:",
                    Type.getMethodDescriptor(m), ObjRt.BOOTSTRAP);
        } else {
            b.call(Call.of(m));
        }
        if (callsHere) g.strictCall(false);
        if (self) callerThis(false);
        if (g.unit.strictTypes) strictArgs(false);
        b.boxReturn(Type.getReturnType(m));
        for (int t : temporaries) {
            b.loadCtx();
            b.load(t);
            b.call(Rt.RELEASE);
        }
        for (int t : closures) {
            b.loadCtx();
            b.load(t);
            b.call(Rt.RELEASE_CLOSURE);
        }
        return true;
    }

    /**
     * Library functions whose result depends on the calling code's class, called with it:
     * {@code get_class()} and {@code get_parent_class()} without arguments, {@code get_class_methods}.
     * (Called dynamically they see no class scope.)
     */
    private boolean scoped(String lower, Expr.Call c) {
        List<Arg> a = c.args();
        switch (lower) {
            case "get_class", "get_parent_class" -> {
                if (!a.isEmpty()) return false;
                b.loadCtx();
                g.objects.pushScope();
                b.line(c.span().line());
                b.call(lower.equals("get_class") ? ObjRt.SCOPE_CLASS : ObjRt.SCOPE_PARENT);
            }
            case "get_class_methods" -> {
                if (a.size() != 1 || a.get(0).spread()) return false;
                b.loadCtx();
                g.expr.gen(a.get(0).value());
                List<Integer> kept = List.of(keep());
                g.objects.pushScope();
                b.line(c.span().line());
                tracedCall(ObjRt.CLASS_METHODS, lower, kept, c.span().line(), null);
            }
            default -> { return false; }
        }
        return true;
    }

    /**
     * Calls library function {@code name} ({@code call}), covered by a handler that adds its frame,
     * with the arguments kept in {@code kept}, to a PhpError's trace. The handler stays inside any
     * enclosing range (so '@' and try still see the error): only the jump over it is extra. With a
     * {@code shadow} name (the Java method's, in a file that keeps shadow frames) the call also has a
     * shadow frame ({@code runtime.CallFrames}), so a backtrace taken in a callback shows its arguments.
     */
    private void tracedCall(Call call, String name, List<Integer> kept, int line, String shadow) {
        Label start = b.label(), end = b.label(), handler = b.label(), handlerEnd = b.label(), after = b.label();
        if (shadow != null) {
            b.loadCtx();
            keptArray(kept);
            b.pushString(shadow);
            b.call(Rt.CALL_FRAME_PUSH_BUILTIN);
        }
        b.mark(start);
        b.call(call);
        b.mark(end);
        if (shadow != null) {
            b.loadCtx();
            b.call(Rt.CALL_FRAME_POP);
        }
        b.jump(after);
        b.mark(handler);
        g.throwWithBuiltinFrame(name, () -> keptArray(kept), line);
        b.mark(handlerEnd);
        b.catchPhpError(start, end, handler);
        // after it in the exception table: the shadow frame is popped when anything leaves the call,
        // the trace handler's rethrow included
        if (shadow != null) b.popCallFrameOnThrow(start, handlerEnd);
        b.mark(after);
    }

    /** Whether a backtrace shows library function {@code m}'s frame when it calls back (runtime's SourceLocation.trace). */
    private static boolean inBacktraces(Method m) {
        String cls = m.getDeclaringClass().getName();
        return cls.startsWith("phpgoc.runtime.ext.") && !cls.endsWith(".Backtraces") && Builtins.exists(m.getName());
    }

    private void keptArray(List<Integer> kept) {
        b.newObjectArray(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            b.load(kept.get(i));
            b.arrayStoreAt(i);
        }
    }

    /** A strict_types file brackets each builtin call with {@code ctx.strictArgs} (see {@code Args}). */
    /**
     * {@code call_user_func_array($f, [a, b])} with a literal list of plain values, and
     * {@code call_user_func([$o, 'm'], ...)} or {@code call_user_func_array([$o, 'm'], ...)} with a
     * literal pair as the callback: sites of {@code runtime.link.ValueCallSite} that take the
     * values as they are ({@code callUserList:}, {@code callUserPair:}, {@code callUserListPair:})
     * and make the arrays only when the callback is not one they remember. False (nothing emitted)
     * for anything else: keys, spreads, references, a callback that is a temporary to release.
     */
    private boolean callUserLiteral(String lower, Expr.Call c) {
        List<Arg> args = c.args();
        for (Arg a : args) if (a.spread()) return false;
        boolean array = lower.equals("call_user_func_array");
        if (array ? args.size() != 2 : !lower.equals("call_user_func") || args.isEmpty()) return false;
        Expr f = args.get(0).value();
        if (f instanceof Expr.Closure || f instanceof Expr.ArrowFn || f instanceof Expr.New || f instanceof Expr.Clone) return false;
        List<ArrayItem> pair = plainList(f);
        if (pair != null && pair.size() != 2) pair = null;
        List<ArrayItem> list = array ? plainList(args.get(1).value()) : null;
        if (array ? list == null : pair == null) return false; // ([$o, 'm'], $args) stays with the usual site
        b.loadCtx();
        if (pair != null) {
            g.expr.genCopy(pair.get(0).value());
            g.expr.genCopy(pair.get(1).value());
        } else {
            g.expr.gen(f);
        }
        String site;
        if (list != null) {
            b.newObjectArray(list.size());
            for (int i = 0; i < list.size(); i++) {
                g.expr.genCopy(list.get(i).value());
                b.arrayStoreAt(i);
            }
            site = pair != null ? "callUserListPair:" : "callUserList:";
        } else {
            b.newObjectArray(args.size() - 1);
            for (int i = 1; i < args.size(); i++) {
                g.expr.gen(args.get(i).value());
                b.arrayStoreAt(i - 1);
            }
            site = "callUserPair:";
        }
        if (g.unit.strictTypes) strictArgs(true);
        boolean self = callerThis(true);
        g.strictCall(true);
        b.line(c.span().line());
        b.emitter().visitInvokeDynamicInsn(site, pair != null ? PAIR_DESC : CallGen.CALL_VALUE_DESC, ObjRt.BOOTSTRAP);
        g.strictCall(false);
        if (self) callerThis(false);
        if (g.unit.strictTypes) strictArgs(false);
        return true;
    }

    /**
     * Around a call of a library function that takes a callback, in code with a {@code $this}
     * (methods, closures in classes): sets (or clears) {@code Context.callerThis}, which php binds a
     * non-static method named with its class to ({@code 'A::m'}, {@code ['A', 'm']}, {@code
     * 'parent::m'}) when {@code $this} is an instance of it. Returns whether this code has one.
     */
    private boolean callerThis(boolean set) {
        phpgoc.compiler.sema.Scope s = g.scope;
        boolean has = s.kind == phpgoc.compiler.sema.Scope.Kind.METHOD && !s.decl.isStatic() || g.objects.inClosure() && s.classDecl != null;
        if (!has) return false;
        b.loadCtx();
        if (set) g.objects.pushThisOrStatic(); else b.pushNull();
        b.putField(Rt.CTX_CALLER_THIS);
        return true;
    }

    /** {@code (Context, Object o, Object m, Object[] args)Object}: the sites with a literal pair as the callback. */
    private static final String PAIR_DESC = "(" + ObjRt.CTX + "Ljava/lang/Object;Ljava/lang/Object;[Ljava/lang/Object;)Ljava/lang/Object;";

    /** The items of a literal array of plain values (no keys, references or spreads), else null. */
    private static List<ArrayItem> plainList(Expr e) {
        if (!(e instanceof Expr.ArrayLit l)) return null;
        for (ArrayItem it : l.items()) {
            if (it == null || it.key() != null || it.byRef() || it.spread()) return null;
        }
        return l.items();
    }

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

    boolean intrinsic(String lower, Expr.Call c) {
        List<Arg> a = c.args();
        switch (lower) {
            case "define" -> {
                if (a.size() != 2) return false;
                b.loadCtx();
                g.expr.gen(a.get(0).value());
                g.expr.genCopy(a.get(1).value());
                for (int i = 2; i < a.size(); i++) { g.expr.gen(a.get(i).value()); b.pop(); }
                b.line(c.span().line());
                b.call(Rt.DEFINE);
                b.boxBoolean();
            }
            case "defined" -> {
                if (a.size() != 1) return false;
                b.loadCtx();
                g.expr.gen(a.get(0).value());
                b.call(Rt.DEFINED);
                b.boxBoolean();
            }
            case "constant" -> {
                if (a.size() != 1) return false;
                b.loadCtx();
                g.expr.gen(a.get(0).value());
                List<Integer> kept = List.of(keep());
                b.call(Rt.TO_STR);
                g.objects.pushScope();
                g.objects.pushThisOrStatic();
                b.line(c.span().line());
                tracedCall(Rt.CONSTANT_SCOPED, lower, kept, c.span().line(), null);
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
            case "forward_static_call", "forward_static_call_array" -> {
                boolean array = lower.endsWith("_array");
                if (array ? a.size() != 2 : a.isEmpty()) return false;
                // the callable runs with the caller's called class when that is a subclass of the callable's class
                b.loadCtx();
                g.objects.pushScope();
                g.objects.pushThisOrStatic();
                g.expr.gen(a.get(0).value());
                if (array) {
                    g.expr.gen(a.get(1).value());
                } else {
                    b.newObjectArray(a.size() - 1);
                    for (int i = 1; i < a.size(); i++) {
                        g.expr.genCopy(a.get(i).value());
                        b.arrayStoreAt(i - 1);
                    }
                }
                b.line(c.span().line());
                b.call(array ? ObjRt.FORWARD_STATIC_CALL_ARRAY : ObjRt.FORWARD_STATIC_CALL);
            }
            default -> { return false; }
        }
        return true;
    }
}
