package phpgoc.runtime.ext.spl;

import static phpgoc.runtime.ext.spl.Decl.PUB;
import static phpgoc.runtime.ext.spl.Decl.h;
import static phpgoc.runtime.ext.spl.Decl.params;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/**
 * {@code SplDoublyLinkedList} and its {@code SplQueue} and {@code SplStack}: a list with an
 * iteration mode (LIFO/FIFO, KEEP/DELETE), php's exceptions, and var_dump's private
 * {@code flags} and {@code dllist}.
 */
public final class SplLists {
    private SplLists() {}

    static final int IT_MODE_DELETE = 1, IT_MODE_LIFO = 2, FIXED = 4;
    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final Map<String, ClassTemplate> TEMPLATES = new HashMap<>();

    static {
        ClassTemplate dll = Decl.cls("SplDoublyLinkedList", null, Decl.init(L, "constant"),
                "Iterator", "Countable", "ArrayAccess", "Serializable");
        dll.constant("IT_MODE_LIFO", PUB, IT_MODE_LIFO).constant("IT_MODE_FIFO", PUB, 0)
                .constant("IT_MODE_DELETE", PUB, IT_MODE_DELETE).constant("IT_MODE_KEEP", PUB, 0);
        dll.method("add", PUB, h(L, "add", 2), params("index", "value"))
                .method("pop", PUB, h(L, "pop", 0), params()).method("shift", PUB, h(L, "shift", 0), params())
                .method("push", PUB, h(L, "push", 1), params("value"))
                .method("unshift", PUB, h(L, "unshift", 1), params("value"))
                .method("top", PUB, h(L, "top", 0), params()).method("bottom", PUB, h(L, "bottom", 0), params())
                .method("isEmpty", PUB, h(L, "isEmpty", 0), params()).method("count", PUB, h(L, "count", 0), params())
                .method("offsetExists", PUB, h(L, "offsetExists", 1), params("index"))
                .method("offsetGet", PUB, h(L, "offsetGet", 1), params("index"))
                .method("offsetSet", PUB, h(L, "offsetSet", 2), params("index", "value"))
                .method("offsetUnset", PUB, h(L, "offsetUnset", 1), params("index"))
                .method("setIteratorMode", PUB, h(L, "setIteratorMode", 1), params("mode"))
                .method("getIteratorMode", PUB, h(L, "getIteratorMode", 0), params())
                .method("rewind", PUB, h(L, "rewind", 0), params()).method("valid", PUB, h(L, "valid", 0), params())
                .method("current", PUB, h(L, "current", 0), params()).method("key", PUB, h(L, "key", 0), params())
                .method("next", PUB, h(L, "next", 0), params()).method("prev", PUB, h(L, "prev", 0), params())
                .method("serialize", PUB, h(L, "serialize", 0), params())
                .method("unserialize", PUB, h(L, "unserialize", 1), params("data"))
                .method("__serialize", PUB, h(L, "serializeData", 0), params())
                .method("__unserialize", PUB, h(L, "unserializeData", 1), params("data"));
        TEMPLATES.put("spldoublylinkedlist", dll);
        ClassTemplate queue = Decl.cls("SplQueue", "SplDoublyLinkedList", null);
        queue.method("enqueue", PUB, h(L, "push", 1), params("value")).method("dequeue", PUB, h(L, "shift", 0), params());
        TEMPLATES.put("splqueue", queue);
        TEMPLATES.put("splstack", Decl.cls("SplStack", "SplDoublyLinkedList", null));
    }

    static Object constant(Context ctx, int i) { return (long) i; }

    static ClassTemplate template(String lower) { return TEMPLATES.get(lower); }

    /** The elements, the mode flags, and the iterator's index (counted from the end in LIFO mode). */
    static final class DList implements NativeState {
        final List<Object> items = new ArrayList<>();
        int flags;
        int index;

        @Override public NativeState copy() {
            DList d = new DList();
            for (Object v : items) d.items.add(Values.copyOnAssign(v));
            d.flags = flags;
            d.index = index;
            return d;
        }

