package phpgoc.runtime.ext.reflection;

import static phpgoc.runtime.BuiltinMethods.params;
import static phpgoc.runtime.ext.reflection.Reflections.PUB;
import static phpgoc.runtime.ext.reflection.Reflections.fail;
import static phpgoc.runtime.ext.reflection.Reflections.given;
import static phpgoc.runtime.ext.reflection.Reflections.h;
import static phpgoc.runtime.ext.reflection.Reflections.str;
import static phpgoc.runtime.ext.reflection.Reflections.target;

import java.lang.invoke.MethodHandles;
import java.util.Locale;
import phpgoc.runtime.ArgList;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Closure;
import phpgoc.runtime.Context;
import phpgoc.runtime.Introspect;
import phpgoc.runtime.MethodArgs;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/** {@code ReflectionClass}, {@code ReflectionObject} and {@code ReflectionEnum}. */
final class RClass {
    private RClass() {}

    static final MethodHandles.Lookup L = MethodHandles.lookup();

    /** The reflected class; {@code object} for a ReflectionObject. */
    record Cls(PhpClass cls, PhpObject object) {
        Meta.Cls meta() { return Meta.cls(cls.tpl.meta); }
    }

    static void declare() {
        ClassTemplate c = Reflections.cls("ReflectionClass", null, "Reflector");
        c.prop("name", PUB, -1);
        Reflections.constant(c, "IS_IMPLICIT_ABSTRACT", 16L);
        Reflections.constant(c, "IS_EXPLICIT_ABSTRACT", 64L);
        Reflections.constant(c, "IS_FINAL", 32L);
        Reflections.constant(c, "IS_READONLY", 65536L);
        RClassText.declare(c);
        String[][] ms = {
            {"__construct", "1", "objectOrClass"}, {"getName", "0"}, {"getShortName", "0"}, {"getNamespaceName", "0"},
            {"inNamespace", "0"}, {"isInterface", "0"}, {"isAbstract", "0"}, {"isFinal", "0"}, {"isEnum", "0"},
            {"isAnonymous", "0"}, {"isInstantiable", "0"}, {"isCloneable", "0"}, {"isInternal", "0"},
            {"isUserDefined", "0"}, {"isReadOnly", "0"}, {"isTrait", "0"}, {"isIterable", "0"}, {"isIterateable", "0"},
            {"getConstructor", "0"}, {"getMethods", "1", "?filter"}, {"getMethod", "1", "name"},
            {"hasMethod", "1", "name"}, {"getProperties", "1", "?filter"}, {"getProperty", "1", "name"},
            {"hasProperty", "1", "name"}, {"getConstants", "1", "?filter"}, {"getConstant", "1", "name"},
            {"hasConstant", "1", "name"}, {"getReflectionConstants", "1", "?filter"},
            {"getReflectionConstant", "1", "name"}, {"getInterfaces", "0"}, {"getInterfaceNames", "0"},
            {"implementsInterface", "1", "interface"}, {"getParentClass", "0"}, {"isSubclassOf", "1", "class"},
            {"isInstance", "1", "object"}, {"getAttributes", "2", "?name", "?flags"}, {"newInstance", "1", "...args"},
            {"newInstanceArgs", "1", "?args"}, {"newInstanceWithoutConstructor", "0"},
            {"getStaticPropertyValue", "2", "name", "?default"}, {"setStaticPropertyValue", "2", "name", "value"},
            {"getStaticProperties", "0"}, {"getDefaultProperties", "0"}, {"getTraits", "0"}, {"getTraitNames", "0"},
            {"getFileName", "0"}, {"getStartLine", "0"}, {"getEndLine", "0"}, {"getDocComment", "0"},
            {"getModifiers", "0"}, {"getExtensionName", "0"},
        };
        for (String[] m : ms) {
            String[] ps = java.util.Arrays.copyOfRange(m, 2, m.length);
            c.method(m[0], PUB, h(L, m[0].equals("__construct") ? "construct" : m[0], Integer.parseInt(m[1])), params(ps));
        }
        Reflections.cls("ReflectionObject", "ReflectionClass")
                .method("__construct", PUB, h(L, "objConstruct", 1), params("object"));
        Reflections.cls("ReflectionEnum", "ReflectionClass")
                .method("__construct", PUB, h(L, "enumConstruct", 1), params("objectOrClass"))
                .method("getCases", PUB, h(L, "getCases", 0), params())
                .method("getCase", PUB, h(L, "getCase", 1), params("name"))
                .method("hasCase", PUB, h(L, "hasCase", 1), params("name"))
                .method("isBacked", PUB, h(L, "isBacked", 0), params())
                .method("getBackingType", PUB, h(L, "getBackingType", 0), params());
    }

