package phpgoc.runtime.ext.spl;

import static phpgoc.runtime.ext.spl.Decl.PUB;
import static phpgoc.runtime.ext.spl.Decl.h;
import static phpgoc.runtime.ext.spl.Decl.params;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpFunction;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/**
 * {@code SplObjectStorage}: objects mapped to data, in insertion order, keyed by identity. The
 * iterator's key is the position; var_dump shows the entries as the private {@code storage}.
 */
public final class SplObjectStorages {
    private SplObjectStorages() {}

    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final ClassTemplate TEMPLATE = Decl.cls("SplObjectStorage", null, null,
            "Countable", "Iterator", "Serializable", "ArrayAccess");

    static {
        TEMPLATE.method("attach", PUB, h(L, "attach", 2), params("object", "?info"))
                .method("detach", PUB, h(L, "detach", 1), params("object"))
                .method("contains", PUB, h(L, "contains", 1), params("object"))
                .method("addAll", PUB, h(L, "addAll", 1), params("storage"))
                .method("removeAll", PUB, h(L, "removeAll", 1), params("storage"))
                .method("removeAllExcept", PUB, h(L, "removeAllExcept", 1), params("storage"))
                .method("getInfo", PUB, h(L, "getInfo", 0), params())
                .method("setInfo", PUB, h(L, "setInfo", 1), params("info"))
                .method("count", PUB, h(L, "count", 1), params("?mode"))
                .method("rewind", PUB, h(L, "rewind", 0), params())
                .method("valid", PUB, h(L, "valid", 0), params())
                .method("key", PUB, h(L, "key", 0), params())
                .method("current", PUB, h(L, "current", 0), params())
                .method("next", PUB, h(L, "next", 0), params())
                .method("offsetExists", PUB, h(L, "contains", 1), params("object"))
                .method("offsetGet", PUB, h(L, "offsetGet", 1), params("object"))
                .method("offsetSet", PUB, h(L, "offsetSet", 2), params("object", "?info"))
                .method("offsetUnset", PUB, h(L, "offsetUnset", 1), params("object"))
                .method("getHash", PUB, h(L, "getHash", 1), params("object"))
                .method("serialize", PUB, h(L, "serialize", 0), params())
                .method("unserialize", PUB, h(L, "unserialize", 1), params("data"))
                .method("__serialize", PUB, h(L, "serializeData", 0), params())
                .method("__unserialize", PUB, h(L, "unserializeData", 1), params("data"));
    }

    static ClassTemplate template(String lower) { return lower.equals("splobjectstorage") ? TEMPLATE : null; }

    /** One attached object and its data. */
    private static final class Entry {
        final Object obj;
        Object info;

        Entry(Object obj, Object info) {
            this.obj = obj;
            this.info = info;
        }
    }

    /** The entries in insertion order, an identity index over them, and the iterator's position. */
    static final class Storage implements NativeState {
        final List<Entry> entries = new ArrayList<>();
        final IdentityHashMap<Object, Entry> index = new IdentityHashMap<>();
        int pos;

        @Override public NativeState copy() {
            Storage s = new Storage();
            for (Entry e : entries) s.put(e.obj, Values.copyOnAssign(e.info));
            s.pos = pos;
            return s;
        }

        @Override public void debugProperties(List<ObjectOps.Property> out) {
            PhpArray a = new PhpArray();
            for (Entry e : entries) {
                PhpArray pair = new PhpArray();
                pair.putStr("obj", e.obj);
                pair.putStr("inf", e.info);
                a.append(pair);
            }
            out.add(new ObjectOps.Property("storage", "SplObjectStorage", a));
        }

        /** php compares the entries as unordered maps: sizes, then each object's data (1 when one is missing). */
        @Override public int compareTo(NativeState other) {
            Storage o = (Storage) other;
            if (entries.size() != o.entries.size()) return entries.size() < o.entries.size() ? -1 : 1;
            for (Entry e : entries) {
                Entry f = o.index.get(e.obj);
                if (f == null) return 1;
                int c = phpgoc.runtime.Compare.compare(e.info, f.info);
                if (c != 0) return c;
            }
            return 0;
        }

