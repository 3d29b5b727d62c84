package phpgoc.runtime.ext.reflection;

import static phpgoc.runtime.BuiltinMethods.params;
import static phpgoc.runtime.ext.reflection.Reflections.PUB;
import static phpgoc.runtime.ext.reflection.Reflections.fail;
import static phpgoc.runtime.ext.reflection.Reflections.given;
import static phpgoc.runtime.ext.reflection.Reflections.h;
import static phpgoc.runtime.ext.reflection.Reflections.str;
import static phpgoc.runtime.ext.reflection.Reflections.target;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Enums;
import phpgoc.runtime.Introspect;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/** {@code ReflectionProperty}, {@code ReflectionClassConstant} and the enum cases' {@code ReflectionEnumUnitCase}/{@code ReflectionEnumBackedCase}. */
final class RMembers {
    private RMembers() {}

    static final MethodHandles.Lookup L = MethodHandles.lookup();

    /** A property of {@code cls}: declared (instance or static) or dynamic (of a ReflectionObject's object). */
    record Prop(PhpClass cls, String name, int flags, PhpClass declaring, boolean isStatic, boolean dynamic) {
        long modifiers() { return Reflections.phpModifiers(flags | (isStatic ? ClassTemplate.STATIC : 0)); }

        Meta.Member meta() {
            Meta.Cls m = declaring == null ? null : Meta.cls(declaring.tpl.meta);
            return m == null ? null : m.members().get("$" + name);
        }

        String type() {
            Meta.Member m = meta();
            return m == null ? "" : m.type();
        }
    }

    /** A constant or enum case of {@code cls}. */
    record Const(PhpClass cls, Introspect.Const k) {
        Meta.Member meta() {
            Meta.Cls m = Meta.cls(k.declaring().tpl.meta);
            return m == null ? null : m.members().get(k.name());
        }
    }

    static void declare() {
        ClassTemplate p = Reflections.cls("ReflectionProperty", null, "Reflector");
        p.prop("name", PUB, -1).prop("class", PUB, -1);
        for (String[] c : new String[][] {{"IS_STATIC", "16"}, {"IS_READONLY", "128"}, {"IS_PUBLIC", "1"},
                {"IS_PROTECTED", "2"}, {"IS_PRIVATE", "4"}}) {
            Reflections.constant(p, c[0], Long.parseLong(c[1]));
        }
        p.method("__construct", PUB, h(L, "construct", 2), params("class", "property"))
                .method("getName", PUB, h(L, "getName", 0), params())
                .method("getValue", PUB, h(L, "getValue", 1), params("?object"))
                .method("setValue", PUB, h(L, "setValue", 2), params("objectOrValue", "?value"))
                .method("isInitialized", PUB, h(L, "isInitialized", 1), params("?object"))
                .method("getType", PUB, h(L, "getType", 0), params())
                .method("hasType", PUB, h(L, "hasType", 0), params())
                .method("isPromoted", PUB, h(L, "isPromoted", 0), params())
                .method("isReadOnly", PUB, h(L, "isReadOnly", 0), params())
                .method("isStatic", PUB, h(L, "isStatic", 0), params())
                .method("isPublic", PUB, h(L, "isPublic", 0), params())
                .method("isPrivate", PUB, h(L, "isPrivate", 0), params())
                .method("isProtected", PUB, h(L, "isProtected", 0), params())
                .method("isDefault", PUB, h(L, "isDefault", 0), params())
                .method("getModifiers", PUB, h(L, "getModifiers", 0), params())
                .method("hasDefaultValue", PUB, h(L, "hasDefaultValue", 0), params())
                .method("getDefaultValue", PUB, h(L, "getDefaultValue", 0), params())
                .method("getDeclaringClass", PUB, h(L, "getDeclaringClass", 0), params())
                .method("getDocComment", PUB, h(L, "getDocComment", 0), params())
                .method("getAttributes", PUB, h(L, "getAttributes", 2), params("?name", "?flags"))
                .method("setAccessible", PUB, h(L, "setAccessible", 1), params("accessible"))
                .method("__toString", PUB, h(L, "toString", 0), params());
        ClassTemplate k = Reflections.cls("ReflectionClassConstant", null, "Reflector");
        k.prop("name", PUB, -1).prop("class", PUB, -1);
        for (String[] c : new String[][] {{"IS_PUBLIC", "1"}, {"IS_PROTECTED", "2"}, {"IS_PRIVATE", "4"}, {"IS_FINAL", "32"}}) {
            Reflections.constant(k, c[0], Long.parseLong(c[1]));
        }
        k.method("__construct", PUB, h(L, "cConstruct", 2), params("class", "constant"))
                .method("getName", PUB, h(L, "cGetName", 0), params())
                .method("getValue", PUB, h(L, "cGetValue", 0), params())
                .method("getDeclaringClass", PUB, h(L, "cGetDeclaringClass", 0), params())
                .method("getModifiers", PUB, h(L, "cGetModifiers", 0), params())
                .method("isPublic", PUB, h(L, "cIsPublic", 0), params())
                .method("isPrivate", PUB, h(L, "cIsPrivate", 0), params())
                .method("isProtected", PUB, h(L, "cIsProtected", 0), params())
                .method("isFinal", PUB, h(L, "cIsFinal", 0), params())
                .method("isEnumCase", PUB, h(L, "cIsEnumCase", 0), params())
                .method("getDocComment", PUB, h(L, "cGetDocComment", 0), params())
                .method("getAttributes", PUB, h(L, "cGetAttributes", 2), params("?name", "?flags"));
        Reflections.cls("ReflectionEnumUnitCase", "ReflectionClassConstant")
                .method("getEnum", PUB, h(L, "getEnum", 0), params());
        Reflections.cls("ReflectionEnumBackedCase", "ReflectionEnumUnitCase")
                .method("getBackingValue", PUB, h(L, "getBackingValue", 0), params());
    }

