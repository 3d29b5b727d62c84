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
import phpgoc.runtime.Compare;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/**
 * {@code SplHeap}, {@code SplMinHeap}, {@code SplMaxHeap} and {@code SplPriorityQueue}: php's binary
 * heap (spl_heap.c's sift-up and sift-down, so var_dump shows the same array order), with a
 * subclass's {@code compare()} used when it overrides the built-in one. Iterating extracts.
 */
public final class SplHeaps {
    private SplHeaps() {}

    static final int EXTR_DATA = 1, EXTR_PRIORITY = 2, EXTR_BOTH = 3;
    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final Map<String, ClassTemplate> TEMPLATES = new HashMap<>();
    private static final ClassTemplate HEAP = new ClassTemplate("SplHeap", ClassTemplate.KIND_CLASS, ClassTemplate.ABSTRACT,
            null, new String[] {"Iterator", "Countable"}, null, null, 0);
    private static final ClassTemplate MIN = Decl.cls("SplMinHeap", "SplHeap", null);
    private static final ClassTemplate MAX = Decl.cls("SplMaxHeap", "SplHeap", null);
    private static final ClassTemplate PQUEUE = Decl.cls("SplPriorityQueue", null, Decl.init(L, "constant"), "Iterator", "Countable");

    static {
        for (ClassTemplate t : new ClassTemplate[] {HEAP, PQUEUE}) {
            t.method("extract", PUB, h(L, "extract", 0), params()).method("top", PUB, h(L, "top", 0), params())
                    .method("count", PUB, h(L, "count", 0), params()).method("isEmpty", PUB, h(L, "isEmpty", 0), params())
                    .method("rewind", PUB, h(L, "rewind", 0), params()).method("current", PUB, h(L, "current", 0), params())
                    .method("key", PUB, h(L, "key", 0), params()).method("next", PUB, h(L, "next", 0), params())
                    .method("valid", PUB, h(L, "valid", 0), params())
                    .method("recoverFromCorruption", PUB, h(L, "recoverFromCorruption", 0), params())
                    .method("isCorrupted", PUB, h(L, "isCorrupted", 0), params());
        }
        HEAP.method("insert", PUB, h(L, "insert", 1), params("value"))
                .method("compare", ClassTemplate.PROTECTED | ClassTemplate.ABSTRACT, null, params("value1", "value2"));
        MIN.method("compare", ClassTemplate.PROTECTED, h(L, "minCompare", 2), params("value1", "value2"));
        MAX.method("compare", ClassTemplate.PROTECTED, h(L, "maxCompare", 2), params("value1", "value2"));
        PQUEUE.constant("EXTR_BOTH", PUB, EXTR_BOTH).constant("EXTR_PRIORITY", PUB, EXTR_PRIORITY).constant("EXTR_DATA", PUB, EXTR_DATA);
        PQUEUE.method("insert", PUB, h(L, "pqInsert", 2), params("value", "priority"))
                .method("compare", PUB, h(L, "maxCompare", 2), params("priority1", "priority2"))
                .method("setExtractFlags", PUB, h(L, "setExtractFlags", 1), params("flags"))
                .method("getExtractFlags", PUB, h(L, "getExtractFlags", 0), params());
        TEMPLATES.put("splheap", HEAP);
        TEMPLATES.put("splminheap", MIN);
        TEMPLATES.put("splmaxheap", MAX);
        TEMPLATES.put("splpriorityqueue", PQUEUE);
    }

    static Object constant(Context ctx, int i) { return (long) i; }

    static ClassTemplate template(String lower) { return TEMPLATES.get(lower); }

    /** The heap array (a priority queue's elements are {data, priority} pairs), flags and corruption. */
    static final class Heap implements NativeState {
        final List<Object> items = new ArrayList<>();
        final boolean pqueue;
        int flags;
        boolean corrupted;

