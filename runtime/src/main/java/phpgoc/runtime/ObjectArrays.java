package phpgoc.runtime;

/**
 * Objects as arrays and back: the {@code (array)} and {@code (object)} casts (php's name mangling
 * {@code "\0A\0x"} for private and {@code "\0*\0x"} for protected properties), and the properties
 * visible from a class scope ({@code foreach} over an object, {@code get_object_vars}).
 */
public final class ObjectArrays {
    private ObjectArrays() {}

    /** {@code (array) v}. */
    public static PhpArray toArray(Object v) {
        if (v instanceof Ref r) v = r.value;
        if (v instanceof PhpArray a) return a;
        if (v == null || v == Values.UNDEF) return new PhpArray();
        PhpArray out = new PhpArray();
        if (v instanceof Closure) {
            out.append(v);
            return out;
        }
        if (v instanceof PhpObject o) {
            PhpArray table = o.internal == null ? null : o.internal.propertyTable();
            if (table != null && !o.internal.tableAfterProperties()) return table.copy();
            for (PhpClass.PropInfo p : o.cls.propList) {
                Object val = o.getSlot(p.slot());
                if (val == Values.UNDEF) continue;
                String key = p.isPrivate() ? "\0" + p.declaring().name + "\0" + p.name()
                        : p.isProtected() ? "\0*\0" + p.name() : p.name();
                if (val instanceof Ref r) out.putRef(key, r); else out.put(Convert.toKey(key), Values.copyOnAssign(Destructors.escaped(val)));
            }
            addDynamic(o, out);
            if (table != null) appendTable(out, table);
            return out;
        }
        out.append(v);
        return out;
    }

    private static void addDynamic(PhpObject o, PhpArray out) {
        if (o.dyn == null) return;
        for (int pos = o.dyn.firstPos(); pos >= 0; pos = o.dyn.nextPos(pos)) {
            Object val = o.dyn.rawValueAt(pos);
            out.put(Convert.toKey(o.dyn.keyAt(pos)), val instanceof Ref ? val : Values.copyOnAssign(val));
        }
    }

    /** {@code (object) v}: objects unchanged, arrays as stdClass properties, scalars as {@code ->scalar}. */
    public static Object toObject(Context ctx, Object v) {
        if (v instanceof Ref r) v = r.value;
        if (v instanceof PhpObject) return v;
        PhpObject o = ctx.findClass("stdClass").instantiate();
        if (v == null || v == Values.UNDEF) return o;
        PhpArray dyn = new PhpArray();
        if (v instanceof PhpArray a) {
            for (int pos = a.firstPos(); pos >= 0; pos = a.nextPos(pos)) {
                Object val = a.rawValueAt(pos);
                dyn.putStr(Convert.toStr(a.keyAt(pos)), val instanceof Ref ? val : Values.copyOnAssign(val));
            }
        } else {
            dyn.putStr("scalar", v);
        }
        if (dyn.size() > 0) o.dyn = dyn;
        return o;
    }

    /** A new stdClass whose dynamic properties are {@code props} (string keys). */
    public static PhpObject stdClass(PhpArray props) {
        PhpObject o = Context.current().findClass("stdClass").instantiate();
        if (props.size() > 0) o.dyn = props;
        return o;
    }

    /** The properties of {@code o} that code of class {@code scope} can see, unmangled, in php's order. */
    public static PhpArray visibleProps(PhpObject o, ClassTemplate scope) { return visibleProps(o, scope, true); }

    /** {@link #visibleProps}; {@code handedOn} false for a caller that only reads the array (json_encode). */
    private static PhpArray visibleProps(PhpObject o, ClassTemplate scope, boolean handedOn) {
        PhpArray out = new PhpArray();
        Context ctx = o.cls.ctx;
        for (PhpClass.PropInfo p : o.cls.propList) {
            Object val = o.getSlot(p.slot());
            if (val == Values.UNDEF) continue;
            if (p.isPrivate() ? p.declaring().tpl != scope
                    : p.isProtected() && !Classes.protectedVisible(ctx, p.declaring(), scope)) continue;
            Object v = Values.deref(val);
            if (handedOn) Destructors.escape(v);
            out.put(Convert.toKey(p.name()), Values.copyOnAssign(v));
        }
        if (o.dyn != null) {
            for (int pos = o.dyn.firstPos(); pos >= 0; pos = o.dyn.nextPos(pos)) {
                out.put(Convert.toKey(o.dyn.keyAt(pos)), Values.copyOnAssign(Values.deref(o.dyn.rawValueAt(pos))));
            }
        }
        return out;
    }

