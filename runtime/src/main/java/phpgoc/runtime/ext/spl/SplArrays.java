package phpgoc.runtime.ext.spl;

import static phpgoc.runtime.ext.spl.Decl.PUB;
import static phpgoc.runtime.ext.spl.Decl.h;
import static phpgoc.runtime.ext.spl.Decl.params;

import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Compare;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.ObjectArrays;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Callbacks;
import phpgoc.runtime.ext.standard.Sorting;

/**
 * {@code ArrayIterator} and {@code ArrayObject} as built-in classes: the array, flags and an
 * iterator's position live in a {@link Storage} (var_dump shows the array as the private
 * {@code storage}; casts and json_encode see it unless STD_PROP_LIST is set). An object given to
 * the constructor is copied as its properties (php wraps it by reference).
 */
public final class SplArrays {
    private SplArrays() {}

    static final int STD_PROP_LIST = 1, ARRAY_AS_PROPS = 2;
    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final Map<String, ClassTemplate> TEMPLATES = new HashMap<>();

    static {
        ClassTemplate it = Decl.cls("ArrayIterator", null, Decl.init(L, "constant"),
                "SeekableIterator", "ArrayAccess", "Serializable", "Countable");
        common(it);
        it.method("current", PUB, h(L, "current", 0), params()).method("key", PUB, h(L, "key", 0), params())
                .method("next", PUB, h(L, "next", 0), params()).method("rewind", PUB, h(L, "rewind", 0), params())
                .method("valid", PUB, h(L, "valid", 0), params()).method("seek", PUB, h(L, "seek", 1), params("offset"));
        TEMPLATES.put("arrayiterator", it);
        ClassTemplate ao = Decl.cls("ArrayObject", null, Decl.init(L, "constant"),
                "IteratorAggregate", "ArrayAccess", "Serializable", "Countable");
        common(ao);
        ao.method("getIterator", PUB, h(L, "getIterator", 0), params())
                .method("exchangeArray", PUB, h(L, "exchangeArray", 1), params("array"))
                .method("getIteratorClass", PUB, h(L, "getIteratorClass", 0), params())
                .method("setIteratorClass", PUB, h(L, "setIteratorClass", 1), params("iteratorClass"));
        TEMPLATES.put("arrayobject", ao);
    }

    /** Constant initialisers: index i is the value i (STD_PROP_LIST, ARRAY_AS_PROPS). */
    static Object constant(Context ctx, int i) { return (long) i; }

    private static void common(ClassTemplate t) {
        t.constant("STD_PROP_LIST", PUB, STD_PROP_LIST).constant("ARRAY_AS_PROPS", PUB, ARRAY_AS_PROPS);
        t.method("__construct", PUB, h(L, "construct", 3), params("?array", "?flags", "?iteratorClass"))
                .method("offsetExists", PUB, h(L, "offsetExists", 1), params("key"))
                .method("offsetGet", PUB, h(L, "offsetGet", 1), params("key"))
                .method("offsetSet", PUB, h(L, "offsetSet", 2), params("key", "value"))
                .method("offsetUnset", PUB, h(L, "offsetUnset", 1), params("key"))
                .method("append", PUB, h(L, "append", 1), params("value"))
                .method("getArrayCopy", PUB, h(L, "getArrayCopy", 0), params())
                .method("count", PUB, h(L, "count", 0), params())
                .method("getFlags", PUB, h(L, "getFlags", 0), params())
                .method("setFlags", PUB, h(L, "setFlags", 1), params("flags"))
                .method("asort", PUB, h(L, "asort", 1), params("?flags"))
                .method("ksort", PUB, h(L, "ksort", 1), params("?flags"))
                .method("uasort", PUB, h(L, "uasort", 1), params("callback"))
                .method("uksort", PUB, h(L, "uksort", 1), params("callback"))
                .method("serialize", PUB, h(L, "serialize", 0), params())
                .method("unserialize", PUB, h(L, "unserialize", 1), params("data"))
                .method("__serialize", PUB, h(L, "serializeData", 0), params())
                .method("__unserialize", PUB, h(L, "unserializeData", 1), params("data"));
    }

    /** The template of built-in class {@code lower}, or null. */
    static ClassTemplate template(String lower) { return TEMPLATES.get(lower); }

    /** An ArrayObject's or ArrayIterator's state. */
    static final class Storage implements NativeState {
        /** "ArrayObject" or "ArrayIterator": the class var_dump names as the private storage's. */
        final String owner;
        PhpArray array;
        int flags;
        /** An ArrayIterator's position in {@link #array}; {@link #UNSTARTED} before the first rewind. */
        int pos = UNSTARTED;
        String iteratorClass = "ArrayIterator";

        static final int UNSTARTED = -2;

