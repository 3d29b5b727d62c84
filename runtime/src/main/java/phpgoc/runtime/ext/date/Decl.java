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

    static MethodHandle h(MethodHandles.Lookup owner, String name, int n) { return phpgoc.runtime.BuiltinMethods.body(owner, name, n); }

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
