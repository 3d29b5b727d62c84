package phpgoc.runtime;

/**
 * Nested writes through {@code ArrayAccess} objects ({@code $obj['a'][] = 1},
 * {@code $obj['inner']['k'] = v}), php's {@code FETCH_DIM_W} on an object: the container of the
 * deeper write is what {@code offsetGet} returns: through its Ref when offsetGet returns by
 * reference ({@code &offsetGet}), an ArrayAccess object as itself, and otherwise a temporary copy
 * (php's notice "Indirect modification of overloaded element of X has no effect").
 * Containers here are a writable {@link PhpArray} or a {@link PhpObject}.
 */
public final class OffsetWrites {
    private OffsetWrites() {}

    /** {@code container[key]} as the container of a deeper write. */
    public static Object childForWrite(Object container, Object key) {
        if (container instanceof PhpArray a) return Access.childForWrite(a, key);
        PhpObject o = arrayAccess(container);
        Object r = Spl.offsetGet(o, key);
        if (r instanceof Ref ref) {
            if (ref.value instanceof PhpObject inner) return inner;
            PhpArray a = Access.arrayForWrite(ref.get());
            ref.value = a;
            return a;
        }
        if (r instanceof PhpObject inner) return inner;
        indirect(o);
        return Access.arrayForWrite(r instanceof PhpArray a ? a.copy() : r);
    }

    /**
     * {@code &container[key]} ({@code $r = &$obj['k']}, by-reference arguments): an object's
     * element is the Ref its {@code &offsetGet} returns, else a temporary holding a copy of what
     * offsetGet returned (php's notice unless that is an object).
     */
    public static Ref dimRef(Object container, Object key) {
        if (container instanceof PhpArray a) return Ops.dimRef(a, key);
        PhpObject o = arrayAccess(container);
        Object r = Spl.offsetGet(o, key);
        if (r instanceof Ref ref) return ref;
        if (!(r instanceof PhpObject)) indirect(o);
        return new Ref(Values.copyOnAssign(r));
    }

    /** {@code container[key]} as the array a {@code foreach} by reference walks. */
    public static PhpArray arrayChildForWrite(Object container, Object key) {
        Object c = childForWrite(container, key);
        return c instanceof PhpArray a ? a : Access.arrayForWrite(c);
    }

    /** {@code container[key] = value} (key UNDEF for {@code []}). */
    public static void putDim(Object container, Object key, Object value) {
        if (container instanceof PhpArray a) Ops.putDim(a, key, value);
        else Spl.offsetSet(arrayAccess(container), key, value);
    }

    /** {@code container[key]} read by a compound assignment ({@code $o[k] .= v}: offsetGet, then offsetSet). */
    public static Object getForUpdate(Object container, Object key) {
        if (container instanceof PhpArray a) return Access.dimGetForUpdate(a, key);
        if (container instanceof Ref r) return r.get();
        return Values.deref(Spl.offsetGet(arrayAccess(container), key));
    }

    /**
     * What {@code container[key]++} updates: the array itself, or for an object the Ref its
     * {@code &offsetGet} returns; a by-value offsetGet's result is a temporary (php's notice, and
     * no offsetSet call).
     */
    public static Object incDecTarget(Object container, Object key) {
        if (container instanceof PhpArray) return container;
        PhpObject o = arrayAccess(container);
        Object r = Spl.offsetGet(o, key);
        if (r instanceof Ref ref) return ref;
        indirect(o);
        return new Ref(r);
    }

    /** The write of {@code container[key]++} into what {@link #incDecTarget} gave. */
    public static void putIncDec(Object target, Object key, Object value) {
        if (target instanceof Ref r) r.value = value; else Ops.putDim((PhpArray) target, key, value);
    }

    private static PhpObject arrayAccess(Object container) {
        if (container instanceof PhpObject o && o.cls.isA("arrayaccess")) return o;
        throw new PhpError("Error", "Cannot use object of type " + Values.typeName(container) + " as array");
    }

    /** php's notice for a write into the value a by-value {@code offsetGet} returned. */
    public static void indirect(PhpObject o) {
        Context.current().notice("Indirect modification of overloaded element of " + o.cls.name + " has no effect");
    }
}
