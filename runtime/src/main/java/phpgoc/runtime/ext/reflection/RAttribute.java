package phpgoc.runtime.ext.reflection;

import static phpgoc.runtime.BuiltinMethods.params;
import static phpgoc.runtime.ext.reflection.Reflections.PUB;
import static phpgoc.runtime.ext.reflection.Reflections.h;
import static phpgoc.runtime.ext.reflection.Reflections.target;

import java.lang.invoke.MethodHandles;
import java.util.List;
import java.util.Locale;
import phpgoc.runtime.ArgList;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.MethodArgs;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.Introspect;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/** {@code ReflectionAttribute} and the built-in attribute classes ({@code Attribute}, ...). */
final class RAttribute {
    private RAttribute() {}

    static final MethodHandles.Lookup L = MethodHandles.lookup();

    static final int TARGET_CLASS = 1, TARGET_FUNCTION = 2, TARGET_METHOD = 4, TARGET_PROPERTY = 8,
            TARGET_CLASS_CONSTANT = 16, TARGET_PARAMETER = 32, TARGET_ALL = 63, IS_REPEATABLE = 64;
    static final long IS_INSTANCEOF = 2;

    /** One attribute of a declaration: its metadata, where its arguments evaluate, its target and whether it repeats. */
    record Attr(Meta.Attr meta, RFunction.Eval eval, int target, boolean repeated) {}

    static void declare() {
        ClassTemplate a = Reflections.cls("ReflectionAttribute", ClassTemplate.KIND_CLASS, Reflections.FINAL, null, "Reflector");
        Reflections.constant(a, "IS_INSTANCEOF", IS_INSTANCEOF);
        a.method("getName", PUB, h(L, "getName", 0), params())
                .method("getArguments", PUB, h(L, "getArguments", 0), params())
                .method("getTarget", PUB, h(L, "getTarget", 0), params())
                .method("isRepeated", PUB, h(L, "isRepeated", 0), params())
                .method("newInstance", PUB, h(L, "newInstance", 0), params());
        ClassTemplate attr = Reflections.cls("Attribute", ClassTemplate.KIND_CLASS, Reflections.FINAL, null);
        String[] names = {"TARGET_CLASS", "TARGET_FUNCTION", "TARGET_METHOD", "TARGET_PROPERTY", "TARGET_CLASS_CONSTANT",
            "TARGET_PARAMETER", "TARGET_ALL", "IS_REPEATABLE"};
        long[] values = {1, 2, 4, 8, 16, 32, 63, 64};
        for (int i = 0; i < names.length; i++) Reflections.constant(attr, names[i], values[i]);
        attr.prop("flags", PUB, -1);
        attr.method("__construct", PUB, h(L, "attributeConstruct", 1), params("?flags"));
        Reflections.cls("ReturnTypeWillChange", ClassTemplate.KIND_CLASS, Reflections.FINAL, null)
                .method("__construct", PUB, h(L, "noop", 0), params());
        Reflections.cls("AllowDynamicProperties", ClassTemplate.KIND_CLASS, Reflections.FINAL, null)
                .method("__construct", PUB, h(L, "noop", 0), params());
        Reflections.cls("SensitiveParameter", ClassTemplate.KIND_CLASS, Reflections.FINAL, null)
                .method("__construct", PUB, h(L, "noop", 0), params());
        // what traces show for a #[SensitiveParameter] argument (Traces.sensitive)
        Reflections.cls("SensitiveParameterValue", ClassTemplate.KIND_CLASS, Reflections.FINAL, null)
                .method("__construct", PUB, h(L, "sensitiveConstruct", 1), params("value"))
                .method("getValue", PUB, h(L, "sensitiveValue", 0), params())
                .method("__debugInfo", PUB, h(L, "sensitiveDebugInfo", 0), params());
    }

    static Object sensitiveConstruct(Context ctx, ClassTemplate self, Object t, Object value) {
        Reflections.setTarget(t, value);
        return null;
    }

    static Object sensitiveValue(Context ctx, ClassTemplate self, Object t) {
        return ((PhpObject) t).internal instanceof Reflections.Target v ? Values.copyOnAssign(v.value()) : null;
    }

    static Object sensitiveDebugInfo(Context ctx, ClassTemplate self, Object t) { return new PhpArray(); }


    static Object attributeConstruct(Context ctx, ClassTemplate self, Object t, Object flags) {
        Reflections.prop(ctx, t, "flags", Reflections.num(flags, TARGET_ALL));
        return null;
    }

    static Object noop(Context ctx, ClassTemplate self, Object t) { return null; }

