package phpgoc.runtime;

/**
 * References to properties ({@code $r = &$o->p}, {@code f($o->p)} by reference, {@code foreach
 * ($o->arr as &$v)}): the property's slot (or dynamic-table entry) then holds the {@link Ref}, as
 * array elements do after {@code &$a[k]}. Every reader of a slot derefs; the inline-cached
 * {@code getProp}/{@code setProp} paths fall back to {@link ObjectOps} when the slot holds a Ref.
 */
public final class PropRefs {
    private PropRefs() {}

    /** {@code &$o->name}: the property's Ref, made on first use (an unset untyped one becomes null). */
    public static Ref propRef(Object o, Context ctx, String name, ClassTemplate scope) {
        if (!(o instanceof PhpObject obj)) {
            throw new PhpError("Error", "Attempt to modify property \"" + name + "\" on " + Values.typeName(Values.deref(o)));
        }
        PhpClass.PropInfo p;
        try {
            p = obj.cls.findProp(name, scope);
        } catch (PhpError e) {
            Ref r = overloaded(ctx, obj, name);
            if (r == null) throw e;
            return r;
        }
        if (p == null) {
            if (obj.dyn == null || !obj.dyn.containsKey(name)) {
                Ref r = overloaded(ctx, obj, name);
                if (r != null) return r;
                if (Enums.isCase(obj)) throw new PhpError("Error", "Cannot create dynamic property " + obj.cls.name + "::$" + name);
                if (!ObjectOps.allowsDynamic(obj.cls)) {
                    ctx.deprecated("Creation of dynamic property " + obj.cls.name + "::$" + name + " is deprecated");
                }
                if (obj.dyn == null) obj.dyn = new PhpArray();
                obj.dyn.putStr(name, null);
            }
            return obj.dyn.refAt(name);
        }
        Object v = obj.getSlot(p.slot());
        if (v instanceof Ref r) return r;
        Destructors.escape(v); // the reference reaches it without a property read
        if (p.isReadonly()) {
            // an object in a readonly property may be written into, through a reference to a copy (as php)
            ObjectOps.checkReadonlyIndirect(obj, p);
            return new Ref(v);
        }
        if (v == Values.UNDEF) {
            if (p.isTyped()) {
                throw new PhpError("Error", "Cannot access uninitialized non-nullable property " + p.declaring().name
                        + "::$" + name + " by reference");
            }
            v = null;
        }
        Ref r = new Ref(v);
        if (p.isTyped() && PropTypes.of(p) != null) r.typed = p;
        obj.setSlot(p.slot(), r);
        return r;
    }

    /**
     * {@code foreach ($o as &$v)}: the properties visible from {@code scope} (declared ones in
     * order, then dynamic ones) as an array of their Refs; null when {@code v} is not an object.
     */
    public static PhpArray foreachRefs(Object v, ClassTemplate scope) {
        if (v instanceof Ref r) v = r.value;
        if (!(v instanceof PhpObject o)) return null;
        if (o.cls.isA("traversable")) throw new PhpError("Error", "An iterator cannot be used with foreach by reference");
        Context ctx = o.cls.ctx;
        PhpArray out = new PhpArray();
        for (PhpClass.PropInfo p : o.cls.propList) {
            if (o.getSlot(p.slot()) == Values.UNDEF) continue;
            if (p.isPrivate() ? p.declaring().tpl != scope
                    : p.isProtected() && !Classes.protectedVisible(ctx, p.declaring(), scope)) continue;
            if (p.isReadonly()) {
                throw new PhpError("Error", "Cannot acquire reference to readonly property " + p.declaring().name + "::$" + p.name());
            }
            out.putRef(p.name(), propRef(o, ctx, p.name(), p.declaring().tpl));
        }
        if (o.dyn != null) {
            for (int pos = o.dyn.firstPos(); pos >= 0; pos = o.dyn.nextPos(pos)) out.putRef(o.dyn.keyAt(pos), o.dyn.refAtPos(pos));
        }
        return out;
    }