        Storage(String owner, PhpArray array) {
            this.owner = owner;
            this.array = array;
        }

        @Override public NativeState copy() {
            Storage s = new Storage(owner, array.copy());
            s.flags = flags;
            s.pos = pos;
            s.iteratorClass = iteratorClass;
            return s;
        }

        @Override public void debugProperties(List<ObjectOps.Property> out) { out.add(new ObjectOps.Property("storage", owner, array)); }

        @Override public PhpArray propertyTable() { return (flags & STD_PROP_LIST) != 0 ? null : array; }

        /** php compares the storages first. */
        @Override public int compareTo(NativeState other) { return Compare.compare(array, ((Storage) other).array); }

        @Override public boolean propertiesAreOffsets() { return (flags & ARRAY_AS_PROPS) != 0; }
    }

    /** The state of {@code self}, created empty for an object whose constructor did not run. */
    static Storage state(Object self) {
        PhpObject o = (PhpObject) self;
        if (o.internal instanceof Storage s) return s;
        PhpClass c = o.cls;
        while (!TEMPLATES.containsValue(c.tpl)) c = c.parent;
        Storage s = new Storage(c.name, new PhpArray());
        o.internal = s;
        return s;
    }

    private static PhpArray arrayArg(Object v, String method) {
        v = Values.deref(v);
        if (v == Values.UNDEF || v == null) return new PhpArray();
        if (v instanceof PhpArray a) return a.copy();
        if (v instanceof PhpObject o) return o.internal instanceof Storage s ? s.array.copy() : ObjectArrays.toArray(o);
        throw new PhpError("TypeError", method + "(): Argument #1 ($array) must be of type array, " + Values.typeName(v) + " given");
    }

    // ---- methods

    static Object construct(Context ctx, ClassTemplate self, Object t, Object array, Object flags, Object iteratorClass) {
        Storage s = state(t);
        s.array = arrayArg(array, self.name + "::__construct");
        if (flags != Values.UNDEF) s.flags = (int) Convert.toLong(Values.deref(flags));
        if (iteratorClass != Values.UNDEF) setIteratorClass(ctx, self, t, iteratorClass);
        return null;
    }

    static Object offsetExists(Context ctx, ClassTemplate self, Object t, Object key) {
        return state(t).array.lookup(Convert.toKey(Values.deref(key))) != Values.UNDEF;
    }

    static Object offsetGet(Context ctx, ClassTemplate self, Object t, Object key) {
        Object k = Convert.toKey(Values.deref(key));
        Object v = state(t).array.lookup(k);
        if (v == Values.UNDEF) {
            ctx.warning(k instanceof Long ? "Undefined array key " + k : "Undefined array key \"" + k + "\"");
            return null;
        }
        return Values.copyOnAssign(Values.deref(v));
    }

    static Object offsetSet(Context ctx, ClassTemplate self, Object t, Object key, Object value) {
        key = Values.deref(key);
        PhpArray a = state(t).array;
        value = Values.copyOnAssign(Values.deref(value));
        if (key == null || key == Values.UNDEF) a.append(value); else a.put(Convert.toKey(key), value);
        return null;
    }

    static Object offsetUnset(Context ctx, ClassTemplate self, Object t, Object key) {
        state(t).array.remove(Convert.toKey(Values.deref(key)));
        return null;
    }

    static Object append(Context ctx, ClassTemplate self, Object t, Object value) {
        state(t).array.append(Values.copyOnAssign(Values.deref(value)));
        return null;
    }

    static Object getArrayCopy(Context ctx, ClassTemplate self, Object t) { return state(t).array.copy(); }

    static Object exchangeArray(Context ctx, ClassTemplate self, Object t, Object array) {
        Storage s = state(t);
        PhpArray old = s.array;
        s.array = arrayArg(array, self.name + "::exchangeArray");
        return old;
    }

    static Object count(Context ctx, ClassTemplate self, Object t) { return (long) state(t).array.size(); }

    static Object getFlags(Context ctx, ClassTemplate self, Object t) { return (long) state(t).flags; }

    static Object setFlags(Context ctx, ClassTemplate self, Object t, Object flags) {
        state(t).flags = (int) Convert.toLong(Values.deref(flags));
        return null;
    }

