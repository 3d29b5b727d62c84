package phpgoc.runtime;

import java.util.HashSet;

/**
 * Magic methods on the slow paths of member access: {@code __get}, {@code __set}, {@code __isset},
 * {@code __unset} (with php's per-object, per-name recursion guard: inside {@code __get('x')} a
 * read of {@code $this->x} is a plain property read), {@code __call}, {@code __callStatic},
 * {@code __toString}.
 */
public final class Magic {
    private Magic() {}

    static final int GET = 1, SET = 2, ISSET = 4, UNSET = 8;

    /** The magic method {@code name} of {@code o}'s class unless the guard {@code kind} is on for {@code prop}. */
    static MethodInfo hook(PhpObject o, String name, int kind, String prop) {
        MethodInfo m = o.cls.findMethod(name);
        if (m == null) return null;
        if (o.guards != null && o.guards.contains(kind + prop)) return null;
        return m;
    }

    private static Object guarded(Context ctx, PhpObject o, MethodInfo m, int kind, String prop, Object[] args) {
        if (o.guards == null) o.guards = new HashSet<>();
        String key = kind + prop;
        o.guards.add(key);
        try {
            return m.invoke(ctx, o, args);
        } finally {
            o.guards.remove(key);
        }
    }

    static Object get(Context ctx, PhpObject o, MethodInfo m, String prop) {
        return Values.deref(guarded(ctx, o, m, GET, prop, new Object[] {prop}));
    }

    static void set(Context ctx, PhpObject o, MethodInfo m, String prop, Object v) {
        guarded(ctx, o, m, SET, prop, new Object[] {prop, v});
    }

    static boolean isset(Context ctx, PhpObject o, MethodInfo m, String prop) {
        return Convert.toBool(guarded(ctx, o, m, ISSET, prop, new Object[] {prop}));
    }

    static void unset(Context ctx, PhpObject o, MethodInfo m, String prop) {
        guarded(ctx, o, m, UNSET, prop, new Object[] {prop});
    }

    /** {@code isset($o->name)}: the declared or dynamic property's value is not null, else {@code __isset}. */
    public static boolean issetProp(Object o, Context ctx, String name, ClassTemplate scope) {
        if (!(Values.deref(o) instanceof PhpObject obj)) return false;
        PhpClass.PropInfo p;
        try {
            p = obj.cls.findProp(name, scope);
        } catch (PhpError e) {
            p = null;
            MethodInfo m = hook(obj, "__isset", ISSET, name);
            return m != null && isset(ctx, obj, m, name);
        }
        Object v = p != null ? obj.getSlot(p.slot()) : obj.dyn == null ? Values.UNDEF : obj.dyn.lookupStr(name);
        if (v != Values.UNDEF) return Values.deref(v) != null;
        MethodInfo m = hook(obj, "__isset", ISSET, name);
        return m != null && isset(ctx, obj, m, name);
    }

    /** The args of a {@code __call}/{@code __callStatic} call as a list. */
    static PhpArray argList(Object[] args) {
        PhpArray a = new PhpArray(args.length);
        for (Object x : args) a.append(Values.copyOnAssign(Values.deref(x)));
        return a;
    }

    /**
     * The method {@code name} of {@code cls} for a call from {@code scope}, or null when it is
     * missing or not visible and {@code magic} (the class's {@code __call} or {@code __callStatic})
     * takes the call instead.
     */
    static MethodInfo resolveOrMagic(Context ctx, PhpClass cls, String name, ClassTemplate scope, MethodInfo magic) {
        if (magic == null) return ObjectOps.resolveMethod(ctx, cls, name, scope);
        MethodInfo m = cls.findMethod(name);
        if (m == null) return null;
        if (m.isPrivate() && m.declaring != scope && scope != null) {
            PhpClass s = ctx.classOf(scope);
            if (s != null && cls.isSubclassOf(s)) {
                MethodInfo own = s.findMethod(name);
                if (own != null && own.declaring == scope) return ObjectOps.resolveMethod(ctx, cls, name, scope);
            }
        }
        if (!ObjectOps.visible(ctx, m, scope)) return null;
        return ObjectOps.resolveMethod(ctx, cls, name, scope);
    }

    /** {@code $o->name(args)} through {@code __call}. */
    static Object call(Context ctx, PhpObject o, MethodInfo magic, String name, Object[] args) {
        return magic.invoke(ctx, o, new Object[] {name, argList(args)});
    }

    /** {@code C::name(args)} through {@code __callStatic}. */
    static Object callStatic(Context ctx, PhpClass cls, MethodInfo magic, String name, Object[] args) {
        return magic.invoke(ctx, cls, new Object[] {name, argList(args)});
    }

    /** {@code (string) $o}: {@code __toString()}, else php's Error. */
    public static String toStr(PhpObject o) {
        MethodInfo m = o.cls.findMethod("__tostring");
        if (m == null) throw new PhpError("Error", "Object of class " + o.cls.name + " could not be converted to string");
        Object r = Values.deref(m.invoke(Context.current(), o, new Object[0]));
        if (!Values.isString(r)) {
            throw new PhpError("Error", o.cls.name + "::__toString(): Return value must be of type string, "
                    + Values.typeName(r) + " returned");
        }
        return Convert.toStr(r);
    }

    /** Whether {@code o} converts to string ({@code Stringable}). */
    public static boolean hasToString(Object o) {
        return o instanceof PhpObject p && p.cls.findMethod("__tostring") != null;
    }
}