    /** {@code $o->name = &r}. */
    public static void bindProp(Object o, Context ctx, String name, ClassTemplate scope, Ref r) {
        if (!(o instanceof PhpObject obj)) {
            throw new PhpError("Error", "Attempt to modify property \"" + name + "\" on " + Values.typeName(Values.deref(o)));
        }
        PhpClass.PropInfo p = obj.cls.findProp(name, scope);
        if (p == null) {
            if (obj.dyn == null || !obj.dyn.containsKey(name)) {
                if (Enums.isCase(obj)) throw new PhpError("Error", "Cannot create dynamic property " + obj.cls.name + "::$" + name);
                if (!ObjectOps.allowsDynamic(obj.cls)) {
                    ctx.deprecated("Creation of dynamic property " + obj.cls.name + "::$" + name + " is deprecated");
                }
                if (obj.dyn == null) obj.dyn = new PhpArray();
            }
            obj.dyn.putRef(name, r);
            return;
        }
        Object old = obj.getSlot(p.slot());
        if (p.isReadonly()) throw new PhpError("Error", "Cannot modify readonly property " + p.declaring().name + "::$" + name);
        if (p.isTyped() && PropTypes.of(p) != null) {
            r.value = PropTypes.coerce(p, r.get());
            r.typed = p;
        }
        if (old instanceof Ref was) was.binds--;
        r.binds++;
        obj.setSlot(p.slot(), r);
    }

    /** {@code C::$name = &r}: the static property (shared with the subclasses that inherit it) becomes r, checked as the file's mode says. */
    public static void bindStatic(Context ctx, PhpClass cls, String name, ClassTemplate scope, Ref r, boolean strict) {
        ObjectOps.staticProp(ctx, cls, name, scope);
        PhpClass.StaticSlot s = cls.staticSlot(name);
        StaticProps.bind(s, r, strict);
        s.ref.binds--;
        r.binds++;
        s.ref = r;
    }

    /** What {@code __get} gives for a reference: its Ref if it returns by reference; null without {@code __get}. */
    private static Ref overloaded(Context ctx, PhpObject obj, String name) {
        MethodInfo m = Magic.hook(obj, "__get", Magic.GET, name);
        if (m == null) return null;
        Object v = Magic.guarded(ctx, obj, m, Magic.GET, name, new Object[] {name});
        if (v instanceof Ref r) return r;
        ctx.notice("Indirect modification of overloaded property " + obj.cls.name + "::$" + name + " has no effect");
        return new Ref(v);
    }

    /** {@code $o->name[...] = v}: the container of the write, an object the property holds or its writable array. */
    public static Object containerForWrite(Object o, Context ctx, String name, ClassTemplate scope) {
        if (o instanceof PhpObject obj) {
            try {
                PhpClass.PropInfo p = obj.cls.findProp(name, scope);
                Object v = p != null ? obj.getSlot(p.slot()) : obj.dyn == null ? Values.UNDEF : obj.dyn.lookupStr(name);
                if (Values.deref(v) instanceof PhpObject inner) return inner;
            } catch (PhpError e) {
                // inaccessible: propArrayForWrite goes to __get or reports it
            }
        }
        return ObjectOps.propArrayForWrite(o, ctx, name, scope);
    }

    /** {@code v} as the typed property holding a reference accepts it, or php's TypeError. */
    static Object checkTyped(Object typed, Object v) { return checkTyped(typed, v, false); }

    /** As above, from a file with or without strict_types. */
    static Object checkTyped(Object typed, Object v, boolean strict) {
        if (typed instanceof StaticProps.Typed s) return s.check(v, strict);
        PhpClass.PropInfo p = (PhpClass.PropInfo) typed;
        PropTypes.PropType t = PropTypes.of(p);
        return TypeCheck.referenceProperty(v, t.mask(), t.check(), t.name(), strict, p.declaring().name, p.name());
    }

    /** The value of a slot for reading: a Ref's value. */
    public static Object value(Object slot) { return slot instanceof Ref r ? r.get() : slot; }
}
