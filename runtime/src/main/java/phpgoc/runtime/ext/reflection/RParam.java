package phpgoc.runtime.ext.reflection;

import static phpgoc.runtime.BuiltinMethods.params;
import static phpgoc.runtime.ext.reflection.Reflections.PUB;
import static phpgoc.runtime.ext.reflection.Reflections.fail;
import static phpgoc.runtime.ext.reflection.Reflections.h;
import static phpgoc.runtime.ext.reflection.Reflections.target;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Closure;
import phpgoc.runtime.Context;
import phpgoc.runtime.Introspect;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.ParamInfo;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpFunction;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/** {@code ReflectionParameter} and the types: {@code ReflectionNamedType}, {@code ReflectionUnionType}, {@code ReflectionIntersectionType}. */
final class RParam {
    private RParam() {}

    static final MethodHandles.Lookup L = MethodHandles.lookup();

    /** Parameter {@code pos} of {@code fn}. */
    record Param(RFunction.Func fn, int pos) {
        ParamInfo info() { return fn.params()[pos]; }

        Meta.Param meta() { return fn.meta() == null ? null : fn.meta().params().get(pos); }
    }

    /** A declared type as php spells it ({@code ?int}, {@code A|B|null}, {@code A&B}). */
    record Type(String text) {}

    static void declare() {
        ClassTemplate p = Reflections.cls("ReflectionParameter", null, "Reflector");
        p.prop("name", PUB, -1);
        p.method("__construct", PUB, h(L, "construct", 2), params("function", "param"))
                .method("getName", PUB, h(L, "getName", 0), params())
                .method("getPosition", PUB, h(L, "getPosition", 0), params())
                .method("getType", PUB, h(L, "getType", 0), params())
                .method("hasType", PUB, h(L, "hasType", 0), params())
                .method("allowsNull", PUB, h(L, "allowsNull", 0), params())
                .method("isOptional", PUB, h(L, "isOptional", 0), params())
                .method("isDefaultValueAvailable", PUB, h(L, "isDefaultValueAvailable", 0), params())
                .method("getDefaultValue", PUB, h(L, "getDefaultValue", 0), params())
                .method("isDefaultValueConstant", PUB, h(L, "isDefaultValueConstant", 0), params())
                .method("getDefaultValueConstantName", PUB, h(L, "getDefaultValueConstantName", 0), params())
                .method("isVariadic", PUB, h(L, "isVariadic", 0), params())
                .method("isPassedByReference", PUB, h(L, "isPassedByReference", 0), params())
                .method("canBePassedByValue", PUB, h(L, "canBePassedByValue", 0), params())
                .method("isPromoted", PUB, h(L, "isPromoted", 0), params())
                .method("isArray", PUB, h(L, "isArray", 0), params())
                .method("isCallable", PUB, h(L, "isCallable", 0), params())
                .method("getClass", PUB, h(L, "getClass", 0), params())
                .method("getAttributes", PUB, h(L, "getAttributes", 2), params("?name", "?flags"))
                .method("getDeclaringClass", PUB, h(L, "getDeclaringClass", 0), params())
                .method("getDeclaringFunction", PUB, h(L, "getDeclaringFunction", 0), params())
                .method("__toString", PUB, h(L, "toString", 0), params());
        ClassTemplate t = Reflections.cls("ReflectionType", ClassTemplate.KIND_CLASS, Reflections.ABS, null, "Stringable");
        t.method("allowsNull", PUB, h(L, "typeAllowsNull", 0), params())
                .method("__toString", PUB, h(L, "typeToString", 0), params());
        Reflections.cls("ReflectionNamedType", "ReflectionType")
                .method("getName", PUB, h(L, "typeGetName", 0), params())
                .method("isBuiltin", PUB, h(L, "typeIsBuiltin", 0), params());
        Reflections.cls("ReflectionUnionType", "ReflectionType").method("getTypes", PUB, h(L, "typeGetTypes", 0), params());
        Reflections.cls("ReflectionIntersectionType", "ReflectionType").method("getTypes", PUB, h(L, "typeGetTypes", 0), params());
    }

    static PhpObject make(Context ctx, RFunction.Func f, int pos) {
        PhpObject o = Reflections.make(ctx, "ReflectionParameter", new Param(f, pos));
        Reflections.prop(ctx, o, "name", f.params()[pos].name());
        return o;
    }

    private static Param p(Object self) { return target(self, Param.class); }

