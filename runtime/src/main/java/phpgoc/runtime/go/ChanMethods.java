package phpgoc.runtime.go;

import java.lang.invoke.MethodHandles;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.FatalError;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.ObjectOps;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/** The methods of {@code go\Chan}, {@code go\Mutex} and {@code go\WaitGroup}, with phpgo's warnings and fatal errors. */
final class ChanMethods {
    private ChanMethods() {}

    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    /** A {@code go\Chan} object's channel. */
    record ChanState(Channel channel) implements NativeState {
        @Override public NativeState copy() { return this; }
    }

    record MutexState(GoMutex mutex) implements NativeState {
        @Override public NativeState copy() { return this; }
    }

    record WaitGroupState(GoWaitGroup group) implements NativeState {
        @Override public NativeState copy() { return this; }
    }

    /** The named channels of a run: a second {@code new Chan(['name' => n])} is the same channel. */
    static final class Names {
        final Map<String, Channel> byName = new ConcurrentHashMap<>();
    }

    static Channel channel(Object self) {
        PhpObject o = (PhpObject) self;
        if (o.internal instanceof ChanState s) return s.channel();
        throw new PhpError("Error", "go\\Chan object is not initialized");
    }

    private static Routine me(Context ctx) { return RoutineScheduler.running(ctx); }

    // ---- Chan

    static Object construct(Context ctx, ClassTemplate self, Object t, Object capacity) {
        long cap = 0;
        String name = "";
        boolean copy = false;
        Object a = capacity == Values.UNDEF ? null : Values.deref(capacity);
        if (a == null) {
            cap = 0;
        } else if (a instanceof Long l) {
            cap = l;
        } else if (a instanceof PhpArray opts) {
            Object n = opts.lookup("name");
            if (n != Values.UNDEF) {
                if (!Values.isString(n)) throw FatalError.here("phpgo: Chan( $options ): option \"name\" must be string");
                name = Convert.toStr(n);
            }
            Object c = opts.lookup("capacity");
            if (c != Values.UNDEF) {
                if (!(c instanceof Long l)) throw FatalError.here("phpgo: Chan( $options ): option \"capacity\" must be long");
                cap = l;
            }
            Object cp = opts.lookup("copy");
            if (cp != Values.UNDEF) {
                if (!(cp instanceof Boolean b)) throw FatalError.here("phpgo: Chan( $options ): option \"copy\" must be bool");
                copy = b;
            }
        } else {
            throw FatalError.here("phpgo: Chan( long $capacity| array $options ): parameter 1 must be long or array");
        }
        if (cap < 0) throw FatalError.here("phpgo: Chan(): the capacity must be greater than or equal to 0");
        int capInt = (int) Math.min(cap, Integer.MAX_VALUE - 8);
        Channel ch;
        if (!name.isEmpty()) {
            Names names = ctx.extensionState(Names.class, Names::new);
            boolean copyFlag = copy;
            // a live channel of that name is the one: its capacity and copy flag win
            ch = names.byName.computeIfAbsent(name, k -> new Channel(capInt, copyFlag));
        } else {
            ch = new Channel(capInt, copy);
        }
        init(ctx, (PhpObject) t, ch, name);
        return null;
    }

    /** Sets up {@code o} as a {@code go\Chan} on {@code ch}. */
    static void init(Context ctx, PhpObject o, Channel ch, String name) {
        o.internal = new ChanState(ch);
        ObjectOps.setProp(o, ctx, "name", null, name);
        ObjectOps.setProp(o, ctx, "capacity", null, (long) ch.capacity);
        ObjectOps.setProp(o, ctx, "copy", null, ch.copy);
    }

    /** A value as a channel keeps it: a copy, as assigning it would make. */
    static Object stored(Object v) { return Values.copyOnAssign(Values.deref(v)); }

    /** A value going into {@code ch}: deep-copied for a {@code copy} channel (no objects, no resources there). */
    static Object inbound(Channel ch, Object v) {
        v = Values.deref(v);
        return ch.copy ? deepCopy(v) : Values.copyOnAssign(v);
    }

