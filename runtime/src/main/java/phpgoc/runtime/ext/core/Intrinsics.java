package phpgoc.runtime.ext.core;

import phpgoc.runtime.Args;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.ObjectArrays;
import phpgoc.runtime.Ops;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Traits;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Callbacks;

/**
 * The functions the compiler implements inline when they are called by name ({@code define},
 * {@code defined}, {@code constant}, {@code get_object_vars}, {@code get_class_vars},
 * {@code get_called_class}, {@code forward_static_call[_array]}), as real functions: what
 * {@code function_exists()}, {@code is_callable()}, {@code $f()} and callbacks reach. Those that
 * depend on the calling code's class take it from the stack ({@link Traits#callerClass}), as php
 * takes the scope of the nearest PHP function; the called class of a static method is not known
 * there, so {@code get_called_class()} and {@code forward_static_call()} reached this way see the
 * method's own class (or the {@code $this} of a method that passed a callback to a library function).
 */
public final class Intrinsics {
    private Intrinsics() {}

    public static boolean define(Context ctx, Object constant_name, Object value) {
        return Ops.define(ctx, Args.str(constant_name, "define", 1, "constant_name"), Values.copyOnAssign(value));
    }

    public static boolean define(Context ctx, Object constant_name, Object value, Object case_insensitive) {
        String n = Args.str(constant_name, "define", 1, "constant_name");
        if (case_insensitive != Values.UNDEF && Args.toBool(case_insensitive, "define", 3, "case_insensitive")) {
            ctx.warning("define(): Argument #3 ($case_insensitive) is ignored since declaration of case-insensitive"
                    + " constants is no longer supported");
        }
        return define(ctx, n, value);
    }

    public static boolean defined(Context ctx, Object constant_name) {
        return Ops.defined(ctx, Args.str(constant_name, "defined", 1, "constant_name"));
    }

    public static Object constant(Context ctx, Object name) {
        String n = Args.str(name, "constant", 1, "name");
        if (!n.contains("::")) return Values.copyOnAssign(Ops.constant(ctx, n));
        return Values.copyOnAssign(Ops.constant(ctx, n, scope(ctx), thisOrStatic(ctx)));
    }

    public static Object get_object_vars(Context ctx, Object object) {
        if (!(object instanceof PhpObject)) {
            throw new PhpError("TypeError", "get_object_vars(): Argument #1 ($object) must be of type object, "
                    + Values.typeName(object) + " given");
        }
        return ObjectArrays.getObjectVars(object, scope(ctx));
    }

    public static Object get_class_vars(Context ctx, Object class_) {
        return ObjectArrays.getClassVars(ctx, Args.str(class_, "get_class_vars", 1, "class"), scope(ctx));
    }

    public static Object get_called_class(Context ctx) {
        return ObjectArrays.calledClass(thisOrStatic(ctx));
    }

    public static Object forward_static_call(Context ctx, Object callback, Object[] args) {
        return Callbacks.forwardStaticCall(ctx, scope(ctx), thisOrStatic(ctx), callback, args);
    }

    public static Object forward_static_call_array(Context ctx, Object callback, Object args) {
        return Callbacks.forwardStaticCallArray(ctx, scope(ctx), thisOrStatic(ctx), callback, args);
    }

    private static ClassTemplate scope(Context ctx) {
        PhpClass c = Traits.callerClass(ctx);
        return c == null ? null : c.tpl;
    }

    /** The calling method's class, or the {@code $this} its code handed to a library function when that is one of it. */
    private static Object thisOrStatic(Context ctx) {
        PhpClass c = Traits.callerClass(ctx);
        if (c == null) return null;
        if (ctx.callerThis instanceof PhpObject o && o.cls.isSubclassOf(c)) return o;
        return c;
    }
}