    /** get_object_vars($object) called from code of class {@code scope}. */
    public static PhpArray getObjectVars(Object object, ClassTemplate scope) {
        if (object instanceof Ref r) object = r.value;
        if (!(object instanceof PhpObject o)) {
            throw new PhpError("TypeError", "get_object_vars(): Argument #1 ($object) must be of type object, "
                    + Values.typeName(object) + " given");
        }
        return visibleProps(o, scope);
    }

    /** get_class_vars($class) called from code of class {@code scope}: default values, own class's first. */
    public static Object getClassVars(Context ctx, Object name, ClassTemplate scope) {
        PhpClass cls = ctx.loadClass(Convert.toStr(name));
        if (cls == null) {
            throw new PhpError("TypeError", "get_class_vars(): Argument #1 ($class) must be a valid class name, "
                    + Convert.toStr(name) + " given");
        }
        PhpArray out = new PhpArray();
        Object[] d = cls.tpl.kind == ClassTemplate.KIND_CLASS ? cls.defaultValues() : new Object[0];
        for (PhpClass c = cls; c != null; c = c.parent) {
            for (int i = 0; i < cls.propList.size(); i++) {
                PhpClass.PropInfo p = cls.propList.get(i);
                if (p.declaring() != c || !visible(ctx, p.flags(), c, scope) || out.containsKey(p.name())) continue;
                Object v = d[i];
                if (v == Values.UNDEF) continue;
                out.putStr(p.name(), Values.copyOnAssign(v));
            }
        }
        for (PhpClass c = cls; c != null; c = c.parent) {
            for (PhpClass.StaticSlot st : cls.statics.values()) {
                if (st.declaring != c || !visible(ctx, st.flags, c, scope) || out.containsKey(st.name)) continue;
                Object v = cls.staticSlot(st.name).ref.value;
                if (v == Values.UNDEF) continue;
                out.putStr(st.name, Values.copyOnAssign(Values.deref(v)));
            }
        }
        return out;
    }

    private static boolean visible(Context ctx, int flags, PhpClass declaring, ClassTemplate scope) {
        if ((flags & ClassTemplate.PRIVATE) != 0) return declaring.tpl == scope;
        if ((flags & ClassTemplate.PROTECTED) != 0) return Classes.protectedVisible(ctx, declaring, scope);
        return true;
    }

    /** get_called_class(): the called class's name, false (with php's warning) outside classes. */
    public static Object calledClass(Object thisOrStatic) {
        if (thisOrStatic instanceof PhpObject o) return o.cls.fullName;
        if (thisOrStatic instanceof PhpClass c) return c.fullName;
        throw new PhpError("Error", "get_called_class() must be called from within a class");
    }

    /** get_mangled_object_vars(): the real properties, mangled, whatever a built-in class casts to. */
    public static PhpArray mangled(PhpObject o) {
        if (o.internal == null) return toArray(o);
        NativeState st = o.internal;
        o.internal = null;
        try {
            return toArray(o);
        } finally {
            o.internal = st;
        }
    }

    /** The properties json_encode and var_export see: a built-in class's property table, or the public properties. */
    public static PhpArray exportedProps(PhpObject o) {
        PhpArray table = o.internal == null ? null : o.internal.propertyTable();
        if (table != null && !o.internal.tableAfterProperties()) return table;
        PhpArray props = visibleProps(o, null, false);
        if (table == null) return props;
        props = props.copy();
        appendTable(props, table);
        return props;
    }

    /** {@code table}'s entries after {@code out}'s (a built-in class's table after the properties). */
    public static void appendTable(PhpArray out, PhpArray table) {
        for (int p = table.firstPos(); p >= 0; p = table.nextPos(p)) out.put(table.keyAt(p), table.valueAt(p));
    }
}
