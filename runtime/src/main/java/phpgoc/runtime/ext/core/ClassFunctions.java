package phpgoc.runtime.ext.core;

import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/** Zend core's class and object functions ({@code get_class}, {@code method_exists}, {@code is_a}, ...). */
public final class ClassFunctions {
    private ClassFunctions() {}

    public static Object get_class(Object object) {
        if (object instanceof PhpObject o) return o.cls.fullName;
        throw new PhpError("TypeError", "get_class(): Argument #1 ($object) must be of type object, "
                + Values.typeName(object) + " given");
    }

    /** {@code get_class()} without arguments, called from code of class {@code scope} (null outside classes). */
    public static Object scopeClass(Context ctx, ClassTemplate scope) {
        if (scope == null) throw new PhpError("Error", "get_class() without arguments must be called from within a class");
        return ctx.classOf(scope).fullName;
    }

    /** {@code get_parent_class()} without arguments, called from code of class {@code scope}. */
    public static Object scopeParent(Context ctx, ClassTemplate scope) {
        PhpClass c = scope == null ? null : ctx.classOf(scope);
        return c == null || c.parent == null ? Boolean.FALSE : c.parent.name;
    }

    public static Object get_parent_class(Context ctx, Object object_or_class) {
        PhpClass c = classOf(ctx, object_or_class);
        return c == null || c.parent == null ? Boolean.FALSE : c.parent.name;
    }

    private static PhpClass classOf(Context ctx, Object v) {
        if (v instanceof PhpObject o) return o.cls;
        if (Values.isString(v)) return ctx.loadClass(Convert.toStr(v));
        return null;
    }

    public static boolean method_exists(Context ctx, Object object_or_class, Object method) {
        if (!(object_or_class instanceof PhpObject || Values.isString(object_or_class))) {
            throw new PhpError("TypeError", "method_exists(): Argument #1 ($object_or_class) must be of type object|string, "
                    + Values.typeName(object_or_class) + " given");
        }
        PhpClass c = classOf(ctx, object_or_class);
        return c != null && c.findMethod(Convert.toStr(method)) != null;
    }

    public static boolean property_exists(Context ctx, Object object_or_class, Object property) {
        PhpClass c = classOf(ctx, object_or_class);
        if (c == null) return false;
        String name = Convert.toStr(property);
        for (PhpClass.PropInfo p : c.properties()) if (p.name().equals(name)) return true;
        if (phpgoc.runtime.ObjectOps.hasStaticProp(c, name)) return true;
        return object_or_class instanceof PhpObject o && o.dyn != null && o.dyn.containsKey(name);
    }

    public static boolean class_exists(Context ctx, Object class_) { return class_exists(ctx, class_, true); }

    public static boolean class_exists(Context ctx, Object class_, Object autoload) {
        PhpClass c = lookup(ctx, class_, autoload);
        return c != null && !c.isInterface() && c.tpl.kind != phpgoc.runtime.ClassTemplate.KIND_TRAIT;
    }

    public static boolean interface_exists(Context ctx, Object interface_) { return interface_exists(ctx, interface_, true); }

    public static boolean interface_exists(Context ctx, Object interface_, Object autoload) {
        PhpClass c = lookup(ctx, interface_, autoload);
        return c != null && c.isInterface();
    }

    private static PhpClass lookup(Context ctx, Object name, Object autoload) {
        String n = Convert.toStr(name);
        return autoload == Values.UNDEF || Convert.toBool(autoload) ? ctx.loadClass(n) : ctx.findClass(n);
    }

    public static boolean is_a(Context ctx, Object object_or_class, Object class_) {
        return is_a(ctx, object_or_class, class_, false);
    }

    public static boolean is_a(Context ctx, Object object_or_class, Object class_, Object allow_string) {
        PhpClass c = object_or_class instanceof PhpObject o ? o.cls
                : Values.isString(object_or_class) && allow_string != Values.UNDEF && Convert.toBool(allow_string)
                ? ctx.loadClass(Convert.toStr(object_or_class)) : null;
        PhpClass target = ctx.findClass(Convert.toStr(class_));
        return c != null && target != null && c.isSubclassOf(target);
    }

    public static boolean is_subclass_of(Context ctx, Object object_or_class, Object class_) {
        return is_subclass_of(ctx, object_or_class, class_, true);
    }

    public static boolean is_subclass_of(Context ctx, Object object_or_class, Object class_, Object allow_string) {
        if (!(object_or_class instanceof PhpObject) && allow_string != Values.UNDEF && !Convert.toBool(allow_string)) return false;
        PhpClass c = classOf(ctx, object_or_class);
        PhpClass target = ctx.findClass(Convert.toStr(class_));
        return c != null && target != null && c != target && c.isSubclassOf(target);
    }

    public static long spl_object_id(Object object) {
        if (object instanceof PhpObject o) return o.id;
        throw new PhpError("TypeError", "spl_object_id(): Argument #1 ($object) must be of type object, "
                + Values.typeName(object) + " given");
    }

    public static boolean is_object(Object value) { return value instanceof PhpObject; }

}
