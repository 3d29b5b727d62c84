package phpgoc.runtime.ext.spl;

import static phpgoc.runtime.ext.spl.Decl.PUB;
import static phpgoc.runtime.ext.spl.Decl.h;
import static phpgoc.runtime.ext.spl.Decl.params;

import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.List;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/** {@code SplFixedArray}: a fixed-size array of int offsets, shown and cast as its elements. */
public final class SplFixedArrays {
    private SplFixedArrays() {}

    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final ClassTemplate TEMPLATE = Decl.cls("SplFixedArray", null, null,
            "IteratorAggregate", "ArrayAccess", "Countable", "JsonSerializable");

    static {
        TEMPLATE.method("__construct", PUB, h(L, "construct", 1), params("?size"))
                .method("offsetExists", PUB, h(L, "offsetExists", 1), params("index"))
                .method("offsetGet", PUB, h(L, "offsetGet", 1), params("index"))
                .method("offsetSet", PUB, h(L, "offsetSet", 2), params("index", "value"))
                .method("offsetUnset", PUB, h(L, "offsetUnset", 1), params("index"))
                .method("count", PUB, h(L, "getSize", 0), params())
                .method("getSize", PUB, h(L, "getSize", 0), params())
                .method("setSize", PUB, h(L, "setSize", 1), params("size"))
                .method("toArray", PUB, h(L, "toArray", 0), params())
                .method("jsonSerialize", PUB, h(L, "toArray", 0), params())
                .method("getIterator", PUB, h(L, "getIterator", 0), params())
                .method("__wakeup", PUB, h(L, "wakeup", 0), params())
                .method("fromArray", PUB | ClassTemplate.STATIC, h(L, "fromArray", 2), params("array", "?preserveKeys"));
    }

    static ClassTemplate template(String lower) { return lower.equals("splfixedarray") ? TEMPLATE : null; }

    /** The elements (null where never set). */
    static final class Fixed implements NativeState {
        Object[] items = new Object[0];

        @Override public NativeState copy() {
            Fixed f = new Fixed();
            f.items = items.clone();
            for (int i = 0; i < f.items.length; i++) f.items[i] = Values.copyOnAssign(f.items[i]);
            return f;
        }

        @Override public void debugProperties(List<ObjectOps.Property> out) {
            for (int i = 0; i < items.length; i++) out.add(new ObjectOps.Property(Integer.toString(i), ObjectOps.Property.INDEX, items[i]));
        }

        @Override public PhpArray propertyTable() { return PhpArray.of(items.clone()); }
    }

    private static Fixed state(Object self) {
        PhpObject o = (PhpObject) self;
        if (o.internal instanceof Fixed f) return f;
        Fixed f = new Fixed();
        o.internal = f;
        return f;
    }

    private static int size(Object v, String method) {
        long n = Convert.toLong(Values.deref(v));
        if (n < 0) throw new PhpError("ValueError", "SplFixedArray::" + method + "(): Argument #1 ($size) must be greater than or equal to 0");
        return (int) n;
    }

    /** The element index of an offset, or RuntimeException when out of range; non-numeric offsets are illegal. */
    private static int index(Context ctx, Fixed f, Object key) {
        key = Values.deref(key);
        long i;
        if (key instanceof Long l) i = l;
        else if (key instanceof Boolean b) i = b ? 1 : 0;
        else if (key instanceof Double d) {
            i = Convert.doubleToLong(d);
            if (i != d) ctx.deprecated("Implicit conversion from float " + Convert.toStr(d) + " to int loses precision");
        } else if (Values.isString(key) && Convert.parseNumeric(Convert.toStr(key)) instanceof Long l) i = l;
        else throw new PhpError("TypeError", "Illegal offset type");
        if (i < 0 || i >= f.items.length) throw new PhpError("RuntimeException", "Index invalid or out of range");
        return (int) i;
    }

    // ---- methods

