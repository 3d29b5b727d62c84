package phpgoc.runtime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What PHP's Reflection ({@code ext.reflection}) reads of a linked class that the engine keeps
 * package-private: members in php's order, constants and statics with their declaring classes,
 * default values. Not used on any hot path.
 */
public final class Introspect {
    private Introspect() {}

    /** A constant or enum case: its flags, declaring class and whether it is a case. */
    public record Const(String name, int flags, PhpClass declaring, boolean isCase) {}

    /** A static property: flags and declaring class. */
    public record Static(String name, int flags, PhpClass declaring) {}

    public static Context context(PhpClass c) { return c.ctx; }

    public static List<PhpClass> interfaces(PhpClass c) { return c.interfaces; }

    public static List<PhpClass> traits(PhpClass c) { return c.traits; }

    /** The method named {@code name} (any case), or null. */
    public static MethodInfo method(PhpClass c, String name) { return c.findMethod(name); }

    /** Methods in php's order: the class's own (and its traits'), then the inherited ones, then interfaces'. */
    public static List<MethodInfo> methods(PhpClass c) {
        Map<String, MethodInfo> out = new LinkedHashMap<>();
        for (MethodInfo m : c.tpl.methods) {
            String k = m.name.toLowerCase(Locale.ROOT);
            if (c.methods.get(k) != null) out.put(k, c.methods.get(k));
        }
        if (c.parent != null) {
            for (MethodInfo m : methods(c.parent)) {
                String k = m.name.toLowerCase(Locale.ROOT);
                MethodInfo mine = c.methods.get(k);
                if (mine == null || mine.isPrivate() && mine.declaring != c.tpl) continue;
                out.putIfAbsent(k, mine);
            }
        }
        // then trait methods (copied into this class) and abstract ones from interfaces
        for (Map.Entry<String, MethodInfo> e : c.methods.entrySet()) {
            MethodInfo m = e.getValue();
            if (m.declaring == c.tpl) out.putIfAbsent(e.getKey(), m);
        }
        for (Map.Entry<String, MethodInfo> e : c.methods.entrySet()) {
            MethodInfo m = e.getValue();
            if (m.isPrivate() && m.declaring != c.tpl) continue;
            out.putIfAbsent(e.getKey(), m);
        }
        return new ArrayList<>(out.values());
    }

    /** The class whose code declared {@code m} as seen from {@code c} (the user of a trait for a trait's method). */
    public static PhpClass declaringClass(PhpClass c, MethodInfo m) {
        for (PhpClass k = c; k != null; k = k.parent) if (k.tpl == m.declaring) return k;
        for (PhpClass i : c.interfaces) if (i.tpl == m.declaring) return i;
        PhpClass d = c.ctx.classOf(m.declaring);
        return d != null ? d : c;
    }

    /** Constants and enum cases in php's order (own first, then inherited ones). */
    public static List<Const> constants(PhpClass c) {
        List<Const> own = new ArrayList<>(), inherited = new ArrayList<>();
        for (PhpClass.ConstSlot s : c.constants.values()) {
            Const k = new Const(s.name, s.flags, s.declaring, (s.flags & Enums.CASE) != 0);
            (s.declaring == c ? own : inherited).add(k);
        }
        own.addAll(inherited);
        return own;
    }

    public static Const constant(PhpClass c, String name) {
        PhpClass.ConstSlot s = c.constants.get(name);
        return s == null ? null : new Const(s.name, s.flags, s.declaring, (s.flags & Enums.CASE) != 0);
    }

    /** The value of constant or case {@code name} of {@code c} (evaluated on first use). */
    public static Object constantValue(PhpClass c, String name) { return c.constantValue(c.constants.get(name)); }

    public static List<Static> statics(PhpClass c) {
        List<Static> out = new ArrayList<>();
        for (PhpClass.StaticSlot s : c.statics.values()) out.add(new Static(s.name, s.flags, s.declaring));
        return out;
    }

    /** Whether static property {@code name} of {@code c} holds a value (a typed one without default starts uninitialised). */
    public static boolean staticInitialized(PhpClass c, String name) {
        PhpClass.StaticSlot s = c.staticSlot(name);
        return s != null && s.ref.value != Values.UNDEF;
    }

    /** The Ref of static property {@code name} (its class's statics initialised), or null. */
    public static Ref staticRef(PhpClass c, String name) {
        PhpClass.StaticSlot s = c.staticSlot(name);
        return s == null ? null : s.ref;
    }

    /** The evaluated default of instance property {@code p} (UNDEF for a typed one without a default). */
    public static Object propDefault(PhpClass c, PhpClass.PropInfo p) {
        Object v = c.defaultValues()[p.slot()];
        return v instanceof PhpArray a ? a.copy() : v;
    }

    /** Whether property {@code name} declared in {@code tpl} has an initialiser ({@code = value}). */
    public static boolean hasInitializer(PhpClass declaring, String name, boolean isStatic) {
        for (ClassTemplate.Member m : isStatic ? declaring.tpl.statics : declaring.tpl.props) {
            if (m.name().equals(name)) return m.init() >= 0;
        }
        for (Traits.TraitProp t : declaring.traitProps) if (t.m().name().equals(name)) return t.m().init() >= 0;
        return false;
    }

    /** The default of static property {@code name} as declared (not its current value). */
    public static Object staticDefault(PhpClass declaring, String name) {
        for (ClassTemplate.Member m : declaring.tpl.statics) {
            if (m.name().equals(name)) return m.init() >= 0 ? declaring.tpl.evaluate(declaring.ctx, m.init()) : null;
        }
        return null;
    }

    /** The declared type of a property of {@code declaring}, or null. */
    public static PropTypes.PropType propType(PhpClass declaring, String name) { return declaring.tpl.propTypes.get(name); }

    /** The backing type of an enum template ("int"/"string"), null when pure. */
    public static String enumBacking(ClassTemplate tpl) { return tpl.backing; }

    /** Whether {@code c} is an enum. */
    public static boolean isEnum(PhpClass c) { return c.tpl.kind == ClassTemplate.KIND_ENUM; }

    /** Whether {@code o}'s declared instance property {@code p} is initialised. */
    public static boolean initialized(PhpObject o, PhpClass.PropInfo p) { return o.getSlot(p.slot()) != Values.UNDEF; }

    /** The class {@code tpl} was declared as in {@code ctx}, or null. */
    public static PhpClass classOf(Context ctx, ClassTemplate tpl) { return ctx.classOf(tpl); }
}