    private static Object deepCopy(Object v) {
        if (v instanceof PhpArray a) {
            PhpArray out = new PhpArray();
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
                Object k = a.keyAt(p);
                Object e = deepCopy(a.valueAt(p)); // references are dropped
                if (k instanceof Long l) out.put(l, e); else out.put(Convert.toStr(k), e);
            }
            return out;
        }
        if (v instanceof PhpObject) throw FatalError.here("duplication of object type is not allowed in channel operation");
        if (v instanceof phpgoc.runtime.PhpResource) {
            throw FatalError.here("duplication of resource type is not allowed in channel operation");
        }
        return v;
    }

    static Object push(Context ctx, ClassTemplate self, Object t, Object value) {
        Channel ch = channel(t);
        if (ch.isClosed()) return closedPush(ctx, "push");
        Object r = ch.send(me(ctx), inbound(ch, value));
        return r == Channel.CLOSED ? closedPush(ctx, "push") : Boolean.TRUE;
    }

    private static Object closedPush(Context ctx, String method) {
        ctx.warning("phpgo: Chan::" + method + "(): try to push to an allready closed channel");
        return null;
    }

    static Object pop(Context ctx, ClassTemplate self, Object t) {
        return channel(t).receive(me(ctx));
    }

    static Object tryPush(Context ctx, ClassTemplate self, Object t, Object value) {
        Channel ch = channel(t);
        if (ch.isClosed()) return closedPush(ctx, "tryPush");
        Object r = ch.trySend(inbound(ch, value));
        return r == Channel.CLOSED ? closedPush(ctx, "tryPush") : r;
    }

    static Object tryPop(Context ctx, ClassTemplate self, Object t) {
        Object v = channel(t).tryReceive();
        if (v == Channel.EMPTY) return false;
        return v == Channel.CLOSED ? null : v;
    }

    static Object close(Context ctx, ClassTemplate self, Object t) {
        if (channel(t).close()) return true;
        ctx.warning("phpgo: Chan::close(): try to close an allready closed channel");
        return false;
    }

    static Object len(Context ctx, ClassTemplate self, Object t) { return (long) channel(t).length(); }

    static Object cap(Context ctx, ClassTemplate self, Object t) { return (long) channel(t).capacity; }

    static Object isClosed(Context ctx, ClassTemplate self, Object t) { return channel(t).isClosed(); }

    // ---- Mutex

    private static GoMutex mutex(Object self) {
        PhpObject o = (PhpObject) self;
        if (!(o.internal instanceof MutexState)) o.internal = new MutexState(new GoMutex(true));
        return ((MutexState) o.internal).mutex();
    }

    static Object mutexConstruct(Context ctx, ClassTemplate self, Object t, Object signaled) {
        boolean free = signaled == Values.UNDEF || Convert.toBool(Values.deref(signaled));
        ((PhpObject) t).internal = new MutexState(new GoMutex(free));
        return null;
    }

    static Object lock(Context ctx, ClassTemplate self, Object t) {
        mutex(t).lock(me(ctx));
        return true;
    }

    static Object unlock(Context ctx, ClassTemplate self, Object t) {
        mutex(t).unlock();
        return true;
    }

    static Object tryLock(Context ctx, ClassTemplate self, Object t) { return mutex(t).tryLock(me(ctx)); }

    static Object isLock(Context ctx, ClassTemplate self, Object t) { return mutex(t).isLocked(); }

    // ---- WaitGroup

    private static GoWaitGroup group(Object self) {
        PhpObject o = (PhpObject) self;
        if (!(o.internal instanceof WaitGroupState)) o.internal = new WaitGroupState(new GoWaitGroup());
        return ((WaitGroupState) o.internal).group();
    }

    static Object waitGroupConstruct(Context ctx, ClassTemplate self, Object t) {
        group(t);
        return null;
    }

    static Object add(Context ctx, ClassTemplate self, Object t, Object delta) {
        return group(t).add(phpgoc.runtime.Args.toInt(Values.deref(delta), "go\\WaitGroup::add", 1, "delta"));
    }

    static Object done(Context ctx, ClassTemplate self, Object t) { return group(t).add(-1); }

    static Object count(Context ctx, ClassTemplate self, Object t) { return group(t).count(); }

    static Object await(Context ctx, ClassTemplate self, Object t) {
        group(t).await(me(ctx));
        return true;
    }
}
