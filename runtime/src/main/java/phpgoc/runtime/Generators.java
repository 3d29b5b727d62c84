package phpgoc.runtime;

import static phpgoc.runtime.BuiltinMethods.params;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;

/** The built-in final class {@code Generator} (implements {@code Iterator}): its PHP methods over {@link Generator}. */
public final class Generators {
    private Generators() {}

    private static final int PUB = ClassTemplate.PUBLIC;

    public static final ClassTemplate TEMPLATE = new ClassTemplate("Generator", ClassTemplate.KIND_CLASS,
            ClassTemplate.FINAL, null, new String[] {"Iterator"}, null, null, 0);

    static {
        TEMPLATE.method("rewind", PUB, h("rewind", 0), params())
                .method("valid", PUB, h("valid", 0), params())
                .method("current", PUB, h("current", 0), params())
                .method("key", PUB, h("key", 0), params())
                .method("next", PUB, h("next", 0), params())
                .method("send", PUB, h("send", 1), params("value"))
                .method("throw", PUB, h("throwInto", 1), params("exception"))
                .method("getReturn", PUB, h("getReturn", 0), params());
    }

    private static MethodHandle h(String name, int n) { return BuiltinMethods.body(MethodHandles.lookup(), name, n); }

    static Object rewind(Context ctx, ClassTemplate self, Object g) { ((Generator) g).rewind(); return null; }
    static Object valid(Context ctx, ClassTemplate self, Object g) { return ((Generator) g).valid(); }
    static Object current(Context ctx, ClassTemplate self, Object g) { return ((Generator) g).current(); }
    static Object key(Context ctx, ClassTemplate self, Object g) { return ((Generator) g).key(); }
    static Object next(Context ctx, ClassTemplate self, Object g) { ((Generator) g).next(); return null; }
    static Object send(Context ctx, ClassTemplate self, Object g, Object v) { return ((Generator) g).send(v); }
    static Object throwInto(Context ctx, ClassTemplate self, Object g, Object e) { return ((Generator) g).throwException(e); }
    static Object getReturn(Context ctx, ClassTemplate self, Object g) { return ((Generator) g).getReturn(); }
}