    /** getAttributes($name, $flags) of a declaration with attributes {@code attrs}. */
    static PhpArray list(Context ctx, List<Meta.Attr> attrs, RFunction.Eval eval, int target, Object name, Object flags) {
        PhpArray out = new PhpArray();
        long f = Reflections.num(flags, 0);
        if ((f & ~IS_INSTANCEOF) != 0) {
            throw new PhpError("ValueError", "ReflectionFunctionAbstract::getAttributes(): Argument #2 ($flags) must be a valid attribute filter flag");
        }
        String filter = Reflections.given(name) && Values.deref(name) != null ? Reflections.str(name) : null;
        if (filter != null && filter.startsWith("\\")) filter = filter.substring(1);
        PhpClass base = null;
        if (filter != null && f == IS_INSTANCEOF) {
            base = ctx.loadClass(filter);
            if (base == null) throw new PhpError("Error", "Class \"" + filter + "\" not found");
        }
        if (attrs == null) return out;
        for (Meta.Attr a : attrs) {
            if (filter != null) {
                if (base != null) {
                    PhpClass c = ctx.loadClass(a.name());
                    if (c == null || !c.isSubclassOf(base)) continue;
                } else if (!a.name().equalsIgnoreCase(filter)) {
                    continue;
                }
            }
            int count = 0;
            for (Meta.Attr b : attrs) if (b.name().equalsIgnoreCase(a.name())) count++;
            out.append(Reflections.make(ctx, "ReflectionAttribute", new Attr(a, eval, target, count > 1)));
        }
        return out;
    }

    private static Attr a(Object self) { return target(self, Attr.class); }

    static Object getName(Context ctx, ClassTemplate self, Object t) { return a(t).meta.name(); }

    static Object getArguments(Context ctx, ClassTemplate self, Object t) {
        Attr a = a(t);
        PhpArray out = new PhpArray();
        for (int i = 0; i < a.meta.argKeys().length; i++) {
            Object v = a.eval.eval(ctx, a.meta.argKeys()[i]);
            if (a.meta.argNames()[i] != null) out.put(a.meta.argNames()[i], v); else out.append(v);
        }
        return out;
    }

    static Object getTarget(Context ctx, ClassTemplate self, Object t) { return (long) a(t).target; }

    static Object isRepeated(Context ctx, ClassTemplate self, Object t) { return a(t).repeated; }

    private static final String[] TARGET_NAMES = {"class", "function", "method", "property", "class constant", "parameter"};

    private static String targets(long flags) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < TARGET_NAMES.length; i++) {
            if ((flags & (1L << i)) == 0) continue;
            if (sb.length() > 0) sb.append(", ");
            sb.append(TARGET_NAMES[i]);
        }
        return sb.toString();
    }

    /** The flags of attribute class {@code c}'s own {@code #[Attribute(flags)]}; -1 when it is not an attribute class. */
    private static long attributeFlags(Context ctx, PhpClass c) {
        if (c.tpl.file == null) {
            return switch (c.fullName.toLowerCase(Locale.ROOT)) {
                case "attribute" -> TARGET_CLASS;
                case "returntypewillchange" -> TARGET_METHOD;
                case "allowdynamicproperties" -> TARGET_CLASS;
                case "sensitiveparameter" -> TARGET_PARAMETER;
                default -> -1;
            };
        }
        Meta.Cls m = Meta.cls(c.tpl.meta);
        if (m == null) return -1;
        for (Meta.Attr a : m.attrs()) {
            if (!a.name().equalsIgnoreCase("Attribute")) continue;
            if (a.argKeys().length == 0) return TARGET_ALL;
            return Convert.toLong(c.tpl.evaluate(ctx, a.argKeys()[0]));
        }
        return -1;
    }

    static Object newInstance(Context ctx, ClassTemplate self, Object t) {
        Attr a = a(t);
        String name = a.meta.name();
        PhpClass c = ctx.loadClass(name);
        if (c == null) throw new PhpError("Error", "Attribute class \"" + name + "\" not found");
        long flags = attributeFlags(ctx, c);
        if (flags < 0) throw new PhpError("Error", "Attempting to use non-attribute class \"" + c.name + "\" as attribute");
        if ((flags & a.target) == 0) {
            throw new PhpError("Error", "Attribute \"" + c.name + "\" cannot target " + TARGET_NAMES[Integer.numberOfTrailingZeros(a.target)]
                    + " (allowed targets: " + targets(flags) + ")");
        }
        if (a.repeated && (flags & IS_REPEATABLE) == 0) throw new PhpError("Error", "Attribute \"" + c.name + "\" must not be repeated");
        ArgList args = new ArgList();
        for (int i = 0; i < a.meta.argKeys().length; i++) {
            Object v = a.eval.eval(ctx, a.meta.argKeys()[i]);
            if (a.meta.argNames()[i] != null) args.addNamed(a.meta.argNames()[i], v); else args.add(v);
        }
        MethodInfo ctor = Introspect.method(c, "__construct");
        if (ctor == null && args.bind((MethodInfo) null).length > 0) {
            throw new PhpError("Error", "Attribute class " + c.name + " does not have a constructor, cannot pass arguments");
        }
        return MethodArgs.create(ctx, c, null, args);
    }

}