    static Object construct(Context ctx, ClassTemplate self, Object t, Object size) {
        state(t).items = new Object[size == Values.UNDEF ? 0 : size(size, "__construct")];
        return null;
    }

    static Object offsetExists(Context ctx, ClassTemplate self, Object t, Object index) {
        Fixed f = state(t);
        long i = Convert.toLong(Values.deref(index));
        return i >= 0 && i < f.items.length && f.items[(int) i] != null;
    }

    static Object offsetGet(Context ctx, ClassTemplate self, Object t, Object index) {
        Fixed f = state(t);
        return Values.copyOnAssign(f.items[index(ctx, f, index)]);
    }

    static Object offsetSet(Context ctx, ClassTemplate self, Object t, Object index, Object value) {
        Fixed f = state(t);
        Object k = Values.deref(index);
        if (k == null || k == Values.UNDEF) throw new PhpError("Error", "[] operator not supported for SplFixedArray");
        f.items[index(ctx, f, k)] = Values.copyOnAssign(Values.deref(value));
        return null;
    }

    static Object offsetUnset(Context ctx, ClassTemplate self, Object t, Object index) {
        Fixed f = state(t);
        f.items[index(ctx, f, index)] = null;
        return null;
    }

    /** After unserialize: the elements arrive as properties "0", "1", ... (php's serialization is the property table). */
    static Object wakeup(Context ctx, ClassTemplate self, Object t) {
        PhpObject o = (PhpObject) t;
        Fixed f = state(t);
        if (f.items.length == 0 && o.dyn != null) {
            f.items = new Object[o.dyn.size()];
            int i = 0;
            for (int p = o.dyn.firstPos(); p >= 0; p = o.dyn.nextPos(p)) f.items[i++] = Values.copyOnAssign(Values.deref(o.dyn.valueAt(p)));
            o.dyn = null;
        }
        return null;
    }

    static Object getSize(Context ctx, ClassTemplate self, Object t) { return (long) state(t).items.length; }

    static Object setSize(Context ctx, ClassTemplate self, Object t, Object size) {
        Fixed f = state(t);
        f.items = Arrays.copyOf(f.items, size(size, "setSize"));
        return Boolean.TRUE;
    }

    static Object toArray(Context ctx, ClassTemplate self, Object t) { return state(t).propertyTable(); }

    /** An ArrayIterator over the elements as they are now (php's is an internal iterator over the live array). */
    static Object getIterator(Context ctx, ClassTemplate self, Object t) {
        PhpObject it = ctx.findClass("ArrayIterator").instantiate();
        SplArrays.state(it).array = state(t).propertyTable();
        return it;
    }

    static Object fromArray(Context ctx, ClassTemplate self, Object cls, Object array, Object preserveKeys) {
        Object v = Values.deref(array);
        if (!(v instanceof PhpArray a)) {
            throw new PhpError("TypeError", "SplFixedArray::fromArray(): Argument #1 ($array) must be of type array, "
                    + Values.typeName(v) + " given");
        }
        boolean keys = preserveKeys == Values.UNDEF || Convert.toBool(Values.deref(preserveKeys));
        PhpObject o = ctx.findClass("SplFixedArray").instantiate();
        Fixed f = state(o);
        if (keys) {
            long max = -1;
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                if (!(a.keyAt(p) instanceof Long k) || k < 0) {
                    throw new PhpError("InvalidArgumentException", "array must contain only positive integer keys");
                }
                max = Math.max(max, k);
            }
            f.items = new Object[(int) (max + 1)];
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                f.items[(int) (long) (Long) a.keyAt(p)] = Values.copyOnAssign(Values.deref(a.valueAt(p)));
            }
        } else {
            f.items = new Object[a.size()];
            int i = 0;
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) f.items[i++] = Values.copyOnAssign(Values.deref(a.valueAt(p)));
        }
        return o;
    }
}