    // ---- listing

    /** The properties ReflectionClass::getProperties lists, in php's order. */
    static List<Prop> properties(PhpClass cls, PhpObject object) {
        List<Prop> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Prop> own = new ArrayList<>();
        for (PhpClass.PropInfo p : cls.properties()) {
            if (p.declaring() == cls) own.add(new Prop(cls, p.name(), p.flags(), cls, false, false));
        }
        for (Introspect.Static s : Introspect.statics(cls)) {
            if (s.declaring() == cls) own.add(new Prop(cls, s.name(), s.flags(), cls, true, false));
        }
        Meta.Cls meta = Meta.cls(cls.tpl.meta);
        if (meta != null) {
            for (String key : meta.members().keySet()) {
                if (!key.startsWith("$")) continue;
                for (Prop p : own) if (p.name.equals(key.substring(1)) && seen.add(p.name)) out.add(p);
            }
        }
        for (Prop p : own) if (seen.add(p.name)) out.add(p);
        if (cls.parent != null) {
            for (Prop p : properties(cls.parent, null)) {
                if ((p.flags & ClassTemplate.PRIVATE) != 0 || !seen.add(p.name)) continue;
                out.add(new Prop(cls, p.name, p.flags, p.declaring, p.isStatic, false));
            }
        }
        if (object != null && object.dyn != null) {
            for (int i = object.dyn.firstPos(); i >= 0; i = object.dyn.nextPos(i)) {
                String n = Values.deref(object.dyn.keyAt(i)).toString();
                if (seen.add(n)) out.add(new Prop(cls, n, ClassTemplate.PUBLIC, null, false, true));
            }
        }
        return out;
    }

    static Prop property(PhpClass cls, PhpObject object, String name) {
        for (Prop p : properties(cls, object)) if (p.name.equals(name)) return p;
        return null;
    }

    static PhpObject propObject(Context ctx, Prop p) {
        PhpObject o = Reflections.make(ctx, "ReflectionProperty", p);
        Reflections.prop(ctx, o, "name", p.name);
        Reflections.prop(ctx, o, "class", (p.declaring == null ? p.cls : p.declaring).fullName);
        return o;
    }

