package phpgoc.runtime.ext.core;

import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Traits;
import phpgoc.runtime.Values;

/** Zend core's functions on traits and enums: {@code class_uses}, {@code trait_exists}, {@code enum_exists}. */
public final class TraitEnumFunctions {
    private TraitEnumFunctions() {}

    private static PhpClass classOf(Context ctx, Object v) {
        if (v instanceof PhpObject o) return o.cls;
        if (Values.isString(v)) return ctx.findClass(Convert.toStr(v));
        return null;
    }

    public static Object class_uses(Context ctx, Object object_or_class) {
        PhpClass c = classOf(ctx, object_or_class);
        if (c == null) {
            ctx.warning("class_uses(): Class " + Convert.toStr(object_or_class) + " does not exist and could not be loaded");
            return Boolean.FALSE;
        }
        return Traits.uses(c);
    }

    public static Object class_uses(Context ctx, Object object_or_class, Object autoload) {
        return class_uses(ctx, object_or_class);
    }

    /** {@code get_class_methods} from outside any class: the public methods. */
    public static Object get_class_methods(Context ctx, Object object_or_class) {
        return classMethods(ctx, object_or_class, null);
    }

    /**
     * {@code get_class_methods} called from code of class {@code scope}: the methods callable from
     * there, in php's function table order.
     */
    public static Object classMethods(Context ctx, Object object_or_class, ClassTemplate scope) {
        object_or_class = Values.deref(object_or_class);
        PhpClass c = object_or_class instanceof PhpObject o ? o.cls
                : Values.isString(object_or_class) ? ctx.loadClass(Convert.toStr(object_or_class)) : null;
        if (c == null) {
            throw new phpgoc.runtime.PhpError("TypeError", "get_class_methods(): Argument #1 ($object_or_class) must be an"
                    + " object or a valid class name, " + Values.typeName(object_or_class) + " given");
        }
        PhpArray a = new PhpArray();
        for (phpgoc.runtime.MethodInfo m : Traits.tableOrder(c)) {
            if (phpgoc.runtime.ObjectOps.canCall(ctx, m, scope)) a.append(m.name);
        }
        return a;
    }

    /** Whether a class of {@code kind} is named {@code name}; the autoloaders run unless {@code autoload} is false. */
    private static boolean exists(Context ctx, Object name, int kind, Object autoload) {
        String n = Convert.toStr(name);
        PhpClass c = autoload == null || Convert.toBool(autoload) ? ctx.loadClass(n) : ctx.findClass(n);
        return c != null && c.tpl.kind == kind;
    }

    public static boolean trait_exists(Context ctx, Object trait) { return exists(ctx, trait, ClassTemplate.KIND_TRAIT, null); }

    public static boolean trait_exists(Context ctx, Object trait, Object autoload) {
        return exists(ctx, trait, ClassTemplate.KIND_TRAIT, autoload);
    }

    public static boolean enum_exists(Context ctx, Object enum_) { return exists(ctx, enum_, ClassTemplate.KIND_ENUM, null); }

    public static boolean enum_exists(Context ctx, Object enum_, Object autoload) {
        return exists(ctx, enum_, ClassTemplate.KIND_ENUM, autoload);
    }
}