    /** A new ReflectionClass (ReflectionEnum for an enum? no: php gives ReflectionClass) of {@code c}. */
    static PhpObject make(Context ctx, PhpClass c) {
        PhpObject o = Reflections.make(ctx, "ReflectionClass", new Cls(c, null));
        Reflections.prop(ctx, o, "name", c.fullName);
        return o;
    }

    /** The class an {@code objectOrClass} argument names: an object's class or a class name (autoloaded). */
    static PhpClass classArg(Context ctx, Object v) { return classArg(ctx, v, 0); }

    /** As {@link #classArg(Context, Object)}; the exception has code {@code code} (-1 from ReflectionClass's constructor). */
    static PhpClass classArg(Context ctx, Object v, long code) {
        v = Values.deref(v);
        if (v instanceof PhpObject o) return o.cls;
        String name = str(v);
        String plain = name.startsWith("\\") ? name.substring(1) : name;
        PhpClass c = ctx.loadClass(plain);
        if (c == null) {
            PhpError e = fail("Class \"" + name + "\" does not exist");
            e.code = code;
            throw e;
        }
        return c;
    }

    private static Cls st(Object self) { return target(self, Cls.class); }

    private static PhpClass c(Object self) { return st(self).cls; }

    static Object construct(Context ctx, ClassTemplate self, Object t, Object objectOrClass) {
        PhpClass c = classArg(ctx, objectOrClass, -1);
        Reflections.setTarget(t, new Cls(c, null));
        Reflections.prop(ctx, t, "name", c.fullName);
        return null;
    }

    static Object objConstruct(Context ctx, ClassTemplate self, Object t, Object object) {
        if (!(Values.deref(object) instanceof PhpObject)) {
            throw new PhpError("TypeError", "ReflectionObject::__construct(): Argument #1 ($object) must be of type object, "
                    + Values.typeName(Values.deref(object)) + " given");
        }
        PhpObject o = (PhpObject) Values.deref(object);
        Reflections.setTarget(t, new Cls(o.cls, o));
        Reflections.prop(ctx, t, "name", o.cls.fullName);
        return null;
    }

    static Object enumConstruct(Context ctx, ClassTemplate self, Object t, Object objectOrClass) {
        construct(ctx, self, t, objectOrClass);
        if (!Introspect.isEnum(c(t))) throw fail("Class \"" + c(t).name + "\" is not an enum");
        return null;
    }

    static Object getName(Context ctx, ClassTemplate self, Object t) { return c(t).fullName; }

    static Object getShortName(Context ctx, ClassTemplate self, Object t) {
        String n = c(t).fullName;
        return n.substring(n.lastIndexOf('\\') + 1);
    }

    static Object getNamespaceName(Context ctx, ClassTemplate self, Object t) {
        String n = c(t).fullName;
        int i = n.lastIndexOf('\\');
        return i < 0 || c(t).tpl.isAnonymous() ? "" : n.substring(0, i);
    }

    static Object inNamespace(Context ctx, ClassTemplate self, Object t) { return !((String) getNamespaceName(ctx, self, t)).isEmpty(); }

    static Object isInterface(Context ctx, ClassTemplate self, Object t) { return c(t).isInterface(); }

    static Object isTrait(Context ctx, ClassTemplate self, Object t) { return c(t).tpl.kind == ClassTemplate.KIND_TRAIT; }

    static Object isEnum(Context ctx, ClassTemplate self, Object t) { return Introspect.isEnum(c(t)); }

    static Object isAbstract(Context ctx, ClassTemplate self, Object t) {
        PhpClass c = c(t);
        return c.isAbstract() || (c.isInterface() || c.tpl.kind == ClassTemplate.KIND_TRAIT) && hasAbstract(c);
    }

    private static boolean hasAbstract(PhpClass c) {
        for (MethodInfo m : Introspect.methods(c)) if (m.isAbstract()) return true;
        return false;
    }

