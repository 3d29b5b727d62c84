package phpgoc.runtime.ext.reflection;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import phpgoc.runtime.BuiltinMethods;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/**
 * PHP's Reflection API: the built-in classes ({@code ReflectionClass}, {@code ReflectionMethod},
 * ...) declared here, with their method bodies in {@link RClass}, {@link RFunction},
 * {@link RParam}, {@link RMembers} and {@link RAttribute}. A reflection object's Java-side target
 * (the class, method, parameter, ...) is its {@link Target} state; its public {@code name} and
 * {@code class} properties are set as php sets them (what var_dump shows).
 */
public final class Reflections {
    private Reflections() {}

    static final int PUB = ClassTemplate.PUBLIC, STATIC = ClassTemplate.STATIC, ABS = ClassTemplate.ABSTRACT,
            FINAL = ClassTemplate.FINAL;
    private static final Map<String, ClassTemplate> TEMPLATES = new HashMap<>();
    private static final List<Object> CONSTANTS = new ArrayList<>();
    private static final MethodHandle INIT;

    static {
        try {
            INIT = MethodHandles.lookup().findStatic(Reflections.class, "init",
                    MethodType.methodType(Object.class, Context.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
        cls("Reflector", ClassTemplate.KIND_INTERFACE, 0, null, "Stringable");
        RClass.declare();
        RFunction.declare();
        RParam.declare();
        RMembers.declare();
        RAttribute.declare();
        RGenerator.declare();
        RFiber.declare();
    }

    /** The template of built-in Reflection class {@code lower} (or the attribute classes), or null. */
    public static ClassTemplate template(String lower) {
        if (!lower.startsWith("reflect") && !lower.equals("attribute") && !lower.equals("returntypewillchange")
                && !lower.equals("allowdynamicproperties") && !lower.equals("sensitiveparameter")
                && !lower.equals("sensitiveparametervalue")) {
            return null;
        }
        return TEMPLATES.get(lower);
    }

    static ClassTemplate cls(String name, int kind, int flags, String parent, String... interfaces) {
        ClassTemplate t = new ClassTemplate(name, kind, flags, parent, interfaces, INIT, null, 0);
        t.releasable = true;
        TEMPLATES.put(name.toLowerCase(Locale.ROOT), t);
        return t;
    }

    static ClassTemplate cls(String name, String parent, String... interfaces) {
        return cls(name, ClassTemplate.KIND_CLASS, 0, parent, interfaces);
    }

    /** A class constant of a Reflection class. */
    static void constant(ClassTemplate t, String name, Object value) {
        CONSTANTS.add(value);
        t.constant(name, PUB, CONSTANTS.size() - 1);
    }

    private static Object init(Context ctx, int i) { return CONSTANTS.get(i); }

    static MethodHandle h(MethodHandles.Lookup owner, String name, int n) { return BuiltinMethods.body(owner, name, n); }

    /** The Java-side target of a reflection object: a class, function, parameter, property, ... */
    record Target(Object value) implements NativeState {
        @Override public NativeState copy() { return this; }
    }

    /** The target of reflection object {@code self}; Error when it was never constructed. */
    static <T> T target(Object self, Class<T> type) {
        PhpObject o = (PhpObject) self;
        if (o.internal instanceof Target t && type.isInstance(t.value())) return type.cast(t.value());
        throw new PhpError("Error", "Internal error: Failed to retrieve the reflection object");
    }

    static void setTarget(Object self, Object value) { ((PhpObject) self).internal = new Target(value); }

    /** The SensitiveParameterValue a trace shows for a {@code #[SensitiveParameter]} argument {@code value}. */
    public static Object sensitiveParameterValue(Context ctx, Object value) {
        PhpObject o = ctx.loadClass("SensitiveParameterValue").instantiate();
        o.internal = new Target(value);
        return o;
    }

    /** A new reflection object of class {@code cls} for {@code value}. */
    static PhpObject make(Context ctx, String cls, Object value) {
        PhpObject o = ctx.findClass(cls).instantiate();
        o.internal = new Target(value);
        return o;
    }

    static void prop(Context ctx, Object self, String name, Object v) { ObjectOps.setProp(self, ctx, name, null, v); }

    static PhpError fail(String message) { return new PhpError("ReflectionException", message); }

    static String str(Object v) { return Convert.toStr(Values.deref(v)); }

    static boolean given(Object v) { return v != Values.UNDEF; }

    static long num(Object v, long dflt) { return v == Values.UNDEF || Values.deref(v) == null ? dflt : Convert.toLong(Values.deref(v)); }

    static PhpArray list(List<?> xs) {
        PhpArray a = new PhpArray();
        for (Object x : xs) a.append(x);
        return a;
    }

    /** php's modifier bits from the engine's ({@link ClassTemplate} flags). */
    static long phpModifiers(int flags) {
        long m = flags & (ClassTemplate.PUBLIC | ClassTemplate.PROTECTED | ClassTemplate.PRIVATE);
        if ((flags & ClassTemplate.STATIC) != 0) m |= 16;
        if ((flags & ClassTemplate.FINAL) != 0) m |= 32;
        if ((flags & ClassTemplate.ABSTRACT) != 0) m |= 64;
        if ((flags & ClassTemplate.READONLY) != 0) m |= 128;
        return m;
    }
}
