package phpgoc.runtime.ext.spl;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.ParamInfo;

/**
 * Declaring SPL's built-in classes: method bodies are static Java methods
 * {@code (Context, ClassTemplate self, Object this, args...)Object}, parameters are named as php names them.
 */
final class Decl {
    private Decl() {}

    static final int PUB = ClassTemplate.PUBLIC, PRIV = ClassTemplate.PRIVATE;

    /** A class with no file (which makes its methods check argument counts as internal functions do). */
    static ClassTemplate cls(String name, String parent, MethodHandle init, String... interfaces) {
        return new ClassTemplate(name, ClassTemplate.KIND_CLASS, 0, parent, interfaces, init, null, 0);
    }

    /** The body {@code owner.name} taking {@code n} PHP arguments. */
    static MethodHandle h(MethodHandles.Lookup owner, String name, int n) { return phpgoc.runtime.BuiltinMethods.body(owner, name, n); }

    /** The initialiser evaluator {@code owner.name(Context, int)Object} (property defaults, constants). */
    static MethodHandle init(MethodHandles.Lookup owner, String name) {
        try {
            return owner.findStatic(owner.lookupClass(), name, MethodType.methodType(Object.class, Context.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Parameters by name; "?name" is optional. */
    static ParamInfo[] params(String... names) { return phpgoc.runtime.BuiltinMethods.params(names); }
}
