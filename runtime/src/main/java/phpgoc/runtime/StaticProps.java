package phpgoc.runtime;

/**
 * Typed static properties. Every static lives in one {@link Ref} per context (shared by the
 * subclasses that inherit it); a typed one's Ref carries its {@link Typed} in {@link Ref#typed}, so
 * the generated writes ({@code A::$x = v}, compound assignment, {@code ++}/{@code --}) check it
 * here and writes through references ({@code $r = &A::$x; $r = v}) check it in {@link Ref#set}.
 * An untyped static costs one null test per write and one UNDEF test per read.
 */
public final class StaticProps {
    private StaticProps() {}

    /** The declared type of a typed static ({@code type} null for {@code mixed}); {@code ref} once it became a reference. */
    static final class Typed {
        final PropTypes.PropType type;
        final String cls, name;
        final boolean ref;
        /** The same type as a reference holds it (php's messages then say "reference held by"), and as the property does. */
        final Typed asRef, plain;

        Typed(PropTypes.PropType type, String cls, String name) {
            this.type = type;
            this.cls = cls;
            this.name = name;
            this.ref = false;
            this.plain = this;
            this.asRef = new Typed(this);
        }

        private Typed(Typed plain) {
            this.type = plain.type;
            this.cls = plain.cls;
            this.name = plain.name;
            this.ref = true;
            this.plain = plain;
            this.asRef = this;
        }

        /** {@code v} as this static accepts it, or php's TypeError. */
        Object check(Object v, boolean strict) {
            if (type == null) return v;
            if (!ref) return TypeCheck.property(v, type.mask(), type.check(), type.name(), strict, cls, name);
            return TypeCheck.referenceProperty(v, type.mask(), type.check(), type.name(), strict, cls, name);
        }
    }

    /** {@code A::$x} read: php's Error for a typed static never initialised. */
    public static Object read(Ref r) {
        Object v = r.value;
        if (v != Values.UNDEF) return v;
        if (r.typed instanceof Typed t) {
            throw new PhpError("Error", "Typed static property " + t.cls + "::$" + t.name + " must not be accessed before initialization");
        }
        return null;
    }

    /** {@code A::$x = v} from a file with or without strict_types: the value stored (checked as the property's, as php). */
    public static Object assign(Ref r, Object v, boolean strict) {
        Object t = r.typed;
        if (t != null) v = t instanceof Typed s ? s.plain.check(v, strict) : PropRefs.checkTyped(t, v, strict);
        r.value = v;
        return v;
    }

    /** {@code A::$x .= v} and the like: the result stored, checked as the reference's once the static is one. */
    public static Object assignOp(Ref r, Object v, boolean strict) {
        Object t = r.typed;
        if (t != null) v = t instanceof Typed s ? s.check(v, strict) : PropRefs.checkTyped(t, v, strict);
        r.value = v;
        return v;
    }

    /** {@code A::$x++} and the like: {@code result} of the operation on {@code old}, checked and stored. */
    public static Object incDec(Ref r, Object result, Object old, boolean inc, boolean strict) {
        if (r.typed instanceof Typed t && t.type != null && result instanceof Double && old instanceof Long
                && (t.type.mask() & TypeCheck.FLOAT) == 0 && (t.type.mask() & TypeCheck.INT) != 0) {
            throw new PhpError("TypeError", "Cannot " + (inc ? "increment" : "decrement") + (t.ref ? " a reference held by" : "")
                    + " property " + t.cls + "::$" + t.name + " of type " + t.type.name() + " past its "
                    + (inc ? "maximal" : "minimal") + " value");
        }
        return assignOp(r, result, strict);
    }

    /** {@code A::$x[k] = v}: the static's array for writing; a typed static is not made an array its type does not take. */
    public static PhpArray staticArrayForWrite(Ref r) {
        checkAutoInit(r, true);
        return fill(r);
    }

    /** {@code $r[k][...] = v} on a Ref variable: its array for writing, as {@link #checkAutoInit} allows. */
    public static PhpArray arrayForWrite(Ref r) {
        checkAutoInit(r, false);
        return fill(r);
    }

    private static PhpArray fill(Ref r) {
        PhpArray a = Access.arrayForWrite(r.value);
        r.value = a;
        return a;
    }

    /** {@code $r[k] = v} on a Ref variable: a reference a typed property holds is not made an array its type does not take. */
    public static void checkAutoInit(Ref r) { checkAutoInit(r, false); }

    /** {@code direct}: written as the static itself (php names the property even when it is a reference). */
    private static void checkAutoInit(Ref r, boolean direct) {
        Object v = r.value, t = r.typed;
        if ((v != null && v != Values.UNDEF) || t == null) return;
        boolean ref = !direct && (!(t instanceof Typed s) || s.ref);
        PropTypes.PropType type = t instanceof Typed s ? s.type : PropTypes.of((PhpClass.PropInfo) t);
        if (type == null || (type.mask() & TypeCheck.ARRAY) != 0) return;
        String prop = t instanceof Typed s ? s.cls + "::$" + s.name
                : ((PhpClass.PropInfo) t).declaring().name + "::$" + ((PhpClass.PropInfo) t).name();
        throw new PhpError("TypeError", "Cannot auto-initialize an array inside " + (ref ? "a reference held by " : "")
                + "property " + prop + " of type " + type.name());
    }

    /** {@code $r++} and the like on a reference variable: a reference a typed property holds may not overflow. */
    public static Object refIncDec(Ref r, Object result, Object old, boolean inc) {
        Object t = r.typed;
        if (t != null && result instanceof Double && old instanceof Long) {
            PropTypes.PropType type;
            String cls, name;
            if (t instanceof Typed s) {
                type = s.type;
                cls = s.cls;
                name = s.name;
            } else {
                PhpClass.PropInfo p = (PhpClass.PropInfo) t;
                type = PropTypes.of(p);
                cls = p.declaring().name;
                name = p.name();
            }
            if (type != null && (type.mask() & TypeCheck.FLOAT) == 0 && (type.mask() & TypeCheck.INT) != 0) {
                throw new PhpError("TypeError", "Cannot " + (inc ? "increment" : "decrement") + " a reference held by property "
                        + cls + "::$" + name + " of type " + type.name() + " past its " + (inc ? "maximal" : "minimal") + " value");
            }
        }
        return r.set(result);
    }

    /** {@code &A::$x}: the static's Ref, a reference from now on (php's Error for an uninitialised non-nullable typed one; a nullable one becomes null). */
    public static Ref forRef(Ref r) {
        if (r.typed instanceof Typed t) {
            if (r.value == Values.UNDEF) {
                if (t.type == null || (t.type.mask() & TypeCheck.NULL) != 0) r.value = null;
                else throw new PhpError("Error", "Cannot access uninitialized non-nullable property " + t.cls + "::$" + t.name + " by reference");
            }
            r.typed = t.asRef;
        }
        return r;
    }

    /** {@code A::$x = &r}: {@code r}'s value must fit the static's type, and r checks its writes from now on. */
    static void bind(PhpClass.StaticSlot s, Ref r, boolean strict) {
        if (s.typed == null) return;
        r.value = s.typed.check(r.get(), strict);
        r.typed = s.typed.asRef;
    }
}