        void put(Object obj, Object info) {
            Entry e = index.get(obj);
            if (e != null) {
                e.info = info;
                return;
            }
            e = new Entry(obj, info);
            entries.add(e);
            index.put(obj, e);
        }

        void remove(Object obj) {
            Entry e = index.remove(obj);
            if (e == null) return;
            int i = entries.indexOf(e);
            entries.remove(i);
            if (i < pos) pos--;
        }
    }

    private static Storage state(Object self) {
        PhpObject o = (PhpObject) self;
        if (o.internal instanceof Storage s) return s;
        Storage s = new Storage();
        o.internal = s;
        return s;
    }

    private static Object object(Object v, String method, String param) {
        v = Values.deref(v);
        if (v instanceof PhpObject || v instanceof PhpFunction) return v;
        throw new PhpError("TypeError", "SplObjectStorage::" + method + "(): Argument #1 ($" + param + ") must be of type object, "
                + Values.typeName(v) + " given");
    }

    private static Storage storageArg(Object v, String method) {
        v = Values.deref(v);
        if (v instanceof PhpObject o && o.cls.isA("splobjectstorage")) return state(o);
        throw new PhpError("TypeError", "SplObjectStorage::" + method + "(): Argument #1 ($storage) must be of type SplObjectStorage, "
                + Values.typeName(v) + " given");
    }

    private static Object info(Object info) { return info == Values.UNDEF ? null : Values.copyOnAssign(Values.deref(info)); }

    // ---- methods

    static Object attach(Context ctx, ClassTemplate self, Object t, Object object, Object info) {
        state(t).put(object(object, "attach", "object"), info(info));
        return null;
    }

    static Object offsetSet(Context ctx, ClassTemplate self, Object t, Object object, Object info) {
        state(t).put(object(object, "offsetSet", "object"), info(info));
        return null;
    }

    static Object detach(Context ctx, ClassTemplate self, Object t, Object object) {
        state(t).remove(object(object, "detach", "object"));
        return null;
    }

    static Object offsetUnset(Context ctx, ClassTemplate self, Object t, Object object) {
        state(t).remove(object(object, "offsetUnset", "object"));
        return null;
    }

    static Object contains(Context ctx, ClassTemplate self, Object t, Object object) {
        return state(t).index.containsKey(object(object, "contains", "object"));
    }

    static Object offsetGet(Context ctx, ClassTemplate self, Object t, Object object) {
        Entry e = state(t).index.get(object(object, "offsetGet", "object"));
        if (e == null) throw new PhpError("UnexpectedValueException", "Object not found");
        return Values.copyOnAssign(e.info);
    }

    static Object addAll(Context ctx, ClassTemplate self, Object t, Object storage) {
        Storage s = state(t);
        for (Entry e : new ArrayList<>(storageArg(storage, "addAll").entries)) s.put(e.obj, Values.copyOnAssign(e.info));
        return (long) s.entries.size();
    }

    static Object removeAll(Context ctx, ClassTemplate self, Object t, Object storage) {
        Storage s = state(t);
        for (Entry e : new ArrayList<>(storageArg(storage, "removeAll").entries)) s.remove(e.obj);
        return (long) s.entries.size();
    }

    static Object removeAllExcept(Context ctx, ClassTemplate self, Object t, Object storage) {
        Storage s = state(t), keep = storageArg(storage, "removeAllExcept");
        for (Entry e : new ArrayList<>(s.entries)) if (!keep.index.containsKey(e.obj)) s.remove(e.obj);
        return (long) s.entries.size();
    }

