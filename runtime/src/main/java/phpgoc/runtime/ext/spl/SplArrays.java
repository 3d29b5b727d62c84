package phpgoc.runtime.ext.spl;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.HashMap;
import java.util.Map;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.ObjectArrays;
import phpgoc.runtime.ParamInfo;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Callbacks;
import phpgoc.runtime.ext.standard.Sorting;

/**
 * {@code ArrayIterator} and {@code ArrayObject} as built-in classes: the array lives in the private
 * property {@code storage} (as php's var_dump shows it), an ArrayIterator's position in
 * {@link Context#splPositions}.
 */
public final class SplArrays {
    private SplArrays() {}

    private static final int PUB = ClassTemplate.PUBLIC, PRIV = ClassTemplate.PRIVATE;
    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final Map<String, ClassTemplate> TEMPLATES = new HashMap<>();
    private static final MethodHandle INIT = init();

    static {
        ClassTemplate it = new ClassTemplate("ArrayIterator", ClassTemplate.KIND_CLASS, 0, null,
                new String[] {"SeekableIterator", "ArrayAccess", "Serializable", "Countable"}, INIT, null, 0);
        common(it.prop("storage", PRIV, 0));
        it.method("current", PUB, h("current", 0), params()).method("key", PUB, h("key", 0), params())
                .method("next", PUB, h("next", 0), params()).method("rewind", PUB, h("rewind", 0), params())
                .method("valid", PUB, h("valid", 0), params());
        TEMPLATES.put("arrayiterator", it);
        ClassTemplate ao = new ClassTemplate("ArrayObject", ClassTemplate.KIND_CLASS, 0, null,
                new String[] {"IteratorAggregate", "ArrayAccess", "Serializable", "Countable"}, INIT, null, 0);
        common(ao.prop("storage", PRIV, 0));
        ao.method("getIterator", PUB, h("getIterator", 0), params());
        TEMPLATES.put("arrayobject", ao);
    }

