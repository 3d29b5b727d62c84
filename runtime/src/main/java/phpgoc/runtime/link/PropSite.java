package phpgoc.runtime.link;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.PropTypes;
import phpgoc.runtime.Ref;
import phpgoc.runtime.SlotAccess;
import phpgoc.runtime.Values;

/**
 * The inline cache of a {@code getProp:x} / {@code setProp:x} site, written in plain Java and
 * bound into a constant call site: a guarded {@code MethodHandle} chain costs several calls per
 * access until the JIT's last tier inlines it, which made property access many times slower than
 * php's while a script warms up. Here the fast path is a class compare and a virtual call of a
 * generated {@link SlotAccess} (a field load or store) in every tier. Entries are keyed on the
 * receiver's layout class (which fixes the declaration chain, hence the property's field, in every
 * context); the two most recent are checked inline, a few
 * more on a miss, then the slow path ({@link ObjectOps}) runs uncached. Errors (visibility),
 * dynamic and magic properties are never cached.
 */
final class PropSite {
    /** Receivers of class {@code layout} hold the property in the field that {@code field} accesses. */
    record Entry(Class<?> layout, SlotAccess field, PropTypes.PropType type, String cls, boolean readonly) {}

    private static final Entry NONE = new Entry(void.class, null, null, null, false);
    private static final int MAX_MORE = 6;
    static final MethodHandle GET, SET;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            GET = l.findStatic(PropSite.class, "get",
                    MethodType.methodType(Object.class, PropSite.class, Object.class, Context.class));
            SET = l.findStatic(PropSite.class, "set",
                    MethodType.methodType(void.class, PropSite.class, Object.class, Context.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    final String name;
    final ClassTemplate scope;
    /** A site of a strict_types file: typed properties take exact types. */
    final boolean strict;
    /** The two most recently linked layouts (NONE when empty); replaced whole, so readers never see a torn entry. */
    private Entry e0 = NONE, e1 = NONE;
    /** Older entries, checked on a miss (copy-on-write). */
    private Entry[] more = {};

    PropSite(String name, ClassTemplate scope, boolean strict) {
        this.name = name;
        this.scope = scope;
        this.strict = strict;
    }

    /** {@code $o->name}. */
    static Object get(PropSite s, Object recv, Context ctx) {
        if (recv != null) {
            Class<?> c = recv.getClass();
            Entry e = s.e0;
            if (e.layout != c) e = s.e1;
            if (e.layout == c) {
                Object v = e.field.get(recv);
                if (plain(v)) return v;
                return ObjectOps.getProp(recv, ctx, s.name, s.scope);
            }
        }
        return s.getMiss(recv, ctx);
    }

    /** {@code $o->name = v} (v already copied). */
    static void set(PropSite s, Object recv, Context ctx, Object v) {
        if (recv != null) {
            Class<?> c = recv.getClass();
            Entry e = s.e0;
            if (e.layout != c) e = s.e1;
            if (e.layout == c && s.store(e, recv, v)) return;
        }
        s.setMiss(recv, ctx, v);
    }

    /** A slot value the fast path may return: set, and not a reference ({@code PropRefs}). */
    private static boolean plain(Object v) { return v != Values.UNDEF && !(v instanceof Ref); }

    /**
     * The fast store; false when the slow path must decide: readonly properties, a slot holding a
     * reference (written through it), and an unset untyped property (which goes through {@code
     * __set} if the class has one).
     */
    private boolean store(Entry e, Object o, Object v) {
        if (e.readonly) return false;
        return e.type == null ? e.field.put(o, v) : e.field.putChecked(o, v, e.type, e.cls, name, strict);
    }

    private Object getMiss(Object recv, Context ctx) {
        Entry e = entry(recv);
        if (e != null) {
            Object v = e.field.get(recv);
            if (plain(v)) return v;
        }
        return ObjectOps.getProp(recv, ctx, name, scope);
    }

    private void setMiss(Object recv, Context ctx, Object v) {
        Entry e = entry(recv);
        if (e != null && store(e, recv, v)) return;
        ObjectOps.setProp(recv, ctx, name, scope, v, strict);
    }

    /** The entry for this receiver's layout, linking it if new; null when the slow path must run. */
    private Entry entry(Object recv) {
        if (!(recv instanceof PhpObject o)) return null;
        Class<?> c = o.getClass();
        Entry[] m = more;
        for (Entry e : m) if (e.layout == c) return e;
        PhpClass.PropInfo p;
        try {
            p = o.cls.findProp(name, scope);
        } catch (PhpError err) {
            return null;
        }
        if (p == null) return null;
        Entry e = new Entry(c, o.cls.slotAccess(p.slot()), PropTypes.typeOf(p), p.declaring().name, p.isReadonly());
        Entry old = e1;
        e1 = e0;
        e0 = e;
        if (old != NONE && m.length < MAX_MORE) {
            Entry[] n = java.util.Arrays.copyOf(m, m.length + 1);
            n[m.length] = old;
            more = n;
        }
        return e;
    }
}
