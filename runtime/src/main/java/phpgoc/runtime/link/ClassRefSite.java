package phpgoc.runtime.link;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.ref.WeakReference;
import phpgoc.runtime.Classes;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpClass;

/**
 * A {@code classRef:A} site: the class a literal name denotes ({@code new A}, {@code A::m()},
 * {@code A::$x}, {@code A::C}), remembered per site for the context that last asked. A context
 * never rebinds a declared name, so the answer stays valid; only a found class is remembered (an
 * undeclared one runs the autoloaders and the error each time, as php does). Weakly held: a
 * JVM-wide site must not keep a finished run's context alive.
 */
final class ClassRefSite {
    static final MethodHandle GET;
    private static final WeakReference<PhpClass> NONE = new WeakReference<>(null);

    static {
        try {
            GET = MethodHandles.lookup().findStatic(ClassRefSite.class, "get",
                    MethodType.methodType(PhpClass.class, ClassRefSite.class, Context.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String name;
    private WeakReference<PhpClass> last = NONE;

    ClassRefSite(String name) { this.name = name; }

    static PhpClass get(ClassRefSite s, Context ctx) {
        PhpClass c = s.last.get();
        if (c != null && c.context() == ctx) return c;
        c = Classes.lookup(ctx, s.name);
        s.last = new WeakReference<>(c);
        return c;
    }
}
