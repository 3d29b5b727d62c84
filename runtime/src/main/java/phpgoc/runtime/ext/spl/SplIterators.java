package phpgoc.runtime.ext.spl;

import static phpgoc.runtime.ext.spl.Decl.PUB;
import static phpgoc.runtime.ext.spl.Decl.h;
import static phpgoc.runtime.ext.spl.Decl.params;

import java.lang.invoke.MethodHandles;
import java.util.HashMap;
import java.util.Map;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.MethodInfo;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Spl;
import phpgoc.runtime.Values;

/**
 * SPL's iterator wrappers as php's spl_dual_it: {@code IteratorIterator} (and its
 * {@code FilterIterator}, {@code CallbackFilterIterator}, {@code LimitIterator},
 * {@code InfiniteIterator}, {@code NoRewindIterator}) cache the inner iterator's current value and
 * key after each move; {@code EmptyIterator}.
 */
public final class SplIterators {
    private SplIterators() {}

    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final Map<String, ClassTemplate> TEMPLATES = new HashMap<>();

    static {
        ClassTemplate ii = Decl.cls("IteratorIterator", null, null, "OuterIterator");
        ii.method("__construct", PUB, h(L, "construct", 2), params("iterator", "?class"));
        common(ii);
        put(ii);
        ClassTemplate filter = new ClassTemplate("FilterIterator", ClassTemplate.KIND_CLASS, ClassTemplate.ABSTRACT,
                "IteratorIterator", new String[0], null, null, 0);
        filter.method("__construct", PUB, h(L, "construct", 1), params("iterator"))
                .method("accept", PUB | ClassTemplate.ABSTRACT, null, params())
                .method("rewind", PUB, h(L, "filterRewind", 0), params()).method("next", PUB, h(L, "filterNext", 0), params());
        put(filter);
        ClassTemplate cb = Decl.cls("CallbackFilterIterator", "FilterIterator", null);
        cb.method("__construct", PUB, h(L, "callbackConstruct", 2), params("iterator", "callback"))
                .method("accept", PUB, h(L, "callbackAccept", 0), params());
        put(cb);
        ClassTemplate limit = Decl.cls("LimitIterator", "IteratorIterator", null);
        limit.method("__construct", PUB, h(L, "limitConstruct", 3), params("iterator", "?offset", "?limit"))
                .method("rewind", PUB, h(L, "limitRewind", 0), params()).method("valid", PUB, h(L, "limitValid", 0), params())
                .method("next", PUB, h(L, "limitNext", 0), params()).method("seek", PUB, h(L, "limitSeek", 1), params("offset"))
                .method("getPosition", PUB, h(L, "getPosition", 0), params());
        put(limit);
        ClassTemplate inf = Decl.cls("InfiniteIterator", "IteratorIterator", null);
        inf.method("__construct", PUB, h(L, "construct", 1), params("iterator"))
                .method("next", PUB, h(L, "infiniteNext", 0), params());
        put(inf);
        ClassTemplate nr = Decl.cls("NoRewindIterator", "IteratorIterator", null);
        nr.method("__construct", PUB, h(L, "construct", 1), params("iterator"))
                .method("rewind", PUB, h(L, "noop", 0), params()).method("valid", PUB, h(L, "innerValid", 0), params())
                .method("current", PUB, h(L, "innerCurrent", 0), params()).method("key", PUB, h(L, "innerKey", 0), params())
                .method("next", PUB, h(L, "innerNext", 0), params());
        put(nr);
        ClassTemplate empty = Decl.cls("EmptyIterator", null, null, "Iterator");
        empty.method("current", PUB, h(L, "emptyCurrent", 0), params()).method("key", PUB, h(L, "emptyKey", 0), params())
                .method("next", PUB, h(L, "noop", 0), params()).method("rewind", PUB, h(L, "noop", 0), params())
                .method("valid", PUB, h(L, "emptyValid", 0), params());
        put(empty);
    }

    private static void put(ClassTemplate t) { TEMPLATES.put(t.name.toLowerCase(java.util.Locale.ROOT), t); }

    private static void common(ClassTemplate t) {
        t.method("getInnerIterator", PUB, h(L, "getInnerIterator", 0), params())
                .method("rewind", PUB, h(L, "rewind", 0), params()).method("valid", PUB, h(L, "valid", 0), params())
                .method("key", PUB, h(L, "key", 0), params()).method("current", PUB, h(L, "current", 0), params())
                .method("next", PUB, h(L, "next", 0), params());
    }