    static Object isFinal(Context ctx, ClassTemplate self, Object t) {
        PhpClass c = c(t);
        return (c.tpl.flags & ClassTemplate.FINAL) != 0 || Introspect.isEnum(c);
    }

    static Object isReadOnly(Context ctx, ClassTemplate self, Object t) { return (c(t).tpl.flags & ClassTemplate.READONLY) != 0; }

    static Object isAnonymous(Context ctx, ClassTemplate self, Object t) { return c(t).tpl.isAnonymous(); }

    static Object isInstantiable(Context ctx, ClassTemplate self, Object t) {
        PhpClass c = c(t);
        if (c.tpl.kind != ClassTemplate.KIND_CLASS || c.isAbstract() || c.tpl == phpgoc.runtime.Closures.TEMPLATE) return false;
        MethodInfo ctor = Introspect.method(c, "__construct");
        return ctor == null || !ctor.isPrivate() && !ctor.isProtected();
    }

    static Object isCloneable(Context ctx, ClassTemplate self, Object t) {
        PhpClass c = c(t);
        if (c.tpl.kind != ClassTemplate.KIND_CLASS || c.isAbstract()) return false;
        if (c.tpl.file == null && (c.isA("generator") || c.fullName.startsWith("Reflection"))) return false;
        MethodInfo m = Introspect.method(c, "__clone");
        return m == null || !m.isPrivate() && !m.isProtected();
    }

    static Object isInternal(Context ctx, ClassTemplate self, Object t) { return c(t).tpl.file == null; }

    static Object isUserDefined(Context ctx, ClassTemplate self, Object t) { return c(t).tpl.file != null; }

    static Object isIterable(Context ctx, ClassTemplate self, Object t) {
        PhpClass c = c(t);
        return c.tpl.kind == ClassTemplate.KIND_CLASS && !c.isAbstract() && c.isA("traversable");
    }

    static Object isIterateable(Context ctx, ClassTemplate self, Object t) { return isIterable(ctx, self, t); }

    static Object getExtensionName(Context ctx, ClassTemplate self, Object t) {
        return c(t).tpl.file == null ? (Object) (c(t).fullName.startsWith("Reflect") ? "Reflection" : "Core") : Boolean.FALSE;
    }

    // ---- methods

    static Object getConstructor(Context ctx, ClassTemplate self, Object t) {
        MethodInfo m = Introspect.method(c(t), "__construct");
        return m == null ? null : RFunction.methodObject(ctx, c(t), m);
    }

    static Object getMethods(Context ctx, ClassTemplate self, Object t, Object filter) {
        PhpClass c = c(t);
        long f = Reflections.num(filter, -1);
        PhpArray out = new PhpArray();
        for (MethodInfo m : Introspect.methods(c)) {
            int flags = m.flags | (m.isAbstract() ? ClassTemplate.ABSTRACT : 0);
            if ((Reflections.phpModifiers(flags & ~ClassTemplate.READONLY) & f) == 0) continue;
            out.append(RFunction.methodObject(ctx, c, m));
        }
        return out;
    }

    static Object getMethod(Context ctx, ClassTemplate self, Object t, Object name) {
        PhpClass c = c(t);
        String n = str(name);
        MethodInfo m = Introspect.method(c, n);
        if (m == null && c.tpl == phpgoc.runtime.Closures.TEMPLATE && n.equalsIgnoreCase("__invoke") && st(t).object instanceof Closure) {
            m = null;
        }
        if (m == null) throw fail("Method " + c.name + "::" + n + "() does not exist");
        return RFunction.methodObject(ctx, c, m);
    }

    static Object hasMethod(Context ctx, ClassTemplate self, Object t, Object name) {
        return Introspect.method(c(t), str(name)) != null;
    }

    // ---- properties (ReflectionProperty lives in RMembers)

    static Object getProperties(Context ctx, ClassTemplate self, Object t, Object filter) {
        Cls s = st(t);
        long f = Reflections.num(filter, -1);
        PhpArray out = new PhpArray();
        for (RMembers.Prop p : RMembers.properties(s.cls, s.object)) {
            if ((p.modifiers() & f) == 0) continue;
            out.append(RMembers.propObject(ctx, p));
        }
        return out;
    }