    /** count(): COUNT_RECURSIVE counts the same (php recurses into the entries' objects, which add nothing). */
    static Object count(Context ctx, ClassTemplate self, Object t, Object mode) { return (long) state(t).entries.size(); }

    private static Entry at(Object t) {
        Storage s = state(t);
        return s.pos < s.entries.size() ? s.entries.get(s.pos) : null;
    }

    static Object rewind(Context ctx, ClassTemplate self, Object t) {
        state(t).pos = 0;
        return null;
    }

    static Object valid(Context ctx, ClassTemplate self, Object t) { return at(t) != null; }

    static Object key(Context ctx, ClassTemplate self, Object t) { return (long) state(t).pos; }

    static Object current(Context ctx, ClassTemplate self, Object t) {
        Entry e = at(t);
        if (e == null) throw new PhpError("RuntimeException", "Called current() on invalid iterator");
        return e.obj;
    }

    static Object next(Context ctx, ClassTemplate self, Object t) {
        Storage s = state(t);
        if (s.pos < s.entries.size()) s.pos++;
        return null;
    }

    static Object getInfo(Context ctx, ClassTemplate self, Object t) {
        Entry e = at(t);
        return e == null ? null : Values.copyOnAssign(e.info);
    }

    static Object setInfo(Context ctx, ClassTemplate self, Object t, Object info) {
        Entry e = at(t);
        if (e != null) e.info = info(info);
        return null;
    }

    static Object getHash(Context ctx, ClassTemplate self, Object t, Object object) {
        return SplFunctions.spl_object_hash(object(object, "getHash", "object"));
    }

    // ---- serialization: x:i:COUNT;OBJ,INFO;...;m:MEMBERS, and __serialize's [[obj, info, ...], members]

    static Object serialize(Context ctx, ClassTemplate self, Object t) {
        StringBuilder sb = new StringBuilder("x:i:").append(state(t).entries.size()).append(';');
        for (Entry e : state(t).entries) {
            sb.append(phpgoc.runtime.ext.standard.Serialize.serialize(ctx, e.obj)).append(',')
                    .append(phpgoc.runtime.ext.standard.Serialize.serialize(ctx, e.info)).append(';');
        }
        return sb.append("m:").append(phpgoc.runtime.ext.standard.Serialize.serialize(ctx, SplSerial.members(t))).toString();
    }

    static Object unserialize(Context ctx, ClassTemplate self, Object t, Object data) {
        SplSerial in = new SplSerial(ctx, Convert.toStr(Values.deref(data)));
        in.expect("x:");
        long n = Convert.toLong(in.value());
        Storage s = state(t);
        for (long i = 0; i < n; i++) {
            Object obj = in.value();
            in.expect(",");
            Object info = in.value();
            in.expect(";");
            s.put(object(obj, "unserialize", "data"), info);
        }
        in.expect("m:");
        SplSerial.loadMembers(t, in.array());
        return null;
    }

    static Object serializeData(Context ctx, ClassTemplate self, Object t) {
        PhpArray pairs = new PhpArray();
        for (Entry e : state(t).entries) {
            pairs.append(e.obj);
            pairs.append(Values.copyOnAssign(e.info));
        }
        return PhpArray.of(pairs, SplSerial.members(t));
    }

    static Object unserializeData(Context ctx, ClassTemplate self, Object t, Object data) {
        PhpArray d = (PhpArray) Values.deref(data);
        Storage s = state(t);
        if (Values.deref(d.lookup(0L)) instanceof PhpArray pairs) {
            for (int p = pairs.firstPos(); p >= 0; p = pairs.nextPos(p)) {
                Object obj = Values.deref(pairs.valueAt(p));
                p = pairs.nextPos(p);
                s.put(obj, p < 0 ? null : Values.copyOnAssign(Values.deref(pairs.valueAt(p))));
                if (p < 0) break;
            }
        }
        SplSerial.loadMembers(t, Values.deref(d.lookup(1L)));
        return null;
    }
}
