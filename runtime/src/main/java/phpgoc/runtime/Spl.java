package phpgoc.runtime;

import static phpgoc.runtime.BuiltinMethods.params;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The built-in interfaces the engine itself uses ({@code Traversable}, {@code Iterator},
 * {@code IteratorAggregate}, {@code ArrayAccess}, {@code Countable}, {@code Stringable},
 * {@code JsonSerializable}) and the engine's side of them: iteration by {@code foreach}, offset
 * access on {@code ArrayAccess} objects, {@code count()} of {@code Countable}s.
 */
public final class Spl {
    private Spl() {}

    private static final int PUB = ClassTemplate.PUBLIC, ABS = ClassTemplate.ABSTRACT;
    private static final Map<String, ClassTemplate> TEMPLATES = new HashMap<>();

    static {
        iface("Traversable");
        iface("Iterator", "Traversable").method("current", PUB | ABS, null, params())
                .method("next", PUB | ABS, null, params()).method("key", PUB | ABS, null, params())
                .method("valid", PUB | ABS, null, params()).method("rewind", PUB | ABS, null, params());
        iface("IteratorAggregate", "Traversable").method("getIterator", PUB | ABS, null, params());
        iface("ArrayAccess").method("offsetExists", PUB | ABS, null, params("offset"))
                .method("offsetGet", PUB | ABS, null, params("offset"))
                .method("offsetSet", PUB | ABS, null, params("offset", "value"))
                .method("offsetUnset", PUB | ABS, null, params("offset"));
        iface("Countable").method("count", PUB | ABS, null, params());
        iface("Stringable").method("__toString", PUB | ABS, null, params());
        iface("JsonSerializable").method("jsonSerialize", PUB | ABS, null, params());
        iface("Serializable").method("serialize", PUB | ABS, null, params())
                .method("unserialize", PUB | ABS, null, params("data"));
        iface("SeekableIterator", "Iterator").method("seek", PUB | ABS, null, params("offset"));
        iface("OuterIterator", "Iterator").method("getInnerIterator", PUB | ABS, null, params());
        iface("RecursiveIterator", "Iterator").method("hasChildren", PUB | ABS, null, params())
                .method("getChildren", PUB | ABS, null, params());
    }

    private static ClassTemplate iface(String name, String... parents) {
        ClassTemplate t = new ClassTemplate(name, ClassTemplate.KIND_INTERFACE, 0, null, parents, null, null, 0);
        TEMPLATES.put(name.toLowerCase(Locale.ROOT), t);
        return t;
    }

    /** The built-in interface {@code lower} (declared in {@code ctx} now), or null. */
    static PhpClass builtin(Context ctx, String lower) {
        ClassTemplate t = TEMPLATES.get(lower);
        if (t == null) t = phpgoc.runtime.ext.spl.SplClasses.template(lower);
        if (t == null) t = phpgoc.runtime.ext.date.DateClasses.template(lower);
        if (t == null) t = WeakRefs.template(lower);
        if (t == null) t = phpgoc.runtime.ext.reflection.Reflections.template(lower);
        if (t == null) t = phpgoc.runtime.fiber.Fibers.template(lower);
        if (t == null) t = phpgoc.runtime.go.GoClasses.template(lower);
        if (t == null) t = phpgoc.runtime.ext.hash.HashContexts.template(lower);
        if (t == null) return null;
        PhpClass parent = t.parent == null ? null : ctx.findClass(t.parent);
        List<PhpClass> ifaces = new ArrayList<>();
        for (String i : t.interfaces) ifaces.add(ctx.findClass(i));
        PhpClass c = new PhpClass(ctx, t, parent, ifaces);
        ctx.declareClass(c);
        return c;
    }

    /** php adds {@code Stringable} to every class that declares {@code __toString()}. */
    static void addStringable(Context ctx, ClassTemplate tpl, List<PhpClass> ifaces) {
        if (tpl.kind != ClassTemplate.KIND_CLASS && tpl.kind != ClassTemplate.KIND_INTERFACE) return;
        for (MethodInfo m : tpl.methods) {
            if (!m.name.equalsIgnoreCase("__toString")) continue;
            for (PhpClass i : ifaces) if (i.isA("stringable")) return;
            if (tpl.name.equalsIgnoreCase("Stringable")) return;
            ifaces.add(ctx.findClass("Stringable"));
            return;
        }
    }

    /**
     * {@code out[k] = v} for a key an iterator returned, as php's array_set_zval_key: null is "",
     * bools and floats are ints (a fractional float with php's deprecation), arrays and objects
     * are illegal.
     */
    public static void putIterKey(PhpArray out, Object k, Object v) {
        if (k == null) k = "";
        else if (k instanceof Double d) {
            long l = Convert.doubleToLong(d);
            if (l != d) Context.current().deprecated("Implicit conversion from float " + Convert.toStr(d) + " to int loses precision");
            k = l;
        } else if (k instanceof Boolean b) k = b ? 1L : 0L;
        else if (!Convert.isKeyType(k)) throw new PhpError("TypeError", "Illegal offset type");
        out.put(Convert.toKey(k), v);
    }

    /**
     * {@code ...v} of a Traversable (array literal or arguments): its elements in order, int keys
     * renumbered, string keys kept; null when {@code v} is not Traversable.
     */
    public static PhpArray unpacked(Object v, String what) {
        if (v instanceof Ref r) v = r.value;
        if (!(v instanceof PhpObject o) || !o.cls.isA("traversable")) return null;
        Context ctx = Context.current();
        PhpObject it = iteratorOf(ctx, o);
        if (it instanceof Generator g) g.foreachStart(false); else call(ctx, it, "rewind");
        PhpArray out = new PhpArray();
        while (iterValid(it)) {
            Object val = iterCurrent(it);
            Object k = iterKey(it);
            if (k instanceof Long) out.append(val);
            else if (Values.isString(k)) out.put(Convert.toStr(k), val);
            else throw new PhpError("Error", "Keys must be of type int|string during " + what + " unpacking");
            iterNext(it);
        }
        return out;
    }