    static Object construct(Context ctx, ClassTemplate self, Object t, Object function, Object param) {
        Object fv = Values.deref(function);
        RFunction.Func f;
        if (fv instanceof PhpArray a) {
            PhpClass cls = RClass.classArg(ctx, a.lookup(0L));
            String mname = Reflections.str(a.lookup(1L));
            MethodInfo m = Introspect.method(cls, mname);
            if (m == null) throw fail("Method " + cls.name + "::" + mname + "() does not exist");
            f = RFunction.ofMethod(cls, m);
        } else if (fv instanceof Closure c) {
            f = RFunction.ofClosure(ctx, c);
        } else {
            String name = Reflections.str(fv);
            PhpFunction pf = ctx.findFunction(name);
            if (pf == null) pf = phpgoc.runtime.ext.Builtins.function(name.toLowerCase(Locale.ROOT));
            if (pf == null) throw fail("Function " + name + "() does not exist");
            f = RFunction.ofFunction(pf);
        }
        Object pv = Values.deref(param);
        int pos = -1;
        if (pv instanceof Long n) {
            if (n >= 0 && n < f.params().length) pos = (int) (long) n;
        } else {
            String n = Reflections.str(pv);
            for (int i = 0; i < f.params().length; i++) if (f.params()[i].name().equals(n)) pos = i;
        }
        if (pos < 0) throw fail("The parameter specified by its " + (pv instanceof Long ? "offset" : "name") + " could not be found");
        Reflections.setTarget(t, new Param(f, pos));
        Reflections.prop(ctx, t, "name", f.params()[pos].name());
        return null;
    }

    static Object getName(Context ctx, ClassTemplate self, Object t) { return p(t).info().name(); }

    static Object getPosition(Context ctx, ClassTemplate self, Object t) { return (long) p(t).pos; }

    private static String typeText(Param p) {
        Meta.Param m = p.meta();
        return m == null ? "" : m.type();
    }

    static Object getType(Context ctx, ClassTemplate self, Object t) { return type(ctx, typeText(p(t))); }

    static Object hasType(Context ctx, ClassTemplate self, Object t) { return !typeText(p(t)).isEmpty(); }

    static Object allowsNull(Context ctx, ClassTemplate self, Object t) {
        String s = typeText(p(t));
        return s.isEmpty() || nullable(s);
    }

    static Object isOptional(Context ctx, ClassTemplate self, Object t) {
        Param p = p(t);
        ParamInfo[] ps = p.fn.params();
        for (int i = p.pos; i < ps.length; i++) if (!ps[i].optional()) return false;
        return true;
    }

    static Object isDefaultValueAvailable(Context ctx, ClassTemplate self, Object t) {
        Meta.Param m = p(t).meta();
        return m != null && m.defKey() >= 0;
    }

    private static Meta.Param withDefault(Param p) {
        Meta.Param m = p.meta();
        if (m == null || m.defKey() < 0) throw fail("Internal error: Failed to retrieve the default value");
        return m;
    }

    static Object getDefaultValue(Context ctx, ClassTemplate self, Object t) {
        Param p = p(t);
        return p.fn.eval().eval(ctx, withDefault(p).defKey());
    }

    static Object isDefaultValueConstant(Context ctx, ClassTemplate self, Object t) {
        return withDefault(p(t)).defConst() != null;
    }

    static Object getDefaultValueConstantName(Context ctx, ClassTemplate self, Object t) {
        return withDefault(p(t)).defConst();
    }

    static Object isVariadic(Context ctx, ClassTemplate self, Object t) { return p(t).info().variadic(); }

    static Object isPassedByReference(Context ctx, ClassTemplate self, Object t) { return p(t).info().byRef(); }

    static Object canBePassedByValue(Context ctx, ClassTemplate self, Object t) { return !p(t).info().byRef(); }

    static Object isPromoted(Context ctx, ClassTemplate self, Object t) {
        Meta.Param m = p(t).meta();
        return m != null && m.has(Meta.PROMOTED);
    }

    static Object isArray(Context ctx, ClassTemplate self, Object t) {
        ctx.deprecated("Method ReflectionParameter::isArray() is deprecated");
        String s = typeText(p(t));
        return s.equals("array") || s.equals("?array");
    }

    static Object isCallable(Context ctx, ClassTemplate self, Object t) {
        ctx.deprecated("Method ReflectionParameter::isCallable() is deprecated");
        String s = typeText(p(t));
        return s.equals("callable") || s.equals("?callable");
    }

