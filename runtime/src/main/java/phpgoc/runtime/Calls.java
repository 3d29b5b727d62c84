package phpgoc.runtime;

import java.util.Locale;
import phpgoc.runtime.ext.Builtins;

/** Calls whose target is only known at run time: functions by name, and callable values. */
public final class Calls {
    private Calls() {}

    /**
     * {@code name(args)} for a function the compiler could not bind: user functions of the context
     * (case-insensitive), then builtins; else Error "Call to undefined function name()".
     * By-value parameters given a {@link Ref} receive its value: user functions' {@code invoke}
     * and builtins' dynamic adapters deref, so {@code args} is passed on as is.
     */
    public static Object callFunction(Context ctx, String name, Object[] args) {
        PhpFunction f = resolve(ctx, name);
        if (f == null) throw undefined(name, args);
        return f.call(ctx, args);
    }

    /** Error "Call to undefined function", or php's refusal to call compact() and co. dynamically. */
    static PhpError undefined(String name, Object[] args) {
        String n = name.startsWith("\\") ? name.substring(1) : name;
        if (ScopeFunctions.scopeFunction(n.toLowerCase(Locale.ROOT))) return ScopeFunctions.calledDynamically(n, args);
        return new PhpError("Error", "Call to undefined function " + name + "()");
    }

    /** {@code name(args)} with named arguments or unpacking: see {@link ArgList}. */
    public static Object callFunction(Context ctx, String name, ArgList args) {
        PhpFunction f = resolve(ctx, name);
        if (f == null) throw undefined(name, args.bind(NO_PARAMS));
        return f.call(ctx, args.bind(f));
    }

    /**
     * {@code f(args)} of an unqualified name in a namespace: the function {@code name} ({@code A\B\f})
     * if it exists, else the global {@code global} ({@code f}), as php's INIT_NS_FCALL_BY_NAME.
     */
    public static Object callFunction(Context ctx, String name, String global, Object[] args) {
        return nsFunction(ctx, name, global).call(ctx, args);
    }

    public static Object callFunction(Context ctx, String name, String global, ArgList args) {
        PhpFunction f = nsFunction(ctx, name, global);
        return f.call(ctx, args.bind(f));
    }

    private static PhpFunction nsFunction(Context ctx, String name, String global) {
        PhpFunction f = ctx.findFunction(name);
        if (f == null) f = resolve(ctx, global);
        if (f == null) throw new PhpError("Error", "Call to undefined function " + name + "()");
        return f;
    }

    /**
     * Whether the namespaced function {@code lowerName} ({@code a\strlen}) exists, so an unqualified
     * call in its namespace must not go to the library function of the same short name. One field
     * read until some namespaced function shadows a library function's name.
     */
    public static boolean shadowed(Context ctx, String lowerName) {
        return ctx.builtinShadowed && ctx.findFunction(lowerName) != null;
    }

    /** Whether a namespaced function called {@code shortLower} would shadow a library (or compiler-implemented) function. */
    static boolean isLibraryName(String shortLower) {
        return Builtins.exists(shortLower) || switch (shortLower) {
            case "define", "defined", "constant", "function_exists" -> true;
            default -> false;
        };
    }

    /**
     * {@code $r = &$f(args)}: a closure or named function returning by reference gives its Ref
     * (method callables keep theirs through {@link #callValue}).
     */
    public static Object callValueRef(Context ctx, Object callee, Object[] args) {
        Object c = callee instanceof Ref r ? r.get() : callee;
        if (c instanceof Closure cl) return cl.fn.callRef(ctx, args);
        if (Values.isString(c) && Convert.toStr(c).indexOf("::") < 0) {
            PhpFunction f = resolve(ctx, Convert.toStr(c));
            if (f != null) return f.callRef(ctx, args);
        }
        return callValue(ctx, callee, args);
    }

    /** {@code $r = &f(args)} of a function the compiler did not see declared. */
    public static Object callFunctionRef(Context ctx, String name, Object[] args) {
        PhpFunction f = resolve(ctx, name);
        if (f == null) throw undefined(name, args);
        return f.callRef(ctx, args);
    }

