package phpgoc.runtime.ext.reflection;

import static phpgoc.runtime.BuiltinMethods.params;
import static phpgoc.runtime.ext.reflection.Reflections.PUB;
import static phpgoc.runtime.ext.reflection.Reflections.h;
import static phpgoc.runtime.ext.reflection.Reflections.target;

import java.lang.invoke.MethodHandles;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Closure;
import phpgoc.runtime.Context;
import phpgoc.runtime.Generator;
import phpgoc.runtime.Introspect;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpFunction;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/**
 * {@code ReflectionGenerator}: what a generator runs (its function, {@code $this}), where it is
 * suspended (the line its body recorded at its last suspension, see {@link Generator#line}) and
 * the {@code yield from} chain it delegates through.
 */
final class RGenerator {
    private RGenerator() {}

    private static final MethodHandles.Lookup L = MethodHandles.lookup();

    static void declare() {
        Reflections.cls("ReflectionGenerator", null)
                .method("__construct", PUB, h(L, "construct", 1), params("generator"))
                .method("getExecutingLine", PUB, h(L, "getExecutingLine", 0), params())
                .method("getExecutingFile", PUB, h(L, "getExecutingFile", 0), params())
                .method("getTrace", PUB, h(L, "getTrace", 1), params("?options"))
                .method("getFunction", PUB, h(L, "getFunction", 0), params())
                .method("getThis", PUB, h(L, "getThis", 0), params())
                .method("getExecutingGenerator", PUB, h(L, "getExecutingGenerator", 0), params());
    }

    static Object construct(Context ctx, ClassTemplate self, Object t, Object generator) {
        Object g = Values.deref(generator);
        if (!(g instanceof Generator gen)) {
            throw new PhpError("TypeError", "ReflectionGenerator::__construct(): Argument #1 ($generator) must be of type Generator, "
                    + Values.typeName(g) + " given");
        }
        if (gen.finished()) throw Reflections.fail("Cannot create ReflectionGenerator based on a terminated Generator");
        Reflections.setTarget(t, gen);
        return null;
    }

    /** The reflected generator; php's error once it finished. */
    private static Generator gen(Object self) {
        Generator g = target(self, Generator.class);
        if (g.finished()) throw Reflections.fail("Cannot fetch information from a terminated Generator");
        return g;
    }

    static Object getExecutingLine(Context ctx, ClassTemplate self, Object t) { return (long) gen(t).line; }

    static Object getExecutingFile(Context ctx, ClassTemplate self, Object t) { return RFunction.getFileName(ctx, null, function(ctx, gen(t))); }

    static Object getThis(Context ctx, ClassTemplate self, Object t) {
        return gen(t).thisOrClass() instanceof PhpObject o ? o : null;
    }

    static Object getExecutingGenerator(Context ctx, ClassTemplate self, Object t) { return gen(t).leaf(); }

    static Object getFunction(Context ctx, ClassTemplate self, Object t) {
        RFunction.Func f = func(ctx, gen(t));
        if (f.method() != null) return RFunction.methodObject(ctx, f.declaring(), f.method());
        PhpObject o = Reflections.make(ctx, "ReflectionFunction", f);
        Reflections.prop(ctx, o, "name", f.name());
        return o;
    }

    /** A ReflectionFunction object's state for the body of {@code g}. */
    private static PhpObject function(Context ctx, Generator g) { return Reflections.make(ctx, "ReflectionFunction", func(ctx, g)); }

    private static RFunction.Func func(Context ctx, Generator g) {
        if (g.owner() instanceof Closure c) return RFunction.ofClosure(ctx, c);
        if (g.owner() instanceof ClassTemplate tpl) {
            PhpClass cls = g.thisOrClass() instanceof PhpObject o ? o.cls : g.thisOrClass() instanceof PhpClass k ? k : ctx.classOf(tpl);
            MethodInfo m = Introspect.method(ctx.classOf(tpl), g.functionName());
            return RFunction.ofMethod(cls, m);
        }
        PhpFunction fn = ctx.findFunction(g.functionName());
        return RFunction.ofFunction(fn);
    }

    /**
     * php's generator trace: a frame per generator from the one running down to this one; each
     * but the outermost has the file and line of the generator delegating to it.
     */
    static Object getTrace(Context ctx, ClassTemplate self, Object t, Object options) {
        Generator root = gen(t);
        boolean withObject = (Reflections.num(options, 1) & 1) != 0;
        PhpArray out = new PhpArray();
        for (Generator g = root.leaf(); g != null; g = g == root ? null : g.delegatorOf(root)) {
            PhpArray frame = new PhpArray();
            Generator caller = g == root ? null : g.delegatorOf(root);
            if (caller != null) {
                frame.put("file", RFunction.getFileName(ctx, null, function(ctx, caller)));
                frame.put("line", (long) caller.line);
            }
            RFunction.Func f = func(ctx, g);
            frame.put("function", g.owner() instanceof Closure ? "{closure}" : f.name());
            if (f.method() != null) {
                frame.put("class", f.declaring().name);
                if (g.thisOrClass() instanceof PhpObject o) {
                    if (withObject) frame.put("object", o);
                    frame.put("type", "->");
                } else {
                    frame.put("type", "::");
                }
            }
            frame.put("args", g.traceArgsArray());
            out.append(frame);
        }
        return out;
    }
}