    static Object getClass(Context ctx, ClassTemplate self, Object t) {
        ctx.deprecated("Method ReflectionParameter::getClass() is deprecated");
        Param p = p(t);
        String s = typeText(p);
        if (s.startsWith("?")) s = s.substring(1);
        if (s.isEmpty() || s.contains("|") || s.contains("&") || BUILTIN.contains(s.toLowerCase(Locale.ROOT))) return null;
        String l = s.toLowerCase(Locale.ROOT);
        if (l.equals("self") || l.equals("parent")) {
            PhpClass d = p.fn.declaring();
            if (d == null) return null;
            return RClass.make(ctx, l.equals("self") ? d : d.parent);
        }
        PhpClass c = ctx.loadClass(s);
        if (c == null) throw fail("Class \"" + s + "\" does not exist");
        return RClass.make(ctx, c);
    }

    static Object getAttributes(Context ctx, ClassTemplate self, Object t, Object name, Object flags) {
        Param p = p(t);
        Meta.Param m = p.meta();
        return RAttribute.list(ctx, m == null ? null : m.attrs(), p.fn.eval(), RAttribute.TARGET_PARAMETER, name, flags);
    }

    static Object getDeclaringClass(Context ctx, ClassTemplate self, Object t) {
        PhpClass d = p(t).fn.declaring();
        return d == null ? null : RClass.make(ctx, d);
    }

    static Object getDeclaringFunction(Context ctx, ClassTemplate self, Object t) {
        RFunction.Func f = p(t).fn;
        if (f.method() != null) return RFunction.methodObject(ctx, f.cls(), f.method());
        PhpObject o = Reflections.make(ctx, "ReflectionFunction", f);
        Reflections.prop(ctx, o, "name", f.name());
        return o;
    }

    static Object toString(Context ctx, ClassTemplate self, Object t) { return text(p(t)); }

    /** php's _parameter_string: {@code Parameter #0 [ <required> int $a ]}. */
    static String text(Param p) {
        ParamInfo i = p.info();
        String type = typeText(p);
        StringBuilder sb = new StringBuilder("Parameter #").append(p.pos).append(" [ <")
                .append(i.optional() ? "optional" : "required").append("> ");
        if (!type.isEmpty()) sb.append(type).append(' ');
        if (i.byRef()) sb.append('&');
        if (i.variadic()) sb.append("...");
        sb.append('$').append(i.name());
        Meta.Param m = p.meta();
        if (m != null && m.defText() != null) sb.append(" = ").append(m.defText());
        sb.append(" ]");
        return sb.toString();
    }

    // ---- types

    private static final Set<String> BUILTIN = Set.of("int", "float", "string", "bool", "false", "true", "null", "array",
            "callable", "iterable", "object", "mixed", "void", "never");

    private static boolean nullable(String text) {
        if (text.startsWith("?") || text.equals("mixed") || text.equals("null")) return true;
        for (String part : splitUnion(text)) if (part.equals("null")) return true;
        return false;
    }

    /** The ReflectionType object for type text {@code text}, null for "". */
    static Object type(Context ctx, String text) {
        if (text == null || text.isEmpty()) return null;
        List<String> parts = splitUnion(text);
        String cls;
        if (parts.size() > 1) cls = "ReflectionUnionType";
        else if (text.contains("&")) cls = "ReflectionIntersectionType";
        else cls = "ReflectionNamedType";
        return Reflections.make(ctx, cls, new Type(text));
    }

    private static List<String> splitUnion(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0, start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) {
                out.add(text.substring(start, i));
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    private static String typeOf(Object self) { return target(self, Type.class).text(); }

    static Object typeAllowsNull(Context ctx, ClassTemplate self, Object t) { return nullable(typeOf(t)); }

    static Object typeToString(Context ctx, ClassTemplate self, Object t) { return typeOf(t); }

    static Object typeGetName(Context ctx, ClassTemplate self, Object t) {
        String s = typeOf(t);
        return s.startsWith("?") ? s.substring(1) : s;
    }

    static Object typeIsBuiltin(Context ctx, ClassTemplate self, Object t) {
        String s = (String) typeGetName(ctx, self, t);
        return BUILTIN.contains(s.toLowerCase(Locale.ROOT));
    }

    static Object typeGetTypes(Context ctx, ClassTemplate self, Object t) {
        String s = typeOf(t);
        PhpArray out = new PhpArray();
        List<String> parts = splitUnion(s);
        if (parts.size() == 1) parts = List.of(s.split("&"));
        for (String part : parts) {
            if (part.startsWith("(")) part = part.substring(1, part.length() - 1);
            out.append(type(ctx, part));
        }
        return out;
    }
}
