package phpgoc.runtime;

import static phpgoc.runtime.BuiltinMethods.params;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code WeakReference} and {@code WeakMap} (and the {@code InternalIterator} a WeakMap's
 * getIterator returns). Their state lives in the Context ({@link State}); the referents are held
 * strongly (an object lives, as far as php can tell, until {@link Destructors} destroys it, which
 * calls {@link #forget}). An object read back from a weak holder is marked
 * {@link PhpObject#ESCAPED}: the compiler did not see where it goes.
 */
public final class WeakRefs {
    private WeakRefs() {}

    /** The run's weak holders. */
    static final class State {
        /** Referent -> its WeakReference object (php returns the same one while it lives). */
        final Map<PhpObject, PhpObject> refOf = new IdentityHashMap<>();
        /** WeakReference object -> referent, null once the referent was destroyed. */
        final Map<PhpObject, PhpObject> targetOf = new IdentityHashMap<>();
        /** WeakMap object -> its entries in insertion order (PhpObject keys compare by identity). */
        final Map<PhpObject, LinkedHashMap<PhpObject, Object>> maps = new IdentityHashMap<>();
        /** InternalIterator object -> the entries it walks and its position. */
        final Map<PhpObject, Cursor> cursors = new IdentityHashMap<>();
    }

    private static final class Cursor {
        final List<Map.Entry<PhpObject, Object>> entries;
        int pos;

        Cursor(List<Map.Entry<PhpObject, Object>> entries) { this.entries = entries; }
    }

    private static final int PUB = ClassTemplate.PUBLIC, FINAL = ClassTemplate.FINAL;
    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final Map<String, ClassTemplate> TEMPLATES = new HashMap<>();

    static {
        ClassTemplate wr = new ClassTemplate("WeakReference", ClassTemplate.KIND_CLASS, FINAL, null, new String[0], null, null, 0);
        wr.method("__construct", PUB, h("construct", 0), params())
                .method("create", PUB | ClassTemplate.STATIC, h("create", 1), params("object"))
                .method("get", PUB, h("get", 0), params());
        TEMPLATES.put("weakreference", wr);
        ClassTemplate wm = new ClassTemplate("WeakMap", ClassTemplate.KIND_CLASS, FINAL, null,
                new String[] {"ArrayAccess", "Countable", "IteratorAggregate"}, null, null, 0);
        wm.method("offsetGet", PUB, h("offsetGet", 1), params("object"))
                .method("offsetSet", PUB, h("offsetSet", 2), params("object", "value"))
                .method("offsetExists", PUB, h("offsetExists", 1), params("object"))
                .method("offsetUnset", PUB, h("offsetUnset", 1), params("object"))
                .method("count", PUB, h("count", 0), params())
                .method("getIterator", PUB, h("getIterator", 0), params());
        TEMPLATES.put("weakmap", wm);
        ClassTemplate it = new ClassTemplate("InternalIterator", ClassTemplate.KIND_CLASS, FINAL, null,
                new String[] {"Iterator"}, null, null, 0);
        it.method("current", PUB, h("current", 0), params()).method("key", PUB, h("key", 0), params())
                .method("next", PUB, h("next", 0), params()).method("valid", PUB, h("valid", 0), params())
                .method("rewind", PUB, h("rewind", 0), params());
        TEMPLATES.put("internaliterator", it);
    }

    /** The template of built-in class {@code lower}, or null. */
    static ClassTemplate template(String lower) { return TEMPLATES.get(lower); }

    private static MethodHandle h(String name, int n) { return BuiltinMethods.body(L, name, n); }

    private static State state(Context ctx) {
        if (ctx.weak == null) ctx.weak = new State();
        return ctx.weak;
    }

    /** {@code o} was destroyed: its WeakReference returns null, its WeakMap entries go. */
    static void forget(Context ctx, PhpObject o) {
        State s = ctx.weak;
        s.maps.remove(o);
        s.cursors.remove(o);
        PhpObject wr = s.refOf.remove(o);
        if (wr != null) s.targetOf.put(wr, null);
        if ((o.flags & PhpObject.WEAK) != 0) for (LinkedHashMap<PhpObject, Object> m : s.maps.values()) m.remove(o);
    }

    /** An object that leaves a weak holder may be stored anywhere. */
    private static PhpObject lend(PhpObject o) {
        o.flags |= PhpObject.ESCAPED;
        return o;
    }

    // ---- WeakReference

    static Object construct(Context ctx, ClassTemplate self, Object t) {
        throw new PhpError("Error", "Direct instantiation of WeakReference is not allowed, use WeakReference::create instead");
    }

    static Object create(Context ctx, ClassTemplate self, Object cls, Object object) {
        object = Values.deref(object);
        if (!(object instanceof PhpObject o)) {
            throw new PhpError("TypeError", "WeakReference::create(): Argument #1 ($object) must be of type object, "
                    + Values.typeName(object) + " given");
        }
        State s = state(ctx);
        PhpObject wr = s.refOf.get(o);
        if (wr != null) return wr;
        wr = ctx.findClass("WeakReference").blank();
        s.refOf.put(o, wr);
        s.targetOf.put(wr, o);
        o.flags |= PhpObject.WEAK;
        return wr;
    }

    static Object get(Context ctx, ClassTemplate self, Object t) {
        PhpObject o = ctx.weak == null ? null : ctx.weak.targetOf.get((PhpObject) t);
        return o == null ? null : lend(o);
    }

    /**
     * {@code $v->get()} where the compiler sees the result only looked at: a WeakReference's
     * object (or null) without marking it; UNDEF when {@code v} is not a WeakReference.
     */
    public static Object peek(Context ctx, Object v) {
        if (!(v instanceof PhpObject w) || ctx.weak == null || !ctx.weak.targetOf.containsKey(w)) return Values.UNDEF;
        return ctx.weak.targetOf.get(w);
    }

    // ---- WeakMap

    private static LinkedHashMap<PhpObject, Object> entries(Context ctx, Object map) {
        return state(ctx).maps.computeIfAbsent((PhpObject) map, k -> new LinkedHashMap<>());
    }

    private static PhpObject key(Object k) {
        k = Values.deref(k);
        if (k instanceof PhpObject o) return o;
        throw new PhpError("TypeError", "WeakMap key must be an object");
    }

    static Object offsetGet(Context ctx, ClassTemplate self, Object t, Object k) {
        PhpObject o = key(k);
        LinkedHashMap<PhpObject, Object> m = entries(ctx, t);
        if (!m.containsKey(o)) throw new PhpError("Error", "Object " + o.cls.name + "#" + o.id + " not contained in WeakMap");
        return m.get(o);
    }

    static Object offsetSet(Context ctx, ClassTemplate self, Object t, Object k, Object v) {
        if (Values.deref(k) == null) throw new PhpError("Error", "Cannot append to WeakMap");
        PhpObject o = key(k);
        o.flags |= PhpObject.WEAK;
        entries(ctx, t).put(o, Values.copyOnAssign(Values.deref(v)));
        return null;
    }

    static Object offsetExists(Context ctx, ClassTemplate self, Object t, Object k) {
        Object v = entries(ctx, t).get(key(k));
        return v != null && v != Values.UNDEF;
    }

    static Object offsetUnset(Context ctx, ClassTemplate self, Object t, Object k) {
        entries(ctx, t).remove(key(k));
        return null;
    }

    static Object count(Context ctx, ClassTemplate self, Object t) {
        return (long) entries(ctx, t).size();
    }

    static Object getIterator(Context ctx, ClassTemplate self, Object t) {
        PhpObject it = ctx.findClass("InternalIterator").blank();
        state(ctx).cursors.put(it, new Cursor(new ArrayList<>(entries(ctx, t).entrySet())));
        return it;
    }

    // ---- InternalIterator (over a snapshot of a WeakMap's entries)

    private static Cursor cursor(Context ctx, Object it) { return state(ctx).cursors.get((PhpObject) it); }

    private static Map.Entry<PhpObject, Object> at(Context ctx, Object it) {
        Cursor c = cursor(ctx, it);
        while (c.pos < c.entries.size()) {
            Map.Entry<PhpObject, Object> e = c.entries.get(c.pos);
            if ((e.getKey().flags & PhpObject.FREED) == 0) return e;
            c.pos++;
        }
        return null;
    }

    static Object current(Context ctx, ClassTemplate self, Object it) {
        Map.Entry<PhpObject, Object> e = at(ctx, it);
        return e == null ? null : e.getValue();
    }

    static Object key(Context ctx, ClassTemplate self, Object it) {
        Map.Entry<PhpObject, Object> e = at(ctx, it);
        return e == null ? null : lend(e.getKey());
    }

    static Object next(Context ctx, ClassTemplate self, Object it) {
        if (at(ctx, it) != null) cursor(ctx, it).pos++;
        return null;
    }

    static Object valid(Context ctx, ClassTemplate self, Object it) { return at(ctx, it) != null; }

    static Object rewind(Context ctx, ClassTemplate self, Object it) {
        cursor(ctx, it).pos = 0;
        return null;
    }

}