    /** {@code $f(args)} with named arguments or unpacking. */
    public static Object callValue(Context ctx, Object callee, ArgList args) {
        Object c = callee instanceof Ref r ? r.get() : callee;
        if (c instanceof Closure cl) return cl.fn.call(ctx, args.bind(cl.fn));
        if (c instanceof PhpFunction f) return f.call(ctx, args.bind(f));
        if (Values.isString(c) && Convert.toStr(c).indexOf("::") < 0) return callFunction(ctx, Convert.toStr(c), args);
        Callables.Resolved r = Callables.resolve(ctx, c);
        if (r != null && r.fn() != null) return r.fn().call(ctx, args.bind(r.fn()));
        return callValue(ctx, callee, args.bind(NO_PARAMS));
    }

    private static final PhpFunction NO_PARAMS = new PhpFunction("", new ParamInfo[0]) {
        @Override public Object call(Context ctx, Object[] args) { return null; }
    };

    /**
     * {@code $f(args)}: a Closure, a string naming a function, a method callable; or the function
     * a library function resolved from its callback argument (never a PHP value).
     */
    public static Object callValue(Context ctx, Object callee, Object[] args) {
        Object c = callee instanceof Ref r ? r.get() : callee;
        if (c instanceof Closure cl) return cl.fn.call(ctx, args);
        if (c instanceof PhpFunction f) return f.call(ctx, args); // a callable a library function resolved
        if (!(c instanceof PhpArray) || ((PhpArray) c).size() == 2) {
            Callables.Resolved r = Callables.resolve(ctx, c);
            if (r != null && r.fn() != null) return r.fn().call(ctx, args);
            PhpError e = r == null ? null : callError(r.why());
            if (e != null) throw e;
        }
        if (Values.isString(c)) {
            String s = Convert.toStr(c);
            int sep = s.indexOf("::");
            if (sep >= 0) throw classNotFound(s.substring(0, sep));
            return callFunction(ctx, s, args);
        }
        if (c instanceof PhpArray a) {
            if (a.size() != 2) throw new PhpError("Error", "Array callback must have exactly two elements");
            if (!a.containsKey(0L) || !a.containsKey(1L)) {
                throw new PhpError("Error", "Array callback has to contain indices 0 and 1");
            }
            Object target = a.lookup(0L);
            if (Values.isString(target)) throw classNotFound(Convert.toStr(target));
            throw new PhpError("Error", "First array member is not a valid class name or object");
        }
        if (c instanceof PhpObject) throw new PhpError("Error", "Object of type " + Values.typeName(c) + " is not callable");
        throw new PhpError("Error", "Value of type " + Values.typeName(c) + " is not callable");
    }

    /** The Error calling a method callable that did not resolve throws (php's wording for calls), or null. */
    static PhpError callError(String why) {
        if (why == null) return null;
        if (why.startsWith("class ") && why.contains(" does not have a method \"")) {
            int at = why.indexOf(" does not have");
            String m = why.substring(why.indexOf('"') + 1, why.length() - 1);
            return new PhpError("Error", "Call to undefined method " + why.substring(6, at) + "::" + m + "()");
        }
        if (why.startsWith("non-static method ")) return new PhpError("Error", "N" + why.substring(1));
        if (why.startsWith("cannot access private method ") || why.startsWith("cannot access protected method ")) {
            return new PhpError("Error", "Call to " + why.substring("cannot access ".length()) + " from global scope");
        }
        return null;
    }

    /** Whether a call of {@code name} passes argument {@code i} by reference (false if unknown). */
    public static boolean isByRefArg(Context ctx, String name, int i) {
        PhpFunction f = resolve(ctx, name);
        return f != null && f.isByRefParam(i);
    }

    /** The user function or builtin called {@code name} (a leading '\' ignored), or null. */
    public static PhpFunction lookup(Context ctx, String name) { return resolve(ctx, name); }

    /** The user function or builtin called {@code name} (a leading '\' ignored), or null. */
    static PhpFunction resolve(Context ctx, String name) {
        String n = name.startsWith("\\") ? name.substring(1) : name;
        PhpFunction f = ctx.findFunction(n);
        if (f != null) return f;
        String lower = n.toLowerCase(Locale.ROOT);
        f = Builtins.function(lower);
        return f != null || !ScopeFunctions.scopeFunction(lower) ? f : ScopeFunctions.dynamicStub(lower);
    }

    // Classes are a later issue: every class name is unknown for now.
    private static PhpError classNotFound(String name) {
        return new PhpError("Error", "Class \"" + name + "\" not found");
    }
}