    static ClassTemplate template(String lower) { return TEMPLATES.get(lower); }

    /** The inner iterator and what it showed last (current UNDEF when it was not valid). */
    static final class Dual implements NativeState {
        final String cls;
        PhpObject inner;
        Object current = Values.UNDEF, key;
        long pos, offset, limit = -1;
        Object callback;

        Dual(String cls) { this.cls = cls; }

        @Override public NativeState copy() { throw new PhpError("Error", "Trying to clone an uncloneable object of class " + cls); }
    }

    private static Dual state(Object self) {
        PhpObject o = (PhpObject) self;
        if (o.internal instanceof Dual d) return d;
        Dual d = new Dual(o.cls.name);
        o.internal = d;
        return d;
    }

    /** The inner iterator, or php's Error when the constructor did not run. */
    private static PhpObject inner(Object self) {
        Dual d = state(self);
        if (d.inner == null) {
            throw new PhpError("Error", "The object is in an invalid state as the parent constructor was not called");
        }
        return d.inner;
    }

    private static Object call(Context ctx, PhpObject o, String name, Object... args) {
        MethodInfo m = o.cls.findMethod(name);
        return m.invoke(ctx, o, args);
    }

    private static void fetch(Context ctx, Object self) {
        Dual d = state(self);
        if (Spl.iterValid(d.inner)) {
            d.current = Spl.iterCurrent(d.inner);
            d.key = Spl.iterKey(d.inner);
        } else {
            d.current = Values.UNDEF;
            d.key = null;
        }
    }

    // ---- IteratorIterator

    static Object construct(Context ctx, ClassTemplate self, Object t, Object iterator, Object cls) {
        Object v = Values.deref(iterator);
        boolean aggregateOk = self.name.equals("IteratorIterator");
        if (!(v instanceof PhpObject o) || !o.cls.isA(aggregateOk ? "traversable" : "iterator")) {
            throw new PhpError("TypeError", self.name + "::__construct(): Argument #1 ($iterator) must be of type "
                    + (aggregateOk ? "Traversable" : "Iterator") + ", " + Values.typeName(v) + " given");
        }
        while (!o.cls.isA("iterator")) o = (PhpObject) Values.deref(call(ctx, o, "getIterator"));
        state(t).inner = o;
        return null;
    }

    static Object construct(Context ctx, ClassTemplate self, Object t, Object iterator) {
        return construct(ctx, self, t, iterator, Values.UNDEF);
    }

    static Object getInnerIterator(Context ctx, ClassTemplate self, Object t) { return state(t).inner; }

    static Object rewind(Context ctx, ClassTemplate self, Object t) {
        call(ctx, inner(t), "rewind");
        fetch(ctx, t);
        return null;
    }

    static Object valid(Context ctx, ClassTemplate self, Object t) { return state(t).current != Values.UNDEF; }

    static Object key(Context ctx, ClassTemplate self, Object t) { return state(t).key; }

    static Object current(Context ctx, ClassTemplate self, Object t) {
        Object c = state(t).current;
        return c == Values.UNDEF ? null : Values.copyOnAssign(c);
    }

    static Object next(Context ctx, ClassTemplate self, Object t) {
        Spl.iterNext(inner(t));
        fetch(ctx, t);
        return null;
    }

    // ---- FilterIterator, CallbackFilterIterator

    private static void fetchAccepted(Context ctx, Object t) {
        PhpObject in = inner(t);
        while (true) {
            fetch(ctx, t);
            if (state(t).current == Values.UNDEF) return;
            if (Convert.toBool(Values.deref(call(ctx, (PhpObject) t, "accept")))) return;
            Spl.iterNext(in);
        }
    }

    static Object filterRewind(Context ctx, ClassTemplate self, Object t) {
        call(ctx, inner(t), "rewind");
        fetchAccepted(ctx, t);
        return null;
    }

    static Object filterNext(Context ctx, ClassTemplate self, Object t) {
        Spl.iterNext(inner(t));
        fetchAccepted(ctx, t);
        return null;
    }

    static Object callbackConstruct(Context ctx, ClassTemplate self, Object t, Object iterator, Object callback) {
        construct(ctx, self, t, iterator, Values.UNDEF);
        state(t).callback = phpgoc.runtime.ext.standard.Callbacks.callback(ctx, callback, "CallbackFilterIterator::__construct", 2, "callback");
        return null;
    }

