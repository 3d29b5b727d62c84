package phpgoc.runtime.ext.reflection;

import static phpgoc.runtime.BuiltinMethods.params;
import static phpgoc.runtime.ext.reflection.Reflections.PUB;
import static phpgoc.runtime.ext.reflection.Reflections.h;
import static phpgoc.runtime.ext.reflection.Reflections.target;

import java.lang.invoke.MethodHandles;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Closure;
import phpgoc.runtime.Context;
import phpgoc.runtime.Introspect;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.UserFunction;

/**
 * The export text of functions and methods ({@code __toString()}, php's {@code _function_string})
 * and {@code ReflectionMethod::getPrototype()}, whose class the text names.
 */
final class RFunctionText {
    private RFunctionText() {}

    private static final MethodHandles.Lookup L = MethodHandles.lookup();

    static void declare(ClassTemplate fn, ClassTemplate method) {
        fn.method("__toString", PUB, h(L, "fnToString", 0), params());
        method.method("__toString", PUB, h(L, "mToString", 0), params())
                .method("getPrototype", PUB, h(L, "getPrototype", 0), params())
                .method("hasPrototype", PUB, h(L, "hasPrototype", 0), params());
    }

    static Object fnToString(Context ctx, ClassTemplate self, Object t) {
        StringBuilder sb = new StringBuilder();
        text(sb, target(t, RFunction.Func.class), null, "");
        return sb.toString();
    }

    static Object mToString(Context ctx, ClassTemplate self, Object t) {
        StringBuilder sb = new StringBuilder();
        RFunction.Func f = target(t, RFunction.Func.class);
        text(sb, f, f.cls(), "");
        return sb.toString();
    }

    /** A method's prototype: the method it overrides or implements (php's {@code common.prototype}). */
    record Proto(PhpClass cls, MethodInfo method) {}

    /**
     * php sets a method's prototype when it is inherited or implemented: the parent's method's own
     * prototype, else that method (constructors only when it is abstract); then for each interface
     * the class itself adds, the interface's method. Private parent methods give none.
     */
    static Proto prototype(PhpClass declaring, MethodInfo m) {
        String name = m.name;
        Proto p = null;
        PhpClass parent = declaring.parent;
        MethodInfo pm = parent == null ? null : Introspect.method(parent, name);
        if (pm != null && !pm.isPrivate()) {
            PhpClass pd = Introspect.declaringClass(parent, pm);
            Proto up = prototype(pd, pm);
            boolean ctor = name.equalsIgnoreCase("__construct");
            Proto cand = up != null ? up : new Proto(pd, pm);
            if (!ctor || cand.method.isAbstract()) p = cand;
        }
        for (PhpClass i : Introspect.interfaces(declaring)) {
            if (parent != null && Introspect.interfaces(parent).contains(i)) continue;
            MethodInfo im = Introspect.method(i, name);
            if (im == null || i == declaring) continue;
            PhpClass id = Introspect.declaringClass(i, im);
            Proto up = prototype(id, im);
            p = up != null ? up : new Proto(id, im);
        }
        return p;
    }

    private static Proto prototypeOf(RFunction.Func f) {
        return f.method() == null ? null : prototype(f.declaring(), f.method());
    }

    static Object getPrototype(Context ctx, ClassTemplate self, Object t) {
        RFunction.Func f = target(t, RFunction.Func.class);
        Proto p = prototypeOf(f);
        if (p == null) {
            throw Reflections.fail("Method " + f.cls().name + "::" + f.name() + " does not have a prototype");
        }
        return RFunction.methodObject(ctx, p.cls, p.method);
    }

    static Object hasPrototype(Context ctx, ClassTemplate self, Object t) {
        return prototypeOf(target(t, RFunction.Func.class)) != null;
    }

    /** php's _function_string: {@code scope} the class a method was reflected through (null for ReflectionFunction). */
    static void text(StringBuilder sb, RFunction.Func f, PhpClass scope, String indent) {
        Meta.Fn meta = f.meta();
        if (meta != null && meta.doc() != null) sb.append(indent).append(meta.doc()).append('\n');
        Closure c = f.closure();
        boolean closure = c != null;
        sb.append(indent).append(closure ? "Closure [ " : f.method() != null ? "Method [ " : "Function [ ");
        sb.append(f.internal() ? "<internal" : "<user");
        MethodInfo m = f.method();
        if (m != null && scope != null) {
            PhpClass d = f.declaring();
            if (d != scope) {
                sb.append(", inherits ").append(d.name);
            } else if (d.parent != null) {
                MethodInfo o = Introspect.method(d.parent, m.name);
                if (o != null && !o.isPrivate()) sb.append(", overwrites ").append(Introspect.declaringClass(d.parent, o).name);
            }
        }
        Proto p = prototypeOf(f);
        if (p != null) sb.append(", prototype ").append(p.cls.name);
        if (m != null && m.name.equalsIgnoreCase("__construct")) sb.append(", ctor");
        sb.append("> ");
        if (m != null) {
            if (m.isAbstract()) sb.append("abstract ");
            if ((m.flags & ClassTemplate.FINAL) != 0) sb.append("final ");
            if (m.isStatic()) sb.append("static ");
            sb.append(m.isPrivate() ? "private " : m.isProtected() ? "protected " : "public ").append("method ");
        } else {
            if (f.isStatic()) sb.append("static ");
            sb.append("function ");
        }
        if (meta != null && meta.has(Meta.REF_RETURN)) sb.append('&');
        sb.append(f.name()).append(" ] {\n");
        if (!f.internal()) sb.append(indent).append("  @@ ").append(file(f)).append(' ').append(meta.startLine()).append(" - ")
                .append(meta.endLine()).append('\n');
        String in = indent + "  ";
        if (closure) bound(sb, f, c.target() == null && c.method() == null ? c : null, in);
        boolean hasReturn = meta != null && !meta.returnType().isEmpty();
        if (f.internal() || f.params().length > 0 || hasReturn) {
            sb.append('\n').append(in).append("- Parameters [").append(f.params().length).append("] {\n");
            for (int i = 0; i < f.params().length; i++) {
                sb.append(in).append("  ").append(RParam.text(new RParam.Param(f, i))).append('\n');
            }
            sb.append(in).append("}\n");
        }
        if (hasReturn) sb.append("  ").append(indent).append("- Return [ ").append(meta.returnType()).append(" ]\n");
        sb.append(indent).append("}\n");
    }

    private static String file(RFunction.Func f) {
        if (f.method() != null) return f.method().metaTemplate().file;
        if (f.fn() instanceof UserFunction u) return u.file;
        return f.closure().unit().path();
    }

    /**
     * A closure's captured and static variables (php's "Bound Variables", its static_variables
     * table); {@code c} null for a closure of a named function or method (its static variables only).
     */
    private static void bound(StringBuilder sb, RFunction.Func f, Closure c, String in) {
        int n = c == null || c.bound == null ? 0 : c.bound.length;
        int total = n + (f.meta() == null ? 0 : f.meta().statics().size());
        if (total == 0) return;
        sb.append('\n').append(in).append("- Bound Variables [").append(total).append("] {\n");
        int i = 0;
        for (; i < n; i++) sb.append(in).append("    Variable #").append(i).append(" [ $").append(c.uses()[i]).append(" ]\n");
        for (Meta.StaticVar v : f.meta().statics()) {
            sb.append(in).append("    Variable #").append(i++).append(" [ $").append(v.name()).append(" ]\n");
        }
        sb.append(in).append("}\n");
    }
}
