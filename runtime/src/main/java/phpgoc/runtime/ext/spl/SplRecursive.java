package phpgoc.runtime.ext.spl;

import static phpgoc.runtime.ext.spl.Decl.PUB;
import static phpgoc.runtime.ext.spl.Decl.h;
import static phpgoc.runtime.ext.spl.Decl.params;

import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.List;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Spl;
import phpgoc.runtime.Values;

/**
 * {@code RecursiveArrayIterator} and {@code RecursiveIteratorIterator}, the latter as php's
 * spl_recursive_it_move_forward_ex: a stack of sub-iterators, each in a state (start, test, self,
 * child, next), the modes LEAVES_ONLY/SELF_FIRST/CHILD_FIRST, a maximum depth, and the
 * beginChildren/endChildren hooks a subclass overrides.
 */
public final class SplRecursive {
    private SplRecursive() {}

    static final int LEAVES_ONLY = 0, SELF_FIRST = 1, CHILD_FIRST = 2, CHILD_ARRAYS_ONLY = 4;
    private static final int RS_NEXT = 0, RS_TEST = 1, RS_SELF = 2, RS_CHILD = 3, RS_START = 4;
    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final ClassTemplate ARRAY_IT = Decl.cls("RecursiveArrayIterator", "ArrayIterator",
            Decl.init(L, "constant"), "RecursiveIterator");
    private static final ClassTemplate RII = Decl.cls("RecursiveIteratorIterator", null, Decl.init(L, "constant"), "OuterIterator");

    static {
        ARRAY_IT.constant("CHILD_ARRAYS_ONLY", PUB, CHILD_ARRAYS_ONLY)
                .method("hasChildren", PUB, h(L, "hasChildren", 0), params())
                .method("getChildren", PUB, h(L, "getChildren", 0), params());
        RII.constant("LEAVES_ONLY", PUB, LEAVES_ONLY).constant("SELF_FIRST", PUB, SELF_FIRST)
                .constant("CHILD_FIRST", PUB, CHILD_FIRST).constant("CATCH_GET_CHILD", PUB, 16);
        RII.method("__construct", PUB, h(L, "construct", 3), params("iterator", "?mode", "?flags"))
                .method("rewind", PUB, h(L, "rewind", 0), params()).method("valid", PUB, h(L, "valid", 0), params())
                .method("key", PUB, h(L, "key", 0), params()).method("current", PUB, h(L, "current", 0), params())
                .method("next", PUB, h(L, "next", 0), params()).method("getDepth", PUB, h(L, "getDepth", 0), params())
                .method("getSubIterator", PUB, h(L, "getSubIterator", 1), params("?level"))
                .method("getInnerIterator", PUB, h(L, "getInnerIterator", 0), params())
                .method("beginIteration", PUB, h(L, "noop", 0), params()).method("endIteration", PUB, h(L, "noop", 0), params())
                .method("beginChildren", PUB, h(L, "noop", 0), params()).method("endChildren", PUB, h(L, "noop", 0), params())
                .method("setMaxDepth", PUB, h(L, "setMaxDepth", 1), params("?maxDepth"))
                .method("getMaxDepth", PUB, h(L, "getMaxDepth", 0), params());
    }

    static Object constant(Context ctx, int i) { return (long) i; }

    static ClassTemplate template(String lower) {
        return switch (lower) {
            case "recursivearrayiterator" -> ARRAY_IT;
            case "recursiveiteratoriterator" -> RII;
            default -> null;
        };
    }

    // ---- RecursiveArrayIterator

    static Object hasChildren(Context ctx, ClassTemplate self, Object t) {
        Object c = SplArrays.current(ctx, self, t);
        if (c instanceof PhpArray) return true;
        return c instanceof PhpObject && (SplArrays.state(t).flags & CHILD_ARRAYS_ONLY) == 0;
    }

    /** An iterator of this object's class over the current element (null when there is none). */
    static Object getChildren(Context ctx, ClassTemplate self, Object t) {
        Object c = SplArrays.current(ctx, self, t);
        if (c == null) return null;
        PhpObject child = ((PhpObject) t).cls.instantiate();
        MethodInfo ctor = child.cls.findMethod("__construct");
        ctor.invoke(ctx, child, new Object[] {c, (long) SplArrays.state(t).flags});
        return child;
    }

    // ---- RecursiveIteratorIterator

    /** One level: its iterator and state. */
    private static final class Level {
        final PhpObject it;
        int state = RS_START;

        Level(PhpObject it) { this.it = it; }
    }

    static final class Stack implements NativeState {
        final List<Level> levels = new ArrayList<>();
        int mode;
        long maxDepth = -1;

        @Override public NativeState copy() {
            throw new PhpError("Error", "Trying to clone an uncloneable object of class RecursiveIteratorIterator");
        }

        Level top() { return levels.get(levels.size() - 1); }
    }

    private static Stack state(Object self) {
        PhpObject o = (PhpObject) self;
        if (o.internal instanceof Stack s) return s;
        throw new PhpError("Error", "Object is not initialized");
    }

    private static Object call(Context ctx, PhpObject o, String name, Object... args) {
        return o.cls.findMethod(name).invoke(ctx, o, args);
    }

    /** Calls hook {@code name} when a subclass overrides it (php calls only overridden hooks). */
    private static void hook(Context ctx, PhpObject o, String name) {
        MethodInfo m = o.cls.findMethod(name);
        if (m != null && m.declaring != RII) m.invoke(ctx, o, new Object[0]);
    }