    /** The declared default of {@code p} (UNDEF for a typed property without one). */
    static Object defaultValue(PhpClass cls, Prop p) {
        if (p.isStatic) {
            if (!Introspect.hasInitializer(p.declaring, p.name, true)) return (p.flags & ClassTemplate.TYPED) != 0 ? Values.UNDEF : null;
            return Introspect.staticDefault(p.declaring, p.name);
        }
        for (PhpClass.PropInfo i : cls.properties()) {
            if (i.name().equals(p.name) && i.declaring() == p.declaring) return Introspect.propDefault(cls, i);
        }
        return null;
    }

    // ---- ReflectionProperty

    private static Prop p(Object self) { return target(self, Prop.class); }

    static Object construct(Context ctx, ClassTemplate self, Object t, Object cls, Object property) {
        Object v = Values.deref(cls);
        PhpClass c = RClass.classArg(ctx, v);
        String n = str(property);
        Prop p = property(c, v instanceof PhpObject o ? o : null, n);
        if (p == null) throw fail("Property " + c.name + "::$" + n + " does not exist");
        Reflections.setTarget(t, p);
        Reflections.prop(ctx, t, "name", p.name);
        Reflections.prop(ctx, t, "class", (p.declaring == null ? p.cls : p.declaring).fullName);
        return null;
    }

    static Object getName(Context ctx, ClassTemplate self, Object t) { return p(t).name; }

    private static ClassTemplate scope(Prop p) { return p.declaring == null ? null : p.declaring.tpl; }

    private static PhpObject instance(Prop p, Object object, String method) {
        Object o = Values.deref(object);
        if (!(o instanceof PhpObject po)) {
            throw new PhpError("TypeError", "ReflectionProperty::" + method + "(): Argument #1 ($object) must be provided for instance properties");
        }
        if (p.declaring != null && !po.cls.isSubclassOf(p.declaring)) {
            throw fail("Given object is not an instance of the class this property was declared in");
        }
        return po;
    }

    static Object getValue(Context ctx, ClassTemplate self, Object t, Object object) {
        Prop p = p(t);
        if (p.isStatic) {
            Ref r = ObjectOps.staticProp(ctx, p.declaring, p.name, scope(p));
            return Values.copyOnAssign(r.get());
        }
        PhpObject o = instance(p, given(object) ? object : null, "getValue");
        return ObjectOps.getProp(o, ctx, p.name, scope(p));
    }

    static Object setValue(Context ctx, ClassTemplate self, Object t, Object objectOrValue, Object value) {
        Prop p = p(t);
        if (p.isStatic) {
            Object v = given(value) ? value : objectOrValue;
            ObjectOps.staticProp(ctx, p.declaring, p.name, scope(p)).set(Values.copyOnAssign(Values.deref(v)));
            return null;
        }
        PhpObject o = instance(p, objectOrValue, "setValue");
        ObjectOps.setProp(o, ctx, p.name, scope(p), Values.copyOnAssign(Values.deref(given(value) ? value : null)));
        return null;
    }

    static Object isInitialized(Context ctx, ClassTemplate self, Object t, Object object) {
        Prop p = p(t);
        if (p.isStatic) {
            return Introspect.staticInitialized(p.declaring, p.name);
        }
        PhpObject o = instance(p, given(object) ? object : null, "isInitialized");
        if (p.dynamic) return o.dyn != null && o.dyn.containsKey(p.name);
        for (PhpClass.PropInfo i : o.cls.properties()) {
            if (i.name().equals(p.name) && i.declaring() == p.declaring) return Introspect.initialized(o, i);
        }
        return o.dyn != null && o.dyn.containsKey(p.name);
    }

    static Object getType(Context ctx, ClassTemplate self, Object t) { return RParam.type(ctx, p(t).type()); }

    static Object hasType(Context ctx, ClassTemplate self, Object t) { return !p(t).type().isEmpty(); }

