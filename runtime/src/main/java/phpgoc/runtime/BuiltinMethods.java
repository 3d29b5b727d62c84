package phpgoc.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * Method bodies of classes written in Java (Closure, the Throwables, WeakReference, SPL): static
 * methods {@code (Context, ClassTemplate self, Object this, args...)Object} found once, when the
 * class's template is built.
 */
public final class BuiltinMethods {
    private BuiltinMethods() {}

    /** The body {@code name} of the class {@code owner} looks up from, taking {@code n} PHP arguments. */
    public static MethodHandle body(MethodHandles.Lookup owner, String name, int n) {
        Class<?>[] ps = new Class<?>[3 + n];
        ps[0] = Context.class;
        ps[1] = ClassTemplate.class;
        for (int i = 2; i < ps.length; i++) ps[i] = Object.class;
        try {
            return owner.findStatic(owner.lookupClass(), name, MethodType.methodType(Object.class, ps));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Parameters by name as php names them: {@code "?name"} is optional, {@code "...name"} variadic. */
    public static ParamInfo[] params(String... names) {
        ParamInfo[] ps = new ParamInfo[names.length];
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            boolean variadic = n.startsWith("..."), optional = n.startsWith("?");
            ps[i] = new ParamInfo(n.substring(variadic ? 3 : optional ? 1 : 0), false, variadic, variadic || optional);
        }
        return ps;
    }
}