    private static MethodHandle init() {
        try {
            return L.findStatic(SplArrays.class, "initValue", MethodType.methodType(Object.class, Context.class, int.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    static Object initValue(Context ctx, int i) { return new PhpArray(); }

    private static void common(ClassTemplate t) {
        t.method("__construct", PUB, h("construct", 3), params("?array", "?flags", "?iteratorClass"))
                .method("offsetExists", PUB, h("offsetExists", 1), params("key"))
                .method("offsetGet", PUB, h("offsetGet", 1), params("key"))
                .method("offsetSet", PUB, h("offsetSet", 2), params("key", "value"))
                .method("offsetUnset", PUB, h("offsetUnset", 1), params("key"))
                .method("append", PUB, h("append", 1), params("value"))
                .method("getArrayCopy", PUB, h("getArrayCopy", 0), params())
                .method("exchangeArray", PUB, h("exchangeArray", 1), params("array"))
                .method("count", PUB, h("count", 0), params())
                .method("asort", PUB, h("asort", 1), params("?flags"))
                .method("ksort", PUB, h("ksort", 1), params("?flags"))
                .method("uasort", PUB, h("uasort", 1), params("callback"))
                .method("uksort", PUB, h("uksort", 1), params("callback"));
    }

    /** The template of built-in class {@code lower}, or null. */
    public static ClassTemplate template(String lower) { return TEMPLATES.get(lower); }

    /** Parameters by name; "?name" is optional. */
    static ParamInfo[] params(String... names) {
        ParamInfo[] ps = new ParamInfo[names.length];
        for (int i = 0; i < names.length; i++) {
            boolean optional = names[i].startsWith("?");
            ps[i] = new ParamInfo(optional ? names[i].substring(1) : names[i], false, false, optional);
        }
        return ps;
    }

    private static MethodHandle h(String name, int n) {
        Class<?>[] ps = new Class<?>[3 + n];
        ps[0] = Context.class;
        ps[1] = ClassTemplate.class;
        for (int i = 2; i < ps.length; i++) ps[i] = Object.class;
        try {
            return L.findStatic(SplArrays.class, name, MethodType.methodType(Object.class, ps));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    // ---- storage

    private static PhpClass.PropInfo storageProp(PhpObject o) {
        for (PhpClass c = o.cls; c != null; c = c.parent) {
            if (TEMPLATES.containsValue(c.tpl)) return c.findProp("storage", c.tpl);
        }
        throw new IllegalStateException("not an ArrayObject/ArrayIterator: " + o.cls.name);
    }

    static PhpArray storage(Object self) {
        PhpObject o = (PhpObject) self;
        Object v = o.getSlot(storageProp(o).slot());
        return v instanceof PhpArray a ? a : new PhpArray();
    }

    private static void setStorage(Object self, PhpArray a) {
        PhpObject o = (PhpObject) self;
        o.setSlot(storageProp(o).slot(), a);
    }

    /** The storage for a write: separated from other holders first. */
    private static PhpArray writable(Object self) {
        PhpArray a = storage(self).copy();
        setStorage(self, a);
        return a;
    }

    private static PhpArray arrayArg(Object v, String cls) {
        v = Values.deref(v);
        if (v == Values.UNDEF || v == null) return new PhpArray();
        if (v instanceof PhpArray a) return a.copy();
        if (v instanceof PhpObject o) {
            if (TEMPLATES.containsValue(rootTpl(o))) return storage(o).copy();
            return ObjectArrays.toArray(o);
        }
        throw new PhpError("TypeError", cls + "::__construct(): Argument #1 ($array) must be of type array, "
                + Values.typeName(v) + " given");
    }

    private static ClassTemplate rootTpl(PhpObject o) {
        PhpClass c = o.cls;
        while (c.parent != null) c = c.parent;
        return c.tpl;
    }

    // ---- methods

    static Object construct(Context ctx, ClassTemplate self, Object t, Object array, Object flags, Object iteratorClass) {
        setStorage(t, arrayArg(array, self.name));
        return null;
    }

    static Object offsetExists(Context ctx, ClassTemplate self, Object t, Object key) {
        Object v = storage(t).lookup(Convert.toKey(Values.deref(key)));
        return v != Values.UNDEF && Values.deref(v) != null;
    }

    static Object offsetGet(Context ctx, ClassTemplate self, Object t, Object key) {
        key = Values.deref(key);
        Object k = Convert.toKey(key);
        Object v = storage(t).lookup(k);
        if (v == Values.UNDEF) {
            ctx.warning(k instanceof Long ? "Undefined array key " + k : "Undefined array key \"" + k + "\"");
            return null;
        }
        return Values.copyOnAssign(Values.deref(v));
    }

    static Object offsetSet(Context ctx, ClassTemplate self, Object t, Object key, Object value) {
        key = Values.deref(key);
        PhpArray a = writable(t);
        value = Values.copyOnAssign(Values.deref(value));
        if (key == null || key == Values.UNDEF) a.append(value); else a.put(Convert.toKey(key), value);
        return null;
    }

    static Object offsetUnset(Context ctx, ClassTemplate self, Object t, Object key) {
        writable(t).remove(Convert.toKey(Values.deref(key)));
        return null;
    }

    static Object append(Context ctx, ClassTemplate self, Object t, Object value) {
        writable(t).append(Values.copyOnAssign(Values.deref(value)));
        return null;
    }

    static Object getArrayCopy(Context ctx, ClassTemplate self, Object t) { return storage(t).copy(); }

    static Object exchangeArray(Context ctx, ClassTemplate self, Object t, Object array) {
        PhpArray old = storage(t).copy();
        setStorage(t, arrayArg(array, self.name));
        return old;
    }

    static Object count(Context ctx, ClassTemplate self, Object t) { return (long) storage(t).size(); }

    private static Object sorted(Object t, java.util.function.Consumer<Ref> sort) {
        Ref r = new Ref(storage(t).copy());
        sort.accept(r);
        setStorage(t, (PhpArray) r.value);
        return Boolean.TRUE;
    }

    static Object asort(Context ctx, ClassTemplate self, Object t, Object flags) {
        return sorted(t, r -> Sorting.asort(r, flags == Values.UNDEF ? 0L : flags));
    }

    static Object ksort(Context ctx, ClassTemplate self, Object t, Object flags) {
        return sorted(t, r -> Sorting.ksort(r, flags == Values.UNDEF ? 0L : flags));
    }

    static Object uasort(Context ctx, ClassTemplate self, Object t, Object cb) {
        return sorted(t, r -> Callbacks.uasort(ctx, r, cb));
    }

    static Object uksort(Context ctx, ClassTemplate self, Object t, Object cb) {
        return sorted(t, r -> Callbacks.uksort(ctx, r, cb));
    }

    static Object getIterator(Context ctx, ClassTemplate self, Object t) {
        PhpObject it = ctx.findClass("ArrayIterator").instantiate();
        setStorage(it, storage(t));
        return it;
    }

    // ---- ArrayIterator: the position is an array position of the storage

    private static int pos(Context ctx, Object t) {
        Integer p = ctx.splPositions().get(t);
        return p == null ? storage(t).firstPos() : p;
    }

    static Object rewind(Context ctx, ClassTemplate self, Object t) {
        ctx.splPositions().put((PhpObject) t, storage(t).firstPos());
        return null;
    }

    static Object valid(Context ctx, ClassTemplate self, Object t) { return pos(ctx, t) >= 0; }

    static Object current(Context ctx, ClassTemplate self, Object t) {
        int p = pos(ctx, t);
        return p < 0 ? null : Values.copyOnAssign(Values.deref(storage(t).valueAt(p)));
    }

    static Object key(Context ctx, ClassTemplate self, Object t) {
        int p = pos(ctx, t);
        return p < 0 ? null : storage(t).keyAt(p);
    }

    static Object next(Context ctx, ClassTemplate self, Object t) {
        int p = pos(ctx, t);
        if (p >= 0) ctx.splPositions().put((PhpObject) t, storage(t).nextPos(p));
        return null;
    }
}