    /** Every interface {@code c} implements. */
    public static List<PhpClass> interfacesOf(PhpClass c) { return c.interfaces; }

    /** Calls public method {@code name} of {@code o} (an interface method the engine uses). */
    static Object call(Context ctx, PhpObject o, String name, Object... args) {
        MethodInfo m = o.cls.findMethod(name);
        if (m == null) throw new PhpError("Error", "Call to undefined method " + o.cls.name + "::" + name + "()");
        return m.invoke(ctx, o, args);
    }

    // ---- foreach over objects

    /**
     * The iterator {@code foreach} drives for {@code v}, rewound: an {@code Iterator}, or the one
     * {@code getIterator()} of an {@code IteratorAggregate} (chain) returns; null when {@code v} is
     * not Traversable (the loop then walks an array).
     */
    public static PhpObject foreachIterator(Object v) {
        if (v instanceof Ref r) v = r.value;
        if (!(v instanceof PhpObject o) || !o.cls.isA("traversable")) return null;
        if (o instanceof Generator g) return g.foreachStart(false);
        Context ctx = Context.current();
        PhpObject it = iteratorOf(ctx, o);
        call(ctx, it, "rewind");
        return it;
    }

    /**
     * {@code foreach} by reference over {@code v}: null when it is not Traversable (the loop walks
     * an array or the properties), a by-reference generator, or an ArrayIterator (also of an
     * ArrayObject), rewound; php's errors for other iterators.
     */
    public static PhpObject foreachRefIterator(Object v) {
        if (v instanceof Ref r) v = r.value;
        if (!(v instanceof PhpObject o) || !o.cls.isA("traversable")) return null;
        if (o instanceof Generator g) return g.foreachStart(true);
        Context ctx = Context.current();
        PhpObject it = iteratorOf(ctx, o);
        if (it instanceof Generator g) return g.foreachStart(true);
        if (!phpgoc.runtime.ext.spl.SplArrays.isArrayIterator(it)) {
            throw new PhpError("Error", "An iterator cannot be used with foreach by reference");
        }
        call(ctx, it, "rewind");
        return it;
    }

    /** The current element of a by-reference {@code foreach} over {@link #foreachRefIterator}'s iterator. */
    public static Ref iterCurrentRef(PhpObject it) {
        if (it instanceof Generator g) return g.currentRef();
        return phpgoc.runtime.ext.spl.SplArrays.currentRef(it);
    }

    /** The Iterator of a Traversable object (through getIterator() for an IteratorAggregate). */
    static PhpObject iteratorOf(Context ctx, PhpObject o) {
        while (!o.cls.isA("iterator")) {
            Object r = call(ctx, o, "getIterator");
            if (!(r instanceof PhpObject n) || !n.cls.isA("traversable")) {
                throw new PhpError("Exception", "Objects returned by " + o.cls.name
                        + "::getIterator() must be traversable or implement interface Iterator");
            }
            o = n;
        }
        return o;
    }

    public static boolean iterValid(PhpObject it) {
        if (it instanceof Generator g) return g.valid();
        return Convert.toBool(call(Context.current(), it, "valid"));
    }

    public static Object iterCurrent(PhpObject it) {
        if (it instanceof Generator g) return g.current();
        return Values.copyOnAssign(Values.deref(call(Context.current(), it, "current")));
    }

    public static Object iterKey(PhpObject it) {
        if (it instanceof Generator g) return g.key();
        return Values.deref(call(Context.current(), it, "key"));
    }

    public static void iterNext(PhpObject it) {
        if (it instanceof Generator g) {
            g.next();
            return;
        }
        call(Context.current(), it, "next");
    }

    /**
     * The array {@code foreach} walks for a non-Traversable subject: arrays as {@link Ops#foreachArray},
     * an object's properties visible from {@code scope}.
     */
    public static PhpArray foreachArray(Object v, ClassTemplate scope) {
        if (v instanceof Ref r) v = r.value;
        if (v instanceof PhpObject o) return ObjectArrays.visibleProps(o, scope);
        return Ops.foreachArray(v);
    }

    // ---- Countable

    public static boolean isCountable(Object v) { return v instanceof PhpObject o && o.cls.isA("countable"); }

    public static long count(Object v) { return Convert.toLong(call(Context.current(), (PhpObject) v, "count")); }

    public static Object jsonSerialize(PhpObject o) { return call(Context.current(), o, "jsonSerialize"); }

    // ---- ArrayAccess

    static boolean isArrayAccess(Object v) { return v instanceof PhpObject o && o.cls.isA("arrayaccess"); }

    static Object offsetGet(PhpObject o, Object key) {
        return call(Context.current(), o, "offsetGet", key == Values.UNDEF ? null : key);
    }

    static void offsetSet(PhpObject o, Object key, Object value) {
        call(Context.current(), o, "offsetSet", key == Values.UNDEF ? null : key, value);
    }

    static boolean offsetExists(PhpObject o, Object key) {
        return Convert.toBool(call(Context.current(), o, "offsetExists", key));
    }

    static void offsetUnset(PhpObject o, Object key) {
        call(Context.current(), o, "offsetUnset", key);
    }
}
