package phpgoc.compiler.codegen;

import java.util.List;
import phpgoc.ast.Arg;
import phpgoc.ast.Expr;
import phpgoc.ast.Param;
import phpgoc.compiler.emit.Call;
import phpgoc.compiler.sema.Scope;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.ScopeFunctions;

/**
 * func_get_args(), func_get_arg() and func_num_args() as intrinsics over the calling function's
 * parameters: their current values, the bits of those that took their default (not passed), and
 * the extra arguments, which such a function takes in its declared variadic parameter or else a
 * hidden one ({@link Scope#hiddenRest}). In the global scope they throw php's Error.
 */
final class FuncArgsGen {
    static final Call NUM = Call.of(ScopeFunctions.class, "funcNumArgs", Object[].class, int.class, PhpArray.class);
    static final Call GET_ALL = Call.of(ScopeFunctions.class, "funcGetArgs", Object[].class, int.class, PhpArray.class);
    static final Call GET_ONE = Call.of(ScopeFunctions.class, "funcGetArg", Object[].class, int.class, PhpArray.class, Object.class);
    static final Call OUTSIDE = Call.of(ScopeFunctions.class, "outsideFunction", String.class);

    private FuncArgsGen() {}

    static boolean isOne(String lower) {
        return lower.equals("func_get_args") || lower.equals("func_get_arg") || lower.equals("func_num_args");
    }

    /** Generates the call; false if it is not one of them with its exact arity (left to the generic path). */
    static boolean gen(Gen g, String lower, Expr.Call c) {
        if (!isOne(lower)) return false;
        List<Arg> args = c.args();
        for (Arg a : args) if (a.spread() || a.name() != null) return false;
        if (args.size() != (lower.equals("func_get_arg") ? 1 : 0)) return false;
        Builder b = g.b;
        Scope s = g.scope;
        if (s.kind == Scope.Kind.TOP) {
            // evaluated for the frame php shows: func_get_arg(0)
            int kept = b.newTemp(Object[].class);
            b.newObjectArray(args.size());
            for (int i = 0; i < args.size(); i++) {
                g.expr.gen(args.get(i).value());
                b.arrayStoreAt(i);
            }
            b.store(kept);
            b.line(c.span().line());
            b.pushString(lower);
            b.call(OUTSIDE);
            g.throwWithBuiltinFrame(lower, () -> b.load(kept), c.span().line());
            b.pushNull();
            return true;
        }
        List<Param> ps = s.decl.params();
        boolean declaredRest = !s.hiddenRest();
        int fixed = declaredRest ? ps.size() - 1 : ps.size();
        b.newObjectArray(fixed);
        for (int i = 0; i < fixed; i++) {
            b.loadVarRaw(ps.get(i).name());
            b.arrayStoreAt(i);
        }
        if (g.defaultedLocal >= 0) b.load(g.defaultedLocal); else b.pushInt(0);
        b.loadArg(g.firstArg + fixed);
        b.checkCast(PhpArray.class);
        switch (lower) {
            case "func_num_args" -> {
                b.call(NUM);
                b.boxReturn(org.objectweb.asm.Type.LONG_TYPE);
            }
            case "func_get_args" -> b.call(GET_ALL);
            default -> {
                int kept = b.newTemp();
                g.expr.gen(args.get(0).value());
                b.dup();
                b.store(kept);
                b.line(c.span().line());
                // its errors get func_get_arg()'s frame in traces, as a library function's do
                org.objectweb.asm.Label start = b.label(), end = b.label(), handler = b.label(), after = b.label();
                b.mark(start);
                b.call(GET_ONE);
                b.mark(end);
                b.jump(after);
                b.mark(handler);
                g.throwWithBuiltinFrame(lower, () -> {
                    b.newObjectArray(1);
                    b.load(kept);
                    b.arrayStoreAt(0);
                }, c.span().line());
                b.mark(after);
                b.catchPhpError(start, end, handler);
            }
        }
        return true;
    }
}
