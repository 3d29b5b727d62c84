package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Values;

/** The internal array pointer: current/pos, key, next, prev, reset, end ({@link PhpArray#pointerPos}). */
public final class ArrayPointer {
    private ArrayPointer() {}

    private static PhpArray array(Object v, String fn) { return Args.array(Values.deref(v), fn, 1, "array"); }

    private static Object valueOrFalse(PhpArray a, int pos) { return pos < 0 ? false : a.valueAt(pos); }

    public static Object current(Object array) {
        PhpArray a = array(array, "current");
        return valueOrFalse(a, a.pointerPos());
    }

    public static Object pos(Object array) {
        PhpArray a = array(array, "pos");
        return valueOrFalse(a, a.pointerPos());
    }

    public static Object key(Object array) {
        PhpArray a = array(array, "key");
        int p = a.pointerPos();
        return p < 0 ? null : a.keyAt(p);
    }

    public static Object next(Ref array) {
        PhpArray a = array(array, "next");
        int p = a.pointerPos();
        if (p >= 0) a.pointerTo(a.nextPos(p));
        return valueOrFalse(a, a.pointerPos());
    }

    public static Object prev(Ref array) {
        PhpArray a = array(array, "prev");
        int p = a.pointerPos();
        if (p >= 0) a.pointerTo(a.prevPos(p));
        return valueOrFalse(a, a.pointerPos());
    }

    public static Object reset(Ref array) {
        PhpArray a = array(array, "reset");
        a.pointerTo(a.firstPos());
        return valueOrFalse(a, a.pointerPos());
    }

    public static Object end(Ref array) {
        PhpArray a = array(array, "end");
        a.pointerTo(a.lastPos());
        return valueOrFalse(a, a.pointerPos());
    }
}
