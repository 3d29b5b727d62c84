package phpgoc.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Enums: an enum is a class whose instances are its cases, one object per case and context (so
 * {@code ===} is identity), made when the case constant is first read. Cases have the readonly
 * properties {@code name} (and {@code value} when backed); enums implement {@code UnitEnum} (and
 * {@code BackedEnum}) and get the static methods {@code cases()}, {@code from()}, {@code tryFrom()}.
 */
public final class Enums {
    private Enums() {}

    /** Constant flag of a case. */
    static final int CASE = 1 << 20;

    public static final ClassTemplate UNIT_ENUM = new ClassTemplate("UnitEnum", ClassTemplate.KIND_INTERFACE, 0, null,
            new String[0], null, null, 0);
    public static final ClassTemplate BACKED_ENUM = new ClassTemplate("BackedEnum", ClassTemplate.KIND_INTERFACE, 0, null,
            new String[] {"UnitEnum"}, null, null, 0);

    private static final ParamInfo[] NO_PARAMS = new ParamInfo[0];
    private static final ParamInfo[] VALUE_PARAM = {new ParamInfo("value", false, false, false)};
    private static final MethodHandle CASES, FROM, TRY_FROM;

    static {
        UNIT_ENUM.method("cases", ClassTemplate.PUBLIC | ClassTemplate.STATIC, null, NO_PARAMS);
        BACKED_ENUM.method("from", ClassTemplate.PUBLIC | ClassTemplate.STATIC, null, VALUE_PARAM);
        BACKED_ENUM.method("tryFrom", ClassTemplate.PUBLIC | ClassTemplate.STATIC, null, VALUE_PARAM);
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            MethodType t = MethodType.methodType(Object.class, Context.class, ClassTemplate.class, Object.class);
            CASES = l.findStatic(Enums.class, "cases", t);
            FROM = l.findStatic(Enums.class, "from", t.appendParameterTypes(Object.class));
            TRY_FROM = l.findStatic(Enums.class, "tryFrom", t.appendParameterTypes(Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Whether {@code o} is an enum case. */
    public static boolean isCase(Object o) { return o instanceof PhpObject p && p.cls.tpl.kind == ClassTemplate.KIND_ENUM; }

    /** The name of case {@code o}. */
    public static String caseName(PhpObject o) { return Convert.toStr(o.getSlot(o.cls.props.get("name").slot())); }

    /** The value of backed case {@code o}, or null for a pure case. */
    public static Object backedValue(PhpObject o) {
        return o.cls.tpl.backing == null ? null : Values.deref(o.getSlot(o.cls.props.get("value").slot()));
    }

    /** Case {@code name} of enum {@code e}, or null. */
    public static Object caseOf(PhpClass e, String name) {
        PhpClass.ConstSlot k = e.constants.get(name);
        return k == null || (k.flags & CASE) == 0 ? null : e.constantValue(k);
    }

    /** What print_r writes after the class name: " Object", or " Enum" / " Enum:int" for a case. */
    public static String printRKind(PhpObject o) {
        if (!isCase(o)) return " Object";
        return o.cls.tpl.backing == null ? " Enum" : " Enum:" + o.cls.tpl.backing;
    }

    /** The properties of an enum's cases (none for other classes). */
    static List<ClassTemplate.Member> props(ClassTemplate tpl) {
        if (tpl.kind != ClassTemplate.KIND_ENUM) return List.of();
        int f = ClassTemplate.PUBLIC | ClassTemplate.READONLY;
        ClassTemplate.Member name = new ClassTemplate.Member("name", f, -1);
        return tpl.backing == null ? List.of(name) : List.of(name, new ClassTemplate.Member("value", f, -1));
    }

    /** Adds UnitEnum (and BackedEnum) after the enum's declared interfaces. */
    static void addInterfaces(Context ctx, ClassTemplate tpl, List<PhpClass> ifaces) {
        PhpClass unit = builtin(ctx, UNIT_ENUM, null);
        if (!ifaces.contains(unit)) ifaces.add(unit);
        if (tpl.backing != null) ifaces.add(builtin(ctx, BACKED_ENUM, unit));
    }

    private static PhpClass builtin(Context ctx, ClassTemplate t, PhpClass parentIface) {
        PhpClass c = ctx.classOf(t);
        if (c == null) {
            c = new PhpClass(ctx, t, null, parentIface == null ? List.of() : List.of(parentIface));
            ctx.declareClass(c);
        }
        return c;
    }

    /** The case constants and built-in static methods of enum {@code c}. */
    static void addMethods(PhpClass c) {
        ClassTemplate tpl = c.tpl;
        for (ClassTemplate.Member m : tpl.cases) {
            c.constants.put(m.name(), new PhpClass.ConstSlot(m.name(), ClassTemplate.PUBLIC | CASE, c, m.init()));
        }
        int f = ClassTemplate.PUBLIC | ClassTemplate.STATIC;
        builtinMethod(c, new MethodInfo(tpl, "cases", f, CASES, NO_PARAMS));
        if (tpl.backing != null) {
            builtinMethod(c, new MethodInfo(tpl, "from", f, FROM, VALUE_PARAM));
            builtinMethod(c, new MethodInfo(tpl, "tryFrom", f, TRY_FROM, VALUE_PARAM));
        }
    }

    /** Adds {@code m} after the enum's own methods, replacing the interface's abstract one. */
    private static void builtinMethod(PhpClass c, MethodInfo m) {
        String k = m.name.toLowerCase(java.util.Locale.ROOT);
        MethodInfo cur = c.methods.get(k);
        if (cur != null && !cur.isAbstract()) return;
        c.methods.remove(k);
        c.methods.put(k, m);
    }

    /** The object of case {@code k} of enum {@code e} (its constant's value, made once per context). */
    static PhpObject makeCase(PhpClass e, PhpClass.ConstSlot k) {
        PhpObject o = e.blank();
        o.flags |= PhpObject.ESCAPED;
        o.setSlot(e.props.get("name").slot(), k.name);
        if (e.tpl.backing != null) o.setSlot(e.props.get("value").slot(), e.tpl.evaluate(e.ctx, k.init));
        return o;
    }

    static Object cases(Context ctx, ClassTemplate self, Object called) {
        PhpClass e = ctx.classOf(self);
        PhpArray a = new PhpArray();
        for (ClassTemplate.Member m : self.cases) a.append(e.constantValue(e.constants.get(m.name())));
        return a;
    }

    static Object from(Context ctx, ClassTemplate self, Object called, Object value) {
        return lookup(ctx, self, value, "from");
    }

    static Object tryFrom(Context ctx, ClassTemplate self, Object called, Object value) {
        return lookup(ctx, self, value, "tryFrom");
    }

    private static Object lookup(Context ctx, ClassTemplate self, Object value, String fn) {
        String display = self.name + "::" + fn;
        try {
            PhpClass e = ctx.classOf(self);
            Object key = backingKey(ctx, self, Values.deref(value), display);
            PhpObject o = table(e).get(key);
            if (o != null || fn.equals("tryFrom")) return o;
            String shown = key instanceof Long ? key.toString() : "\"" + key + "\"";
            throw new PhpError("ValueError", shown + " is not a valid backing value for enum " + self.name);
        } catch (PhpError err) {
            throw Traces.builtinFrame(err, display, new Object[] {value}, null, 0);
        }
    }

    private static Object backingKey(Context ctx, ClassTemplate self, Object v, String display) {
        if (v == null || v == Values.UNDEF) {
            ctx.deprecated(display + "(): Passing null to parameter #1 ($value) of type string|int is deprecated");
            return self.backing.equals("int") ? (Object) 0L : "";
        }
        if (self.backing.equals("int")) return Args.toInt(v, display, 1, "value");
        return Args.str(v, display, 1, "value");
    }

    /** Backing value -> case, built at the first from/tryFrom (where php reports duplicate values). */
    private static Map<Object, PhpObject> table(PhpClass e) {
        if (e.enumTable != null) return e.enumTable;
        Map<Object, PhpObject> t = new HashMap<>();
        Map<Object, String> names = new HashMap<>();
        for (ClassTemplate.Member m : e.tpl.cases) {
            PhpObject o = (PhpObject) e.constantValue(e.constants.get(m.name()));
            Object v = o.getSlot(e.props.get("value").slot());
            Object k = v instanceof Long ? v : Convert.toStr(v);
            String old = names.putIfAbsent(k, m.name());
            if (old != null) {
                throw new PhpError("Error", "Duplicate value in enum " + e.name + " for cases " + old + " and " + m.name());
            }
            t.put(k, o);
        }
        return e.enumTable = t;
    }
}