        @Override public void debugProperties(List<ObjectOps.Property> out) {
            out.add(new ObjectOps.Property("flags", "SplDoublyLinkedList", (long) flags));
            PhpArray a = new PhpArray();
            for (Object v : items) a.append(v);
            out.add(new ObjectOps.Property("dllist", "SplDoublyLinkedList", a));
        }

        boolean lifo() { return (flags & IT_MODE_LIFO) != 0; }

        /** The list index the iterator is at, or -1 past either end. */
        int at() {
            int i = lifo() ? items.size() - 1 - index : index;
            return i >= 0 && i < items.size() && index >= 0 ? i : -1;
        }
    }

    static DList state(Object self) {
        PhpObject o = (PhpObject) self;
        if (o.internal instanceof DList d) return d;
        DList d = new DList();
        if (o.cls.isA("splstack")) d.flags = IT_MODE_LIFO | FIXED;
        else if (o.cls.isA("splqueue")) d.flags = FIXED;
        o.internal = d;
        return d;
    }

    private static PhpError empty(String what) { return new PhpError("RuntimeException", "Can't " + what + " an empty datastructure"); }

    private static PhpError outOfRange(String method) {
        return new PhpError("OutOfRangeException", "SplDoublyLinkedList::" + method + "(): Argument #1 ($index) is out of range");
    }

    /** An int index argument as php's int parameter coercion takes it. */
    private static long index(Object v, String method) {
        v = Values.deref(v);
        if (v instanceof Long l) return l;
        if (v instanceof Boolean b) return b ? 1 : 0;
        if (v instanceof Double d && d == Math.floor(d) && !Double.isInfinite(d)) return d.longValue();
        if (Values.isString(v) && Convert.parseNumeric(Convert.toStr(v)) instanceof Long l) return l;
        throw new PhpError("TypeError", "SplDoublyLinkedList::" + method + "(): Argument #1 ($index) must be of type int, "
                + Values.typeName(v) + " given");
    }

    private static Object value(Object v) { return Values.copyOnAssign(Values.deref(v)); }

    // ---- methods

    static Object push(Context ctx, ClassTemplate self, Object t, Object value) {
        state(t).items.add(value(value));
        return null;
    }

    static Object unshift(Context ctx, ClassTemplate self, Object t, Object value) {
        state(t).items.add(0, value(value));
        return null;
    }

    static Object pop(Context ctx, ClassTemplate self, Object t) {
        List<Object> l = state(t).items;
        if (l.isEmpty()) throw empty("pop from");
        return l.remove(l.size() - 1);
    }

    static Object shift(Context ctx, ClassTemplate self, Object t) {
        List<Object> l = state(t).items;
        if (l.isEmpty()) throw empty("shift from");
        return l.remove(0);
    }

    static Object top(Context ctx, ClassTemplate self, Object t) {
        List<Object> l = state(t).items;
        if (l.isEmpty()) throw empty("peek at");
        return Values.copyOnAssign(l.get(l.size() - 1));
    }

    static Object bottom(Context ctx, ClassTemplate self, Object t) {
        List<Object> l = state(t).items;
        if (l.isEmpty()) throw empty("peek at");
        return Values.copyOnAssign(l.get(0));
    }

    static Object isEmpty(Context ctx, ClassTemplate self, Object t) { return state(t).items.isEmpty(); }

    static Object count(Context ctx, ClassTemplate self, Object t) { return (long) state(t).items.size(); }

    static Object add(Context ctx, ClassTemplate self, Object t, Object index, Object value) {
        List<Object> l = state(t).items;
        long i = index(index, "add");
        if (i < 0 || i > l.size()) throw outOfRange("add");
        l.add((int) i, value(value));
        return null;
    }

    static Object offsetExists(Context ctx, ClassTemplate self, Object t, Object index) {
        long i = Convert.toLong(Values.deref(index));
        return i >= 0 && i < state(t).items.size();
    }

    static Object offsetGet(Context ctx, ClassTemplate self, Object t, Object index) {
        List<Object> l = state(t).items;
        long i = index(index, "offsetGet");
        if (i < 0 || i >= l.size()) throw outOfRange("offsetGet");
        return Values.copyOnAssign(l.get((int) i));
    }