    private static Object sorted(Object t, java.util.function.Consumer<Ref> sort) {
        Storage s = state(t);
        Ref r = new Ref(s.array);
        sort.accept(r);
        s.array = (PhpArray) r.value;
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

    /** Whether {@code it} is an ArrayIterator (foreach by reference may walk it). */
    public static boolean isArrayIterator(PhpObject it) { return it.internal instanceof Storage; }

    /** foreach by reference over an ArrayIterator: the current element as a reference. */
    public static Ref currentRef(PhpObject it) {
        int p = pos(it);
        return p < 0 ? new Ref(null) : state(it).array.refAtPos(p);
    }

    /** An iterator of the iterator class over the same array (writes through either show in both). */
    static Object getIterator(Context ctx, ClassTemplate self, Object t) {
        Storage s = state(t);
        PhpObject it = ctx.findClass(s.iteratorClass).instantiate();
        Storage is = state(it);
        is.array = s.array;
        is.flags = s.flags;
        return it;
    }

    static Object getIteratorClass(Context ctx, ClassTemplate self, Object t) { return state(t).iteratorClass; }

    static Object setIteratorClass(Context ctx, ClassTemplate self, Object t, Object iteratorClass) {
        String name = Convert.toStr(Values.deref(iteratorClass));
        PhpClass c = ctx.loadClass(name);
        if (c == null || !c.isA("arrayiterator")) {
            throw new PhpError("TypeError", self.name + "::" + (Values.deref(iteratorClass) == iteratorClass ? "setIteratorClass" : "setIteratorClass")
                    + "(): Argument #1 ($iteratorClass) must be a class name derived from ArrayIterator, " + name + " given");
        }
        state(t).iteratorClass = c.name;
        return null;
    }

    // ---- serialization: x:i:FLAGS;STORAGE;m:MEMBERS, and __serialize's [flags, storage, members, iterator class]

    static Object serialize(Context ctx, ClassTemplate self, Object t) {
        Storage s = state(t);
        return "x:i:" + s.flags + ";" + phpgoc.runtime.ext.standard.Serialize.serialize(ctx, s.array) + ";m:"
                + phpgoc.runtime.ext.standard.Serialize.serialize(ctx, SplSerial.members(t));
    }

    static Object unserialize(Context ctx, ClassTemplate self, Object t, Object data) {
        SplSerial in = new SplSerial(ctx, Convert.toStr(Values.deref(data)));
        in.expect("x:");
        Object flags = in.value();
        PhpArray array = in.array();
        in.expect(";m:");
        PhpArray members = in.array();
        Storage s = state(t);
        s.flags = (int) Convert.toLong(flags);
        s.array = array;
        SplSerial.loadMembers(t, members);
        return null;
    }

    static Object serializeData(Context ctx, ClassTemplate self, Object t) {
        Storage s = state(t);
        boolean customIterator = s.owner.equals("ArrayObject") && !s.iteratorClass.equals("ArrayIterator");
        return PhpArray.of((long) s.flags, s.array.copy(), SplSerial.members(t), customIterator ? s.iteratorClass : null);
    }

    static Object unserializeData(Context ctx, ClassTemplate self, Object t, Object data) {
        PhpArray d = (PhpArray) Values.deref(data);
        Storage s = state(t);
        s.flags = (int) Convert.toLong(Values.deref(d.lookup(0L)));
        if (Values.deref(d.lookup(1L)) instanceof PhpArray a) s.array = a.copy();
        SplSerial.loadMembers(t, Values.deref(d.lookup(2L)));
        if (Values.deref(d.lookup(3L)) instanceof String c) s.iteratorClass = c;
        return null;
    }

    // ---- ArrayIterator: the position is an array position of the storage

    private static int pos(Object t) {
        Storage s = state(t);
        return s.pos == Storage.UNSTARTED ? s.array.firstPos() : s.pos;
    }

    static Object rewind(Context ctx, ClassTemplate self, Object t) {
        Storage s = state(t);
        s.pos = s.array.firstPos();
        return null;
    }

    static Object valid(Context ctx, ClassTemplate self, Object t) { return pos(t) >= 0; }

    static Object current(Context ctx, ClassTemplate self, Object t) {
        int p = pos(t);
        return p < 0 ? null : Values.copyOnAssign(Values.deref(state(t).array.valueAt(p)));
    }

    static Object key(Context ctx, ClassTemplate self, Object t) {
        int p = pos(t);
        return p < 0 ? null : state(t).array.keyAt(p);
    }

    static Object next(Context ctx, ClassTemplate self, Object t) {
        int p = pos(t);
        if (p >= 0) state(t).pos = state(t).array.nextPos(p);
        return null;
    }

    /** SeekableIterator::seek: the position {@code offset} elements from the start, or OutOfBoundsException. */
    static Object seek(Context ctx, ClassTemplate self, Object t, Object offset) {
        long n = Convert.toLong(Values.deref(offset));
        Storage s = state(t);
        if (n >= 0) {
            int p = s.array.firstPos();
            for (long i = 0; i < n && p >= 0; i++) p = s.array.nextPos(p);
            if (p >= 0) {
                s.pos = p;
                return null;
            }
        }
        throw new PhpError("OutOfBoundsException", "Seek position " + n + " is out of range");
    }
}