        Heap(boolean pqueue) {
            this.pqueue = pqueue;
            this.flags = pqueue ? EXTR_DATA : 0;
        }

        @Override public NativeState copy() {
            Heap h = new Heap(pqueue);
            for (Object v : items) h.items.add(v instanceof Object[] p ? p.clone() : Values.copyOnAssign(v));
            h.flags = flags;
            h.corrupted = corrupted;
            return h;
        }

        @Override public void debugProperties(List<ObjectOps.Property> out) {
            String owner = pqueue ? "SplPriorityQueue" : "SplHeap";
            out.add(new ObjectOps.Property("flags", owner, (long) flags));
            out.add(new ObjectOps.Property("isCorrupted", owner, corrupted));
            PhpArray a = new PhpArray();
            for (Object v : items) a.append(pqueue ? extracted((Object[]) v, EXTR_BOTH) : v);
            out.add(new ObjectOps.Property("heap", owner, a));
        }
    }

    private static Heap state(Object self) {
        PhpObject o = (PhpObject) self;
        if (o.internal instanceof Heap h) return h;
        Heap h = new Heap(o.cls.isA("splpriorityqueue"));
        o.internal = h;
        return h;
    }

    private static Object extracted(Object[] pair, int flags) {
        if ((flags & EXTR_BOTH) == EXTR_BOTH) {
            PhpArray a = new PhpArray();
            a.putStr("data", Values.copyOnAssign(pair[0]));
            a.putStr("priority", Values.copyOnAssign(pair[1]));
            return a;
        }
        return Values.copyOnAssign((flags & EXTR_DATA) != 0 ? pair[0] : pair[1]);
    }

    /** php's heap->cmp: > 0 when {@code a} belongs nearer the top; a subclass's compare() when it has one. */
    private static int cmp(Context ctx, PhpObject o, Heap h, Object a, Object b) {
        Object x = h.pqueue ? ((Object[]) a)[1] : a, y = h.pqueue ? ((Object[]) b)[1] : b;
        MethodInfo m = o.cls.findMethod("compare");
        if (m != null && m.declaring != MIN && m.declaring != MAX && m.declaring != PQUEUE) {
            long r = Convert.toLong(Values.deref(m.invoke(ctx, o, new Object[] {x, y})));
            return Long.signum(r);
        }
        boolean min = !h.pqueue && o.cls.isA("splminheap");
        return min ? Compare.compare(y, x) : Compare.compare(x, y);
    }

    private static void checkCorrupted(Heap h) {
        if (h.corrupted) throw new PhpError("RuntimeException", "Heap is corrupted, heap properties are no longer ensured.");
    }

    /** spl_ptr_heap_insert: sift up. */
    private static void insert(Context ctx, PhpObject o, Heap h, Object elem) {
        List<Object> a = h.items;
        a.add(null);
        int i = a.size() - 1;
        try {
            for (; i > 0 && cmp(ctx, o, h, a.get((i - 1) / 2), elem) < 0; i = (i - 1) / 2) a.set(i, a.get((i - 1) / 2));
        } catch (PhpError e) {
            h.corrupted = true;
            a.set(i, elem);
            throw e;
        }
        a.set(i, elem);
    }

    /** spl_ptr_heap_delete_top: the top, the bottom element sifted down from the root. */
    private static Object deleteTop(Context ctx, PhpObject o, Heap h) {
        List<Object> a = h.items;
        int count = a.size();
        int limit = (count - 1) / 2;
        Object top = a.get(0);
        Object bottom = a.remove(--count);
        if (count == 0) return top;
        int i = 0;
        try {
            for (int j; i < limit; i = j) {
                j = i * 2 + 1;
                if (j != count && j + 1 < count + 1 && cmp(ctx, o, h, at(a, j + 1, bottom), a.get(j)) > 0) j++;
                if (cmp(ctx, o, h, bottom, at(a, j, bottom)) < 0) a.set(i, at(a, j, bottom));
                else break;
            }
        } catch (PhpError e) {
            h.corrupted = true;
            a.set(i, bottom);
            throw e;
        }
        a.set(i, bottom);
        return top;
    }