    static Object isPromoted(Context ctx, ClassTemplate self, Object t) { return promoted(p(t)); }

    private static boolean promoted(Prop p) {
        if (p.declaring == null || p.isStatic) return false;
        phpgoc.runtime.MethodInfo ctor = Introspect.method(p.declaring, "__construct");
        if (ctor == null || ctor.metaTemplate() != p.declaring.tpl) return false;
        Meta.Fn m = Meta.fn(ctor.meta());
        if (m == null) return false;
        for (Meta.Param q : m.params()) if (q.name().equals(p.name) && q.has(Meta.PROMOTED)) return true;
        return false;
    }

    static Object isReadOnly(Context ctx, ClassTemplate self, Object t) { return (p(t).flags & ClassTemplate.READONLY) != 0; }

    static Object isStatic(Context ctx, ClassTemplate self, Object t) { return p(t).isStatic; }

    static Object isPublic(Context ctx, ClassTemplate self, Object t) { return (p(t).flags & (ClassTemplate.PRIVATE | ClassTemplate.PROTECTED)) == 0; }

    static Object isPrivate(Context ctx, ClassTemplate self, Object t) { return (p(t).flags & ClassTemplate.PRIVATE) != 0; }

    static Object isProtected(Context ctx, ClassTemplate self, Object t) { return (p(t).flags & ClassTemplate.PROTECTED) != 0; }

    static Object isDefault(Context ctx, ClassTemplate self, Object t) { return !p(t).dynamic; }

    static Object getModifiers(Context ctx, ClassTemplate self, Object t) { return p(t).modifiers(); }

    static Object hasDefaultValue(Context ctx, ClassTemplate self, Object t) {
        Prop p = p(t);
        if (p.dynamic || (boolean) isPromoted(ctx, self, t)) return false;
        return defaultValue(p.cls, p) != Values.UNDEF;
    }

    static Object getDefaultValue(Context ctx, ClassTemplate self, Object t) {
        Prop p = p(t);
        if (p.dynamic || (boolean) isPromoted(ctx, self, t)) return null;
        Object v = defaultValue(p.cls, p);
        return v == Values.UNDEF ? null : v;
    }

    static Object getDeclaringClass(Context ctx, ClassTemplate self, Object t) {
        Prop p = p(t);
        return RClass.make(ctx, p.declaring == null ? p.cls : p.declaring);
    }

    static Object getDocComment(Context ctx, ClassTemplate self, Object t) {
        Meta.Member m = p(t).meta();
        return m == null || m.doc() == null ? Boolean.FALSE : m.doc();
    }

    static Object getAttributes(Context ctx, ClassTemplate self, Object t, Object name, Object flags) {
        Prop p = p(t);
        Meta.Member m = p.meta();
        ClassTemplate tpl = p.declaring == null ? null : p.declaring.tpl;
        return RAttribute.list(ctx, m == null ? null : m.attrs(), (x, k) -> tpl.evaluate(x, k), RAttribute.TARGET_PROPERTY, name, flags);
    }

    static Object setAccessible(Context ctx, ClassTemplate self, Object t, Object accessible) { return null; }

    static Object toString(Context ctx, ClassTemplate self, Object t) { return text(p(t), ""); }

    /** php's _property_string (a static property shows its declared default, not its current value). */
    static String text(Prop p, String indent) {
        StringBuilder sb = new StringBuilder(indent).append("Property [ ");
        if (p.dynamic) return sb.append("<dynamic> public $").append(p.name).append(" ]\n").toString();
        sb.append((p.flags & ClassTemplate.PRIVATE) != 0 ? "private " : (p.flags & ClassTemplate.PROTECTED) != 0 ? "protected " : "public ");
        if (p.isStatic) sb.append("static ");
        if ((p.flags & ClassTemplate.READONLY) != 0) sb.append("readonly ");
        if (!p.type().isEmpty()) sb.append(p.type()).append(' ');
        sb.append('$').append(p.name);
        Object v = promoted(p) ? Values.UNDEF : defaultValue(p.cls, p);
        if (v != Values.UNDEF) sb.append(" = ").append(ExportText.value(v));
        return sb.append(" ]\n").toString();
    }