    static Object construct(Context ctx, ClassTemplate self, Object t, Object iterator, Object mode, Object flags) {
        Object v = Values.deref(iterator);
        if (v instanceof PhpObject o && o.cls.isA("iteratoraggregate")) v = Values.deref(call(ctx, o, "getIterator"));
        if (!(v instanceof PhpObject o) || !o.cls.isA("recursiveiterator")) {
            throw new PhpError("InvalidArgumentException", "An instance of RecursiveIterator or IteratorAggregate creating it is required");
        }
        Stack s = new Stack();
        s.mode = mode == Values.UNDEF ? LEAVES_ONLY : (int) Convert.toLong(Values.deref(mode));
        s.levels.add(new Level(o));
        ((PhpObject) t).internal = s;
        return null;
    }

    private static void moveForward(Context ctx, PhpObject self, Stack s) {
        while (true) {
            Level lv = s.top();
            PhpObject it = lv.it;
            boolean exhausted = false;
            switch (lv.state) {
                case RS_NEXT, RS_START -> {
                    if (lv.state == RS_NEXT) Spl.iterNext(it);
                    if (!Spl.iterValid(it)) {
                        exhausted = true;
                        break;
                    }
                    lv.state = RS_TEST;
                    if (test(ctx, s, lv)) return;
                }
                case RS_TEST -> {
                    if (test(ctx, s, lv)) return;
                }
                case RS_SELF -> {
                    lv.state = s.mode == SELF_FIRST ? RS_CHILD : RS_NEXT;
                    return;
                }
                case RS_CHILD -> {
                    Object child = Values.deref(call(ctx, it, "getChildren"));
                    if (!(child instanceof PhpObject c) || !c.cls.isA("recursiveiterator")) {
                        throw new PhpError("UnexpectedValueException",
                                "Objects returned by RecursiveIterator::getChildren() must implement RecursiveIterator");
                    }
                    lv.state = s.mode == CHILD_FIRST ? RS_SELF : RS_NEXT;
                    s.levels.add(new Level(c));
                    call(ctx, c, "rewind");
                    hook(ctx, self, "beginChildren");
                }
                default -> throw new IllegalStateException();
            }
            if (!exhausted) continue;
            if (s.levels.size() > 1) {
                hook(ctx, self, "endChildren");
                s.levels.remove(s.levels.size() - 1);
            } else {
                return;
            }
        }
    }

    /** RS_TEST: true when the element is to be shown now; else the level's next state is set. */
    private static boolean test(Context ctx, Stack s, Level lv) {
        boolean children = Convert.toBool(Values.deref(call(ctx, lv.it, "hasChildren")));
        if (children) {
            if (s.maxDepth == -1 || s.maxDepth > s.levels.size() - 1) {
                lv.state = s.mode == SELF_FIRST ? RS_SELF : RS_CHILD;
                return false;
            }
            if (s.mode == LEAVES_ONLY) {
                lv.state = RS_NEXT;
                return false;
            }
        }
        lv.state = RS_NEXT;
        return true;
    }

    static Object rewind(Context ctx, ClassTemplate self, Object t) {
        Stack s = state(t);
        while (s.levels.size() > 1) {
            s.levels.remove(s.levels.size() - 1);
            hook(ctx, (PhpObject) t, "endChildren");
        }
        Level root = s.levels.get(0);
        root.state = RS_START;
        call(ctx, root.it, "rewind");
        moveForward(ctx, (PhpObject) t, s);
        return null;
    }

    static Object valid(Context ctx, ClassTemplate self, Object t) {
        Stack s = state(t);
        for (int i = s.levels.size() - 1; i >= 0; i--) if (Spl.iterValid(s.levels.get(i).it)) return true;
        return false;
    }

    static Object key(Context ctx, ClassTemplate self, Object t) { return Spl.iterKey(state(t).top().it); }

    static Object current(Context ctx, ClassTemplate self, Object t) { return Spl.iterCurrent(state(t).top().it); }

    static Object next(Context ctx, ClassTemplate self, Object t) {
        moveForward(ctx, (PhpObject) t, state(t));
        return null;
    }

    static Object getDepth(Context ctx, ClassTemplate self, Object t) { return (long) state(t).levels.size() - 1; }

    static Object getSubIterator(Context ctx, ClassTemplate self, Object t, Object level) {
        Stack s = state(t);
        long l = level == Values.UNDEF || Values.deref(level) == null ? s.levels.size() - 1 : Convert.toLong(Values.deref(level));
        return l < 0 || l >= s.levels.size() ? null : s.levels.get((int) l).it;
    }

    static Object getInnerIterator(Context ctx, ClassTemplate self, Object t) { return state(t).top().it; }

    static Object noop(Context ctx, ClassTemplate self, Object t) { return null; }

    static Object setMaxDepth(Context ctx, ClassTemplate self, Object t, Object maxDepth) {
        long d = maxDepth == Values.UNDEF ? -1 : Convert.toLong(Values.deref(maxDepth));
        if (d < -1) {
            throw new PhpError("ValueError", "RecursiveIteratorIterator::setMaxDepth(): Argument #1 ($maxDepth) must be greater than or equal to -1");
        }
        state(t).maxDepth = d;
        return null;
    }

    static Object getMaxDepth(Context ctx, ClassTemplate self, Object t) {
        long d = state(t).maxDepth;
        return d == -1 ? (Object) Boolean.FALSE : (Object) d;
    }
}