    /** Element {@code j} of the heap as php's array still holds it (the removed bottom at index count). */
    private static Object at(List<Object> a, int j, Object bottom) { return j == a.size() ? bottom : a.get(j); }

    // ---- methods

    static Object insert(Context ctx, ClassTemplate self, Object t, Object value) {
        Heap h = state(t);
        checkCorrupted(h);
        insert(ctx, (PhpObject) t, h, Values.copyOnAssign(Values.deref(value)));
        return Boolean.TRUE;
    }

    static Object pqInsert(Context ctx, ClassTemplate self, Object t, Object value, Object priority) {
        Heap h = state(t);
        checkCorrupted(h);
        insert(ctx, (PhpObject) t, h, new Object[] {Values.copyOnAssign(Values.deref(value)), Values.copyOnAssign(Values.deref(priority))});
        return Boolean.TRUE;
    }

    static Object extract(Context ctx, ClassTemplate self, Object t) {
        Heap h = state(t);
        checkCorrupted(h);
        if (h.items.isEmpty()) throw new PhpError("RuntimeException", "Can't extract from an empty heap");
        Object top = deleteTop(ctx, (PhpObject) t, h);
        return h.pqueue ? extracted((Object[]) top, h.flags) : top;
    }

    static Object top(Context ctx, ClassTemplate self, Object t) {
        Heap h = state(t);
        checkCorrupted(h);
        if (h.items.isEmpty()) throw new PhpError("RuntimeException", "Can't peek at an empty heap");
        Object top = h.items.get(0);
        return h.pqueue ? extracted((Object[]) top, h.flags) : Values.copyOnAssign(top);
    }

    static Object count(Context ctx, ClassTemplate self, Object t) { return (long) state(t).items.size(); }

    static Object isEmpty(Context ctx, ClassTemplate self, Object t) { return state(t).items.isEmpty(); }

    static Object rewind(Context ctx, ClassTemplate self, Object t) { return null; }

    static Object valid(Context ctx, ClassTemplate self, Object t) { return !state(t).items.isEmpty(); }

    static Object key(Context ctx, ClassTemplate self, Object t) { return (long) state(t).items.size() - 1; }

    static Object current(Context ctx, ClassTemplate self, Object t) {
        Heap h = state(t);
        if (h.items.isEmpty()) return null;
        Object top = h.items.get(0);
        return h.pqueue ? extracted((Object[]) top, h.flags) : Values.copyOnAssign(top);
    }

    static Object next(Context ctx, ClassTemplate self, Object t) {
        Heap h = state(t);
        if (!h.items.isEmpty()) deleteTop(ctx, (PhpObject) t, h);
        return null;
    }

    static Object recoverFromCorruption(Context ctx, ClassTemplate self, Object t) {
        state(t).corrupted = false;
        return Boolean.TRUE;
    }

    static Object isCorrupted(Context ctx, ClassTemplate self, Object t) { return state(t).corrupted; }

    static Object minCompare(Context ctx, ClassTemplate self, Object t, Object a, Object b) {
        return (long) Compare.compare(Values.deref(b), Values.deref(a));
    }

    static Object maxCompare(Context ctx, ClassTemplate self, Object t, Object a, Object b) {
        return (long) Compare.compare(Values.deref(a), Values.deref(b));
    }

    static Object setExtractFlags(Context ctx, ClassTemplate self, Object t, Object flags) {
        int f = (int) (Convert.toLong(Values.deref(flags)) & EXTR_BOTH);
        if (f == 0) throw new PhpError("RuntimeException", "Must specify at least one extract flag");
        state(t).flags = f;
        return (long) f;
    }

    static Object getExtractFlags(Context ctx, ClassTemplate self, Object t) { return (long) state(t).flags; }
}