    static Object offsetSet(Context ctx, ClassTemplate self, Object t, Object index, Object value) {
        List<Object> l = state(t).items;
        Object k = Values.deref(index);
        if (k == null || k == Values.UNDEF) {
            l.add(value(value));
            return null;
        }
        long i = index(k, "offsetSet");
        if (i < 0 || i >= l.size()) throw outOfRange("offsetSet");
        l.set((int) i, value(value));
        return null;
    }

    static Object offsetUnset(Context ctx, ClassTemplate self, Object t, Object index) {
        List<Object> l = state(t).items;
        long i = index(index, "offsetUnset");
        if (i < 0 || i >= l.size()) throw outOfRange("offsetUnset");
        l.remove((int) i);
        return null;
    }

    static Object setIteratorMode(Context ctx, ClassTemplate self, Object t, Object mode) {
        DList d = state(t);
        int m = (int) Convert.toLong(Values.deref(mode));
        if ((d.flags & FIXED) != 0 && (d.flags & IT_MODE_LIFO) != (m & IT_MODE_LIFO)) {
            throw new PhpError("RuntimeException", "Iterators' LIFO/FIFO modes for SplStack/SplQueue objects are frozen");
        }
        d.flags = (m & (IT_MODE_LIFO | IT_MODE_DELETE)) | (d.flags & FIXED);
        return (long) d.flags;
    }

    static Object getIteratorMode(Context ctx, ClassTemplate self, Object t) { return (long) state(t).flags; }

    static Object rewind(Context ctx, ClassTemplate self, Object t) {
        state(t).index = 0;
        return null;
    }

    static Object valid(Context ctx, ClassTemplate self, Object t) { return state(t).at() >= 0; }

    static Object current(Context ctx, ClassTemplate self, Object t) {
        DList d = state(t);
        int i = d.at();
        return i < 0 ? null : Values.copyOnAssign(d.items.get(i));
    }

    /** The key: the list index (LIFO counts down from the end); in DELETE mode FIFO keys stay 0. */
    static Object key(Context ctx, ClassTemplate self, Object t) {
        DList d = state(t);
        return (long) (d.lifo() ? d.items.size() - 1 - d.index : d.index);
    }

    static Object next(Context ctx, ClassTemplate self, Object t) {
        DList d = state(t);
        if ((d.flags & IT_MODE_DELETE) != 0) {
            int i = d.at();
            if (i >= 0) d.items.remove(i);
            if (d.lifo()) d.index = 0;
        } else {
            d.index++;
        }
        return null;
    }

    static Object prev(Context ctx, ClassTemplate self, Object t) {
        state(t).index--;
        return null;
    }

    // ---- serialization: i:FLAGS;:V1:V2..., and __serialize's [flags, [values], members]

    static Object serialize(Context ctx, ClassTemplate self, Object t) {
        DList d = state(t);
        StringBuilder sb = new StringBuilder("i:").append(d.flags).append(';');
        for (Object v : d.items) sb.append(':').append(phpgoc.runtime.ext.standard.Serialize.serialize(ctx, v));
        return sb.toString();
    }

    static Object unserialize(Context ctx, ClassTemplate self, Object t, Object data) {
        SplSerial in = new SplSerial(ctx, Convert.toStr(Values.deref(data)));
        DList d = state(t);
        d.flags = (int) Convert.toLong(in.value());
        while (!in.atEnd()) {
            in.expect(":");
            d.items.add(in.value());
        }
        return null;
    }

    static Object serializeData(Context ctx, ClassTemplate self, Object t) {
        DList d = state(t);
        PhpArray items = new PhpArray();
        for (Object v : d.items) items.append(Values.copyOnAssign(v));
        return PhpArray.of((long) d.flags, items, SplSerial.members(t));
    }

    static Object unserializeData(Context ctx, ClassTemplate self, Object t, Object data) {
        PhpArray a = (PhpArray) Values.deref(data);
        DList d = state(t);
        d.flags = (int) Convert.toLong(Values.deref(a.lookup(0L)));
        if (Values.deref(a.lookup(1L)) instanceof PhpArray items) {
            for (int p = items.firstPos(); p >= 0; p = items.nextPos(p)) d.items.add(Values.copyOnAssign(Values.deref(items.valueAt(p))));
        }
        SplSerial.loadMembers(t, Values.deref(a.lookup(2L)));
        return null;
    }
}