    static Object getProperty(Context ctx, ClassTemplate self, Object t, Object name) {
        Cls s = st(t);
        String n = str(name);
        RMembers.Prop p = RMembers.property(s.cls, s.object, n);
        if (p == null) throw fail("Property " + s.cls.name + "::$" + n + " does not exist");
        return RMembers.propObject(ctx, p);
    }

    static Object hasProperty(Context ctx, ClassTemplate self, Object t, Object name) {
        Cls s = st(t);
        return RMembers.property(s.cls, s.object, str(name)) != null;
    }

    static Object getDefaultProperties(Context ctx, ClassTemplate self, Object t) {
        PhpClass c = c(t);
        PhpArray out = new PhpArray();
        for (boolean statics : new boolean[] {true, false}) {
            for (RMembers.Prop p : RMembers.properties(c, null)) {
                if (p.isStatic() != statics) continue;
                Object v = RMembers.defaultValue(c, p);
                if (v == Values.UNDEF) continue;
                out.put(p.name(), Values.copyOnAssign(v));
            }
        }
        return out;
    }

    static Object getStaticProperties(Context ctx, ClassTemplate self, Object t) {
        PhpClass c = c(t);
        PhpArray out = new PhpArray();
        for (RMembers.Prop p : RMembers.properties(c, null)) {
            if (!p.isStatic()) continue;
            if (Introspect.staticInitialized(c, p.name())) out.put(p.name(), Values.copyOnAssign(Introspect.staticRef(c, p.name()).get()));
        }
        return out;
    }

    static Object getStaticPropertyValue(Context ctx, ClassTemplate self, Object t, Object name, Object dflt) {
        PhpClass c = c(t);
        String n = str(name);
        Ref r = Introspect.staticRef(c, n);
        if (r == null || !Introspect.staticInitialized(c, n)) {
            if (given(dflt)) return dflt;
            if (r == null) throw fail("Property " + c.name + "::$" + n + " does not exist");
            throw new PhpError("Error", "Typed static property " + c.name + "::$" + n + " must not be accessed before initialization");
        }
        return Values.copyOnAssign(r.get());
    }

    static Object setStaticPropertyValue(Context ctx, ClassTemplate self, Object t, Object name, Object value) {
        PhpClass c = c(t);
        String n = str(name);
        Introspect.Static s = null;
        for (Introspect.Static x : Introspect.statics(c)) if (x.name().equals(n)) s = x;
        if (s == null) throw fail("Class " + c.name + " does not have a property named " + n);
        Ref r = ObjectOps.staticProp(ctx, c, n, s.declaring().tpl);
        r.set(Values.copyOnAssign(Values.deref(value)));
        return null;
    }

    // ---- constants

    /**
     * The constants and cases of {@code c} in php's order: its own in declaration order, then the
     * parent's (in its order), then those of interfaces not already there.
     */
    static java.util.List<Introspect.Const> constants(PhpClass c) {
        java.util.Map<String, Introspect.Const> all = new java.util.LinkedHashMap<>();
        for (Introspect.Const k : Introspect.constants(c)) all.put(k.name(), k);
        Meta.Cls m = Meta.cls(c.tpl.meta);
        java.util.List<String> order = m == null ? java.util.List.of() : new java.util.ArrayList<>(m.members().keySet());
        java.util.List<Introspect.Const> own = new java.util.ArrayList<>();
        for (Introspect.Const k : all.values()) if (k.declaring() == c) own.add(k);
        // declaration order; constants taken from traits (not in the class's metadata) after them
        own.sort(java.util.Comparator.comparingInt(k -> order.indexOf(k.name()) < 0 ? Integer.MAX_VALUE : order.indexOf(k.name())));
        java.util.Map<String, Introspect.Const> out = new java.util.LinkedHashMap<>();
        for (Introspect.Const k : own) out.put(k.name(), k);
        java.util.List<PhpClass> from = new java.util.ArrayList<>();
        if (c.parent != null) from.add(c.parent);
        from.addAll(Introspect.interfaces(c));
        for (PhpClass up : from) {
            for (Introspect.Const k : constants(up)) if (all.containsKey(k.name())) out.putIfAbsent(k.name(), all.get(k.name()));
        }
        for (Introspect.Const k : all.values()) out.putIfAbsent(k.name(), k);
        return new java.util.ArrayList<>(out.values());
    }

