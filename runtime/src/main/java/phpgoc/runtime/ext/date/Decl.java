package phpgoc.runtime.ext.date;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.ParamInfo;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/** Declaring the date classes (as ext.spl's Decl): bodies are {@code (Context, ClassTemplate, Object this, args...)Object}. */
final class Decl {
    private Decl() {}

    static final int PUB = ClassTemplate.PUBLIC, STATIC = ClassTemplate.PUBLIC | ClassTemplate.STATIC;

    static ClassTemplate cls(String name, MethodHandle init, String... interfaces) {
        return new ClassTemplate(name, ClassTemplate.KIND_CLASS, 0, null, interfaces, init, null, 0);
    }

    /**
     * The body {@code owner.name} taking {@code n} PHP arguments; java.time's range and arithmetic
     * failures (a year beyond +-999999999, a timestamp overflowing) become php-visible ValueErrors.
     */
    static MethodHandle h(MethodHandles.Lookup owner, String name, int n) {
        MethodHandle body = phpgoc.runtime.BuiltinMethods.body(owner, name, n);
        MethodHandle handler = MethodHandles.dropArguments(OUT_OF_RANGE, 1, body.type().parameterList());
        return MethodHandles.catchException(body, RuntimeException.class, handler);
    }

    private static final MethodHandle OUT_OF_RANGE;

    static {
        try {
            OUT_OF_RANGE = MethodHandles.lookup().findStatic(Decl.class, "outOfRange",
                    MethodType.methodType(Object.class, RuntimeException.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static Object outOfRange(RuntimeException e) {
        throw rangeError(e);
    }

    /** {@code e} as php sees it: java.time's failures are a ValueError, anything else (PhpError) unchanged. */
    static RuntimeException rangeError(RuntimeException e) {
        if (e instanceof java.time.DateTimeException || e instanceof ArithmeticException || e instanceof NumberFormatException) {
            return new PhpError("ValueError", "Date out of range (years -999999999 to 999999999)");
        }
        return e;
    }

    /** Runs {@code f} with java.time's failures turned into php's ValueError (for the procedural aliases). */
    static Object guard(java.util.function.Supplier<Object> f) {
        try {
            return f.get();
        } catch (RuntimeException e) {
            throw rangeError(e);
        }
    }

    static MethodHandle init(MethodHandles.Lookup owner, String name) {
        try {
            return owner.findStatic(owner.lookupClass(), name, MethodType.methodType(Object.class, Context.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static ParamInfo[] params(String... names) { return phpgoc.runtime.BuiltinMethods.params(names); }

    /** The class a static method was called on ({@code static}), or {@code dflt}. */
    static PhpClass called(Context ctx, Object t, String dflt) {
        if (t instanceof PhpClass c) return c;
        if (t instanceof PhpObject o) return o.cls;
        return ctx.findClass(dflt);
    }

    /** Whether an optional argument was left out (or passed null). */
    static boolean absent(Object v) { return v == Values.UNDEF || Values.deref(v) == null; }

    /** The object argument {@code v} of class {@code lower}, or php's TypeError. */
    static PhpObject obj(Object v, String lower, String type, String fn, int n, String param) {
        v = Values.deref(v);
        if (v instanceof PhpObject o && o.cls.isA(lower)) return o;
        throw new PhpError("TypeError", fn + "(): Argument #" + n + " ($" + param + ") must be of type " + type + ", "
                + Values.typeName(v) + " given");
    }
}