    // ---- ReflectionClassConstant and enum cases

    static PhpObject constObject(Context ctx, PhpClass cls, Introspect.Const k, boolean asCase) {
        String cl = !k.isCase() ? "ReflectionClassConstant"
                : Introspect.enumBacking(k.declaring().tpl) != null ? "ReflectionEnumBackedCase" : "ReflectionEnumUnitCase";
        PhpObject o = Reflections.make(ctx, asCase || k.isCase() ? cl : "ReflectionClassConstant", new Const(cls, k));
        Reflections.prop(ctx, o, "name", k.name());
        Reflections.prop(ctx, o, "class", k.declaring().fullName);
        return o;
    }

    private static Const k(Object self) { return target(self, Const.class); }

    static Object cConstruct(Context ctx, ClassTemplate self, Object t, Object cls, Object constant) {
        PhpClass c = RClass.classArg(ctx, cls);
        String n = str(constant);
        Introspect.Const k = Introspect.constant(c, n);
        if (k == null) throw fail("Constant " + c.name + "::" + n + " does not exist");
        Reflections.setTarget(t, new Const(c, k));
        Reflections.prop(ctx, t, "name", k.name());
        Reflections.prop(ctx, t, "class", k.declaring().fullName);
        return null;
    }

    static Object cGetName(Context ctx, ClassTemplate self, Object t) { return k(t).k.name(); }

    static Object cGetValue(Context ctx, ClassTemplate self, Object t) { return Introspect.constantValue(k(t).cls, k(t).k.name()); }

    static Object cGetDeclaringClass(Context ctx, ClassTemplate self, Object t) { return RClass.make(ctx, k(t).k.declaring()); }

    static Object cGetModifiers(Context ctx, ClassTemplate self, Object t) {
        return Reflections.phpModifiers(k(t).k.flags() & (7 | ClassTemplate.FINAL));
    }

    static Object cIsPublic(Context ctx, ClassTemplate self, Object t) { return (k(t).k.flags() & 6) == 0; }

    static Object cIsPrivate(Context ctx, ClassTemplate self, Object t) { return (k(t).k.flags() & ClassTemplate.PRIVATE) != 0; }

    static Object cIsProtected(Context ctx, ClassTemplate self, Object t) { return (k(t).k.flags() & ClassTemplate.PROTECTED) != 0; }

    static Object cIsFinal(Context ctx, ClassTemplate self, Object t) { return (k(t).k.flags() & ClassTemplate.FINAL) != 0; }

    static Object cIsEnumCase(Context ctx, ClassTemplate self, Object t) { return k(t).k.isCase(); }

    static Object cGetDocComment(Context ctx, ClassTemplate self, Object t) {
        Meta.Member m = k(t).meta();
        return m == null || m.doc() == null ? Boolean.FALSE : m.doc();
    }

    static Object cGetAttributes(Context ctx, ClassTemplate self, Object t, Object name, Object flags) {
        Const c = k(t);
        Meta.Member m = c.meta();
        ClassTemplate tpl = c.k.declaring().tpl;
        return RAttribute.list(ctx, m == null ? null : m.attrs(), (x, i) -> tpl.evaluate(x, i), RAttribute.TARGET_CLASS_CONSTANT, name, flags);
    }

    static Object getEnum(Context ctx, ClassTemplate self, Object t) {
        PhpObject o = Reflections.make(ctx, "ReflectionEnum", new RClass.Cls(k(t).k.declaring(), null));
        Reflections.prop(ctx, o, "name", k(t).k.declaring().fullName);
        return o;
    }

    static Object getBackingValue(Context ctx, ClassTemplate self, Object t) {
        Object c = cGetValue(ctx, self, t);
        return Enums.backedValue((PhpObject) c);
    }
}