    static Object callbackAccept(Context ctx, ClassTemplate self, Object t) {
        Dual d = state(t);
        Object c = d.current == Values.UNDEF ? null : d.current;
        return Convert.toBool(Values.deref(phpgoc.runtime.Calls.callValue(ctx, d.callback, new Object[] {c, d.key, d.inner})));
    }

    // ---- LimitIterator

    static Object limitConstruct(Context ctx, ClassTemplate self, Object t, Object iterator, Object offset, Object limit) {
        construct(ctx, self, t, iterator, Values.UNDEF);
        Dual d = state(t);
        d.offset = offset == Values.UNDEF ? 0 : Convert.toLong(Values.deref(offset));
        d.limit = limit == Values.UNDEF ? -1 : Convert.toLong(Values.deref(limit));
        if (d.offset < 0) throw new PhpError("ValueError", "LimitIterator::__construct(): Argument #2 ($offset) must be greater than or equal to 0");
        if (d.limit < -1) throw new PhpError("ValueError", "LimitIterator::__construct(): Argument #3 ($limit) must be greater than or equal to -1");
        return null;
    }

    /** spl_limit_it_seek: through the inner SeekableIterator's seek(), else by rewinding and stepping. */
    private static void seekTo(Context ctx, Object t, long pos) {
        Dual d = state(t);
        if (pos < d.offset) {
            throw new PhpError("OutOfBoundsException", "Cannot seek to " + pos + " which is below the offset " + d.offset);
        }
        if (d.limit != -1 && pos >= d.offset + d.limit) {
            throw new PhpError("OutOfBoundsException", "Cannot seek to " + pos + " which is behind offset " + d.offset
                    + " plus count " + d.limit);
        }
        if (pos != d.pos && d.inner.cls.isA("seekableiterator")) {
            call(ctx, d.inner, "seek", pos);
            d.pos = pos;
            fetch(ctx, t);
        } else {
            if (pos < d.pos) {
                call(ctx, d.inner, "rewind");
                d.pos = 0;
                fetch(ctx, t);
            }
            while (d.pos < pos && d.current != Values.UNDEF) {
                Spl.iterNext(d.inner);
                d.pos++;
                fetch(ctx, t);
            }
        }
    }

    static Object limitRewind(Context ctx, ClassTemplate self, Object t) {
        Dual d = state(t);
        call(ctx, inner(t), "rewind");
        d.pos = 0;
        fetch(ctx, t);
        seekTo(ctx, t, d.offset);
        return null;
    }

    static Object limitValid(Context ctx, ClassTemplate self, Object t) {
        Dual d = state(t);
        return (d.limit == -1 || d.pos < d.offset + d.limit) && d.current != Values.UNDEF;
    }

    static Object limitNext(Context ctx, ClassTemplate self, Object t) {
        Dual d = state(t);
        Spl.iterNext(inner(t));
        d.pos++;
        if (d.limit == -1 || d.pos < d.offset + d.limit) fetch(ctx, t);
        return null;
    }

    static Object limitSeek(Context ctx, ClassTemplate self, Object t, Object offset) {
        seekTo(ctx, t, Convert.toLong(Values.deref(offset)));
        return (long) state(t).pos;
    }

    static Object getPosition(Context ctx, ClassTemplate self, Object t) { return (long) state(t).pos; }

    // ---- InfiniteIterator, NoRewindIterator, EmptyIterator

    static Object infiniteNext(Context ctx, ClassTemplate self, Object t) {
        PhpObject in = inner(t);
        Spl.iterNext(in);
        if (!Spl.iterValid(in)) call(ctx, in, "rewind");
        fetch(ctx, t);
        return null;
    }

    static Object noop(Context ctx, ClassTemplate self, Object t) { return null; }

    static Object innerValid(Context ctx, ClassTemplate self, Object t) { return Spl.iterValid(inner(t)); }

    static Object innerCurrent(Context ctx, ClassTemplate self, Object t) { return Spl.iterCurrent(inner(t)); }

    static Object innerKey(Context ctx, ClassTemplate self, Object t) { return Spl.iterKey(inner(t)); }

    static Object innerNext(Context ctx, ClassTemplate self, Object t) {
        Spl.iterNext(inner(t));
        return null;
    }

    static Object emptyValid(Context ctx, ClassTemplate self, Object t) { return false; }

    static Object emptyCurrent(Context ctx, ClassTemplate self, Object t) {
        throw new PhpError("BadMethodCallException", "Accessing the value of an EmptyIterator");
    }

    static Object emptyKey(Context ctx, ClassTemplate self, Object t) {
        throw new PhpError("BadMethodCallException", "Accessing the key of an EmptyIterator");
    }
}