    static Object getConstants(Context ctx, ClassTemplate self, Object t, Object filter) {
        PhpClass c = c(t);
        long f = Reflections.num(filter, -1);
        PhpArray out = new PhpArray();
        for (Introspect.Const k : constants(c)) {
            if ((Reflections.phpModifiers(k.flags() & 7) & f) == 0) continue;
            out.put(k.name(), Introspect.constantValue(c, k.name()));
        }
        return out;
    }

    static Object getConstant(Context ctx, ClassTemplate self, Object t, Object name) {
        PhpClass c = c(t);
        String n = str(name);
        return Introspect.constant(c, n) == null ? Boolean.FALSE : Introspect.constantValue(c, n);
    }

    static Object hasConstant(Context ctx, ClassTemplate self, Object t, Object name) { return Introspect.constant(c(t), str(name)) != null; }

    static Object getReflectionConstants(Context ctx, ClassTemplate self, Object t, Object filter) {
        PhpClass c = c(t);
        long f = Reflections.num(filter, -1);
        PhpArray out = new PhpArray();
        for (Introspect.Const k : constants(c)) {
            if ((Reflections.phpModifiers(k.flags() & 7) & f) == 0) continue;
            out.append(RMembers.constObject(ctx, c, k, false));
        }
        return out;
    }

    static Object getReflectionConstant(Context ctx, ClassTemplate self, Object t, Object name) {
        Introspect.Const k = Introspect.constant(c(t), str(name));
        return k == null ? Boolean.FALSE : RMembers.constObject(ctx, c(t), k, false);
    }

    // ---- hierarchy

    static Object getInterfaces(Context ctx, ClassTemplate self, Object t) {
        PhpArray out = new PhpArray();
        for (PhpClass i : Introspect.interfaces(c(t))) out.put(i.fullName, make(ctx, i));
        return out;
    }

    static Object getInterfaceNames(Context ctx, ClassTemplate self, Object t) {
        PhpArray out = new PhpArray();
        for (PhpClass i : Introspect.interfaces(c(t))) out.append(i.fullName);
        return out;
    }

    static Object implementsInterface(Context ctx, ClassTemplate self, Object t, Object iface) {
        PhpClass i = Values.deref(iface) instanceof PhpObject o && o.internal instanceof Reflections.Target x
                && x.value() instanceof Cls k ? k.cls : null;
        if (i == null) {
            String n = str(iface);
            i = ctx.loadClass(n.startsWith("\\") ? n.substring(1) : n);
            if (i == null) throw fail("Interface \"" + n + "\" does not exist");
        }
        if (!i.isInterface()) throw fail(i.name + " is not an interface");
        return c(t).isA(i.fullName.toLowerCase(Locale.ROOT));
    }

    static Object getParentClass(Context ctx, ClassTemplate self, Object t) {
        PhpClass p = c(t).parent;
        return p == null ? Boolean.FALSE : make(ctx, p);
    }

    static Object isSubclassOf(Context ctx, ClassTemplate self, Object t, Object cls) {
        PhpClass other = Values.deref(cls) instanceof PhpObject o && o.internal instanceof Reflections.Target x
                && x.value() instanceof Cls k ? k.cls : null;
        if (other == null) {
            String n = str(cls);
            other = ctx.loadClass(n.startsWith("\\") ? n.substring(1) : n);
            if (other == null) throw fail("Class \"" + n + "\" does not exist");
        }
        return other != c(t) && c(t).isSubclassOf(other);
    }

    static Object isInstance(Context ctx, ClassTemplate self, Object t, Object object) {
        return Values.deref(object) instanceof PhpObject o && o.cls.isSubclassOf(c(t));
    }

    static Object getTraits(Context ctx, ClassTemplate self, Object t) {
        PhpArray out = new PhpArray();
        for (PhpClass tr : Introspect.traits(c(t))) out.put(tr.fullName, make(ctx, tr));
        return out;
    }

    static Object getTraitNames(Context ctx, ClassTemplate self, Object t) {
        PhpArray out = new PhpArray();
        for (PhpClass tr : Introspect.traits(c(t))) out.append(tr.fullName);
        return out;
    }

    // ---- declaration

    static Object getAttributes(Context ctx, ClassTemplate self, Object t, Object name, Object flags) {
        PhpClass c = c(t);
        Meta.Cls m = st(t).meta();
        return RAttribute.list(ctx, m == null ? null : m.attrs(), (x, k) -> c.tpl.evaluate(x, k), RAttribute.TARGET_CLASS, name, flags);
    }

