package phpgoc.runtime.ext.reflection;

import static phpgoc.runtime.BuiltinMethods.params;
import static phpgoc.runtime.ext.reflection.Reflections.PUB;
import static phpgoc.runtime.ext.reflection.Reflections.h;
import static phpgoc.runtime.ext.reflection.Reflections.target;

import java.lang.invoke.MethodHandles;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.SourceLocation;
import phpgoc.runtime.Values;
import phpgoc.runtime.fiber.Fibers;

/**
 * {@code ReflectionFiber}: the fiber, its callable, and where it runs: the innermost PHP frame of
 * its thread (read off that thread's stack while it is suspended or waits for another fiber).
 */
final class RFiber {
    private RFiber() {}

    private static final MethodHandles.Lookup L = MethodHandles.lookup();

    static void declare() {
        Reflections.cls("ReflectionFiber", ClassTemplate.KIND_CLASS, Reflections.FINAL, null)
                .method("__construct", PUB, h(L, "construct", 1), params("fiber"))
                .method("getFiber", PUB, h(L, "getFiber", 0), params())
                .method("getCallable", PUB, h(L, "getCallable", 0), params())
                .method("getExecutingFile", PUB, h(L, "getExecutingFile", 0), params())
                .method("getExecutingLine", PUB, h(L, "getExecutingLine", 0), params());
    }

    static Object construct(Context ctx, ClassTemplate self, Object t, Object fiber) {
        Object f = Values.deref(fiber);
        if (!Fibers.isFiber(f)) {
            throw new PhpError("TypeError", "ReflectionFiber::__construct(): Argument #1 ($fiber) must be of type Fiber, "
                    + Values.typeName(f) + " given");
        }
        Reflections.setTarget(t, f);
        return null;
    }

    private static PhpObject fiber(Object self) { return target(self, PhpObject.class); }

    static Object getFiber(Context ctx, ClassTemplate self, Object t) { return fiber(t); }

    static Object getCallable(Context ctx, ClassTemplate self, Object t) {
        PhpObject f = fiber(t);
        if (Fibers.terminated(f)) throw new PhpError("Error", "Cannot fetch the callable from a fiber that has terminated");
        return Fibers.callable(f);
    }

    static Object getExecutingFile(Context ctx, ClassTemplate self, Object t) { return where(ctx, fiber(t)).file(); }

    static Object getExecutingLine(Context ctx, ClassTemplate self, Object t) { return (long) where(ctx, fiber(t)).line(); }

    private static SourceLocation where(Context ctx, PhpObject f) {
        if (!Fibers.live(f)) {
            throw new PhpError("Error", "Cannot fetch information from a fiber that has not been started or is terminated");
        }
        Thread th = Fibers.parkedThread(ctx, f);
        if (th == null) return SourceLocation.current();
        for (StackTraceElement e : th.getStackTrace()) {
            if (e.getClassName().startsWith(SourceLocation.GENERATED_PACKAGE) && e.getLineNumber() > 0) {
                return new SourceLocation(e.getFileName(), e.getLineNumber());
            }
        }
        return new SourceLocation("Unknown", 0);
    }
}
