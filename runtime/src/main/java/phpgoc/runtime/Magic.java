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

    static Object guarded(Context ctx, PhpObject o, MethodInfo m, int kind, String prop, Object[] args) {
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

    /**
     * {@code $o->name[...] = v} on a missing or inaccessible property through {@code __get}: the
     * array a by-reference {@code &__get} returns, else a temporary (php's notice: the write is
     * lost). Null when the class has no (unguarded) {@code __get}.
     */
    static PhpArray overloadedArray(Context ctx, PhpObject o, String name) {
        MethodInfo m = hook(o, "__get", GET, name);
        if (m == null) return null;
        Object r = guarded(ctx, o, m, GET, name, new Object[] {name});
        if (r instanceof Ref ref) {
            PhpArray a = Access.arrayForWrite(ref.get());
            ref.value = a;
            return a;
        }
        ctx.notice("Indirect modification of overloaded property " + o.cls.name + "::$" + name + " has no effect");
        return Access.arrayForWrite(r instanceof PhpArray a ? a.copy() : r);
    }

    /**
     * {@code $o->name} as the container of a nested property write ({@code $o->name->x = v}):
     * Error on a non-object, no warning for a missing property (read as for {@code ??}: php calls only {@code __get} here).
     */
    public static Object propForWrite(Object o, Context ctx, String name, ClassTemplate scope) {
        o = Values.deref(o);
        if (!(o instanceof PhpObject)) {
            throw new PhpError("Error", "Attempt to modify property \"" + name + "\" on " + Values.typeName(o));
        }
        return ObjectOps.getPropQuiet(o, ctx, name, scope);
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
        if (p == null && obj.internal != null && obj.internal.propertiesAreOffsets()) return Spl.offsetExists(obj, name);
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
    public static MethodInfo resolveOrMagic(Context ctx, PhpClass cls, String name, ClassTemplate scope, MethodInfo magic) {
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

    /** The properties var_dump and print_r show: {@code __debugInfo()}'s array if the class has one. */
    public static java.util.List<ObjectOps.Property> debugProperties(PhpObject o) {
        if (o instanceof Closure c) return Closures.debugProperties(c);
        MethodInfo m = o.cls.findMethod("__debuginfo");
        if (m == null) {
            java.util.List<ObjectOps.Property> props = ObjectOps.properties(o);
            if (o.internal != null) o.internal.debugProperties(props);
            return props;
        }
        Object r = Values.deref(m.invoke(Context.current(), o, new Object[0]));
        java.util.List<ObjectOps.Property> out = new java.util.ArrayList<>();
        if (r == null) return out;
        if (!(r instanceof PhpArray a)) {
            throw FatalError.here("__debuginfo() must return an array");
        }
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object k = a.keyAt(p);
            out.add(new ObjectOps.Property(Convert.toStr(k), k instanceof Long ? ObjectOps.Property.INDEX : "", a.rawValueAt(p)));
        }
        return out;
    }

    /** The public properties of {@code o} as an array (array_column's view of an object row). */
    public static PhpArray publicProperties(PhpObject o) {
        PhpArray a = new PhpArray();
        for (ObjectOps.Property p : ObjectOps.properties(o)) {
            if (p.visibility().isEmpty()) a.put(p.name(), Values.copyOnAssign(Destructors.escaped(Values.deref(p.value()))));
        }
        return a;
    }

    /** Whether {@code o} converts to string ({@code Stringable}). */
    public static boolean hasToString(Object o) {
        return o instanceof PhpObject p && p.cls.findMethod("__tostring") != null;
    }
}