    static Object getFileName(Context ctx, ClassTemplate self, Object t) { return c(t).tpl.file == null ? Boolean.FALSE : c(t).tpl.file; }

    static Object getStartLine(Context ctx, ClassTemplate self, Object t) {
        return c(t).tpl.file == null ? Boolean.FALSE : (Object) (long) c(t).tpl.line;
    }

    static Object getEndLine(Context ctx, ClassTemplate self, Object t) {
        Meta.Cls m = st(t).meta();
        return m == null ? Boolean.FALSE : (Object) (long) m.endLine();
    }

    static Object getDocComment(Context ctx, ClassTemplate self, Object t) {
        Meta.Cls m = st(t).meta();
        return m == null || m.doc() == null ? Boolean.FALSE : m.doc();
    }

    static Object getModifiers(Context ctx, ClassTemplate self, Object t) {
        int f = c(t).tpl.flags;
        long m = 0;
        if ((f & ClassTemplate.FINAL) != 0) m |= 32;
        if ((f & ClassTemplate.ABSTRACT) != 0) m |= 64;
        if ((f & ClassTemplate.READONLY) != 0) m |= 65536;
        return m;
    }

    // ---- instantiation

    private static void checkInstantiable(PhpClass c) {
        if (c.tpl.kind != ClassTemplate.KIND_CLASS || c.isAbstract()) c.instantiate();
    }

    static Object newInstance(Context ctx, ClassTemplate self, Object t, Object args) {
        return create(ctx, c(t), new ArgList().spread(args));
    }

    static Object newInstanceArgs(Context ctx, ClassTemplate self, Object t, Object args) {
        return create(ctx, c(t), given(args) ? new ArgList().spread(args) : new ArgList());
    }

    private static Object create(Context ctx, PhpClass c, ArgList args) {
        checkInstantiable(c);
        MethodInfo ctor = Introspect.method(c, "__construct");
        if (ctor != null && (ctor.isPrivate() || ctor.isProtected())) {
            throw fail("Access to non-public constructor of class " + c.name);
        }
        if (ctor == null && args.bind((MethodInfo) null).length > 0) {
            throw fail("Class " + c.name + " does not have a constructor, so you cannot pass any constructor arguments");
        }
        return MethodArgs.create(ctx, c, ctor == null ? null : ctor.declaring, args);
    }

    static Object newInstanceWithoutConstructor(Context ctx, ClassTemplate self, Object t) {
        PhpClass c = c(t);
        if (c.tpl.file == null && c.tpl.kind == ClassTemplate.KIND_CLASS && (c.tpl.flags & ClassTemplate.FINAL) != 0
                && c.tpl != phpgoc.runtime.Classes.STD_CLASS) {
            throw fail("Class " + c.name + " is an internal class marked as final that cannot be instantiated without invoking its constructor");
        }
        return c.instantiate();
    }

    // ---- ReflectionEnum

    static Object getCases(Context ctx, ClassTemplate self, Object t) {
        PhpClass c = c(t);
        PhpArray out = new PhpArray();
        for (Introspect.Const k : constants(c)) if (k.isCase()) out.append(RMembers.constObject(ctx, c, k, true));
        return out;
    }

    static Object getCase(Context ctx, ClassTemplate self, Object t, Object name) {
        PhpClass c = c(t);
        String n = str(name);
        Introspect.Const k = Introspect.constant(c, n);
        if (k == null) throw fail("Case " + c.name + "::" + n + " does not exist");
        if (!k.isCase()) throw fail(c.name + "::" + n + " is not a case");
        return RMembers.constObject(ctx, c, k, true);
    }

    static Object hasCase(Context ctx, ClassTemplate self, Object t, Object name) {
        Introspect.Const k = Introspect.constant(c(t), str(name));
        return k != null && k.isCase();
    }

    static Object isBacked(Context ctx, ClassTemplate self, Object t) { return Introspect.enumBacking(c(t).tpl) != null; }

    static Object getBackingType(Context ctx, ClassTemplate self, Object t) {
        String b = Introspect.enumBacking(c(t).tpl);
        return b == null ? null : RParam.type(ctx, b);
    }
}
