package phpgoc.runtime.fiber;

import static phpgoc.runtime.BuiltinMethods.params;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import phpgoc.runtime.ArgList;
import phpgoc.runtime.BuiltinMethods;
import phpgoc.runtime.Calls;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.Destructors;
import phpgoc.runtime.GracefulExit;
import phpgoc.runtime.NativeState;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Throwables;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.Callbacks;

/**
 * PHP 8.1's {@code Fiber} and {@code FiberError} on {@link Coroutine}s: each started fiber runs its
 * callable on its own virtual thread; {@code start}/{@code resume}/{@code throw} hand control to it
 * and {@code Fiber::suspend} hands it back. What php keeps per thread of execution and phpgoc keeps in
 * the {@link Context} ({@link Exec}) is saved and restored around every switch; the JVM stack, which
 * traces are read from, is per thread anyway, and {@link #appendOuterTrace} adds the frames of the
 * threads waiting for the running fiber. A fiber still suspended at the end of the script is
 * destroyed as php does it: its suspend point throws {@link GracefulExit}, which runs the finally
 * blocks and no catch; fibers left over after that (a fatal error) are killed without running PHP code.
 */
public final class Fibers {
    private Fibers() {}

    private static final int PUB = ClassTemplate.PUBLIC, FINAL = ClassTemplate.FINAL, STATIC = ClassTemplate.STATIC;
    private static final MethodHandles.Lookup L = MethodHandles.lookup();
    private static final Map<String, ClassTemplate> TEMPLATES = new HashMap<>();

    static {
        ClassTemplate f = new ClassTemplate("Fiber", ClassTemplate.KIND_CLASS, FINAL, null, new String[0], null, null, 0);
        f.method("__construct", PUB, h("construct", 1), params("callback"))
                .method("start", PUB, h("start", 1), params("...args"))
                .method("resume", PUB, h("resume", 1), params("?value"))
                .method("throw", PUB, h("throwInto", 1), params("exception"))
                .method("getReturn", PUB, h("getReturn", 0), params())
                .method("isStarted", PUB, h("isStarted", 0), params())
                .method("isSuspended", PUB, h("isSuspended", 0), params())
                .method("isRunning", PUB, h("isRunning", 0), params())
                .method("isTerminated", PUB, h("isTerminated", 0), params())
                .method("suspend", PUB | STATIC, h("suspend", 1), params("?value"))
                .method("getCurrent", PUB | STATIC, h("getCurrent", 0), params());
        TEMPLATES.put("fiber", f);
        ClassTemplate e = new ClassTemplate("FiberError", ClassTemplate.KIND_CLASS, FINAL, "Error", new String[0], null, null, 0);
        e.method("__construct", PUB, h("errorConstruct", 1), params("...args"));
        TEMPLATES.put("fibererror", e);
    }

    private static MethodHandle h(String name, int n) { return BuiltinMethods.body(L, name, n); }

    /** The template of built-in class {@code lower} ("fiber", "fibererror"), or null. */
    public static ClassTemplate template(String lower) { return TEMPLATES.get(lower); }

    // ---- per-run state

    /** The fibers of one run: the one running now (null: the main script) and those with a live thread. */
    static final class Runs {
        Runs() { phpgoc.runtime.VirtualThreads.warmThreadEnd(); } // no deoptimization storm as suspended fibers end

        FiberState current;
        final Set<FiberState> live = new LinkedHashSet<>();
    }

    private static Runs runs(Context ctx) { return ctx.extensionState(Runs.class, Runs::new); }

    /** Context fields that belong to a thread of execution, not to the run. */
    record Exec(boolean strictArgs, boolean strictCall, int includeDepth, phpgoc.runtime.CallFrames callFrames,
                phpgoc.runtime.ArgStack argStack, phpgoc.runtime.Generator runningGenerator) {
        static Exec save(Context ctx) {
            return new Exec(ctx.strictArgs, ctx.strictCall, ctx.includeDepth, ctx.callFrames, ctx.argStack,
                    ctx.runningGenerator);
        }

        void restore(Context ctx) {
            ctx.strictArgs = strictArgs;
            ctx.strictCall = strictCall;
            ctx.includeDepth = includeDepth;
            ctx.callFrames = callFrames;
            ctx.argStack = argStack;
            ctx.runningGenerator = runningGenerator;
        }
    }

    /** One Fiber object's state. */
    static final class FiberState implements NativeState {
        final PhpObject self;
        Object callable;
        /** The callable as given to the constructor (ReflectionFiber::getCallable()). */
        Object given;
        Coroutine co;
        Object result;
        boolean threw, bailout, destroyed;
        /** The fiber's own {@link Exec} while it does not run. */
        Exec exec;
        /** While it runs: the fiber that resumed it (null: the main script), and how ("start", ...) with which arguments. */
        FiberState outer;
        String how;
        List<Object> howArgs;
        /** While it runs: what the thread waiting for it had (its debug_backtrace frames). */
        Exec waiterExec;

        FiberState(PhpObject self) { this.self = self; }

        @Override public NativeState copy() {
            throw new PhpError("Error", "Trying to clone an uncloneable object of class Fiber");
        }

        @Override public void destruct(Context ctx) { destroy(ctx, this); }
    }

    private static FiberState state(Object self) {
        PhpObject o = (PhpObject) self;
        if (o.internal instanceof FiberState s) return s;
        FiberState s = new FiberState(o);
        o.internal = s;
        return s;
    }

    // ---- methods

    static Object construct(Context ctx, ClassTemplate self, Object t, Object callback) {
        FiberState s = state(t);
        Object fn = Callbacks.callback(ctx, callback, "Fiber::__construct", 1, "callback");
        if (s.co != null || s.callable != null) throw new PhpError("FiberError", "Cannot call constructor twice");
        s.callable = fn;
        s.given = Values.copyOnAssign(Values.deref(callback));
        return null;
    }

    static Object start(Context ctx, ClassTemplate self, Object t, Object args) {
        FiberState s = state(t);
        if (s.co != null) throw new PhpError("FiberError", "Cannot start a fiber that has already been started");
        PhpArray a = (PhpArray) args;
        List<Object> shown = new ArrayList<>();
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) shown.add(a.valueAt(p));
        Object callable = s.callable;
        s.co = new Coroutine("phpgoc-fiber", first -> run(ctx, callable, a));
        s.exec = new Exec(false, false, ctx.includeDepth, null, null, null);
        Destructors.track(ctx, s.self);
        return transfer(ctx, s, "start", shown, null, null);
    }

    /** The fiber's body, on its own thread. */
    private static Object run(Context ctx, Object callable, PhpArray args) {
        Context prev = ctx.enter();
        try {
            ArgList named = null;
            List<Object> positional = new ArrayList<>();
            for (int p = args.firstPos(); p >= 0; p = args.nextPos(p)) {
                Object k = args.keyAt(p);
                if (k instanceof Long) {
                    if (named != null) named.add(args.valueAt(p)); else positional.add(args.valueAt(p));
                } else {
                    if (named == null) {
                        named = new ArgList();
                        for (Object v : positional) named.add(v);
                    }
                    named.addNamed(Convert.toStr(k), args.valueAt(p));
                }
            }
            Object r = named != null ? Calls.callValue(ctx, callable, named) : Calls.callValue(ctx, callable, positional.toArray());
            return Values.copyOnAssign(Values.deref(r));
        } finally {
            Context.restore(prev);
        }
    }

    static Object resume(Context ctx, ClassTemplate self, Object t, Object value) {
        FiberState s = state(t);
        if (s.co == null || s.co.state() != Coroutine.State.SUSPENDED) {
            throw new PhpError("FiberError", "Cannot resume a fiber that is not suspended");
        }
        List<Object> shown = value == Values.UNDEF ? List.of() : List.of(Values.deref(value));
        return transfer(ctx, s, "resume", shown, value == Values.UNDEF ? null : value, null);
    }

    static Object throwInto(Context ctx, ClassTemplate self, Object t, Object exception) {
        Object e = Values.deref(exception);
        if (!(e instanceof PhpObject o) || !o.cls.isA("throwable")) {
            throw new PhpError("TypeError", "Fiber::throw(): Argument #1 ($exception) must be of type Throwable, "
                    + Values.typeName(e) + " given");
        }
        FiberState s = state(t);
        if (s.co == null || s.co.state() != Coroutine.State.SUSPENDED) {
            throw new PhpError("FiberError", "Cannot resume a fiber that is not suspended");
        }
        return transfer(ctx, s, "throw", List.of(o), null, Throwables.toThrow(o));
    }

    /**
     * Hands control to {@code s} until it suspends or ends; returns what it suspended with (null
     * when it ended). {@code how}/{@code shown} name the frame traces show for this call.
     */
    private static Object transfer(Context ctx, FiberState s, String how, List<Object> shown, Object value, Throwable thrown) {
        Runs runs = runs(ctx);
        FiberState outer = runs.current;
        Exec mine = Exec.save(ctx);
        s.exec.restore(ctx);
        s.outer = outer;
        s.how = how;
        s.howArgs = shown;
        s.waiterExec = mine;
        runs.current = s;
        runs.live.add(s);
        try {
            Object v = Values.copyOnAssign(Values.deref(value));
            Object r = thrown == null ? s.co.resume(v) : s.co.resumeThrowing(thrown);
            if (s.co.state() == Coroutine.State.DONE) {
                s.result = r;
                return null;
            }
            return r;
        } catch (PhpError e) {
            // its trace already has this call as a frame (or was made before it)
            e.fiberFrameInTrace = true;
            if (s.co.state() == Coroutine.State.DONE && !(s.destroyed && e instanceof GracefulExit)) s.threw = true;
            throw e;
        } catch (RuntimeException | Error e) {
            if (s.co.state() == Coroutine.State.DONE) s.bailout = true;
            throw e;
        } finally {
            s.exec = Exec.save(ctx);
            mine.restore(ctx);
            runs.current = outer;
            s.outer = null;
            s.how = null;
            s.howArgs = null;
            s.waiterExec = null;
            if (s.co.state() == Coroutine.State.DONE) runs.live.remove(s);
        }
    }

    static Object suspend(Context ctx, ClassTemplate self, Object cls, Object value) {
        FiberState s = runs(ctx).current;
        if (s == null) throw new PhpError("FiberError", "Cannot suspend outside of a fiber");
        if (s.destroyed) throw new PhpError("FiberError", "Cannot suspend in a force-closed fiber");
        Object v = value == Values.UNDEF ? null : Values.copyOnAssign(Values.deref(value));
        return s.co.suspend(v);
    }

    static Object getCurrent(Context ctx, ClassTemplate self, Object cls) {
        FiberState s = runs(ctx).current;
        if (s == null) return null;
        Destructors.escape(s.self);
        return s.self;
    }

    static Object getReturn(Context ctx, ClassTemplate self, Object t) {
        FiberState s = state(t);
        String why;
        if (s.co != null && s.co.state() == Coroutine.State.DONE) {
            if (s.threw) why = "The fiber threw an exception";
            else if (s.bailout) why = "The fiber exited with a fatal error";
            else return s.result;
        } else if (s.co == null) {
            why = "The fiber has not been started";
        } else {
            why = "The fiber has not returned";
        }
        throw new PhpError("FiberError", "Cannot get fiber return value: " + why);
    }

    static Object isStarted(Context ctx, ClassTemplate self, Object t) { return state(t).co != null; }

    static Object isSuspended(Context ctx, ClassTemplate self, Object t) {
        Coroutine co = state(t).co;
        return co != null && co.state() == Coroutine.State.SUSPENDED;
    }

    static Object isRunning(Context ctx, ClassTemplate self, Object t) {
        Coroutine co = state(t).co;
        return co != null && co.state() == Coroutine.State.RUNNING;
    }

    static Object isTerminated(Context ctx, ClassTemplate self, Object t) {
        Coroutine co = state(t).co;
        return co != null && co.state() == Coroutine.State.DONE;
    }

    static Object errorConstruct(Context ctx, ClassTemplate self, Object t, Object args) {
        throw new PhpError("Error", "The \"" + ((PhpObject) t).cls.name
                + "\" class is reserved for internal use and cannot be manually instantiated");
    }

    // ---- what ReflectionFiber reads

    /** Whether {@code fiber} is a Fiber object. */
    public static boolean isFiber(Object fiber) { return fiber instanceof PhpObject o && o.cls.isA("fiber"); }

    /** The callable a Fiber object was constructed with (null if never constructed). */
    public static Object callable(PhpObject fiber) { return state(fiber).given; }

    /** Whether a Fiber object was started and has not terminated. */
    public static boolean live(PhpObject fiber) {
        Coroutine co = state(fiber).co;
        return co != null && co.state() != Coroutine.State.DONE;
    }

    public static boolean terminated(PhpObject fiber) { return (boolean) isTerminated(null, null, fiber); }

    /**
     * The thread of a live fiber that does not run the calling code (suspended, or waiting for a
     * fiber it started or resumed), else null (the calling code runs in it).
     */
    public static Thread parkedThread(Context ctx, PhpObject fiber) {
        FiberState s = state(fiber);
        return s.co == null || runs(ctx).current == s ? null : s.co.thread();
    }

    // ---- destruction

    /** php's zend_fiber_object_destroy: a suspended fiber is unwound (finally blocks run, catch blocks do not). */
    static void destroy(Context ctx, FiberState s) {
        if (s.co == null || s.co.state() != Coroutine.State.SUSPENDED) return;
        s.destroyed = true;
        try {
            transfer(ctx, s, null, List.of(), null, new GracefulExit());
        } catch (GracefulExit expected) {
            // unwound
        }
    }

    /**
     * The end of a run: fibers still alive (after a fatal error, which skips destructors) are
     * killed without running PHP code, so no thread outlives the run.
     */
    public static void closeAll(Context ctx) {
        Runs runs = (Runs) ctx.peekExtensionState(Runs.class);
        if (runs == null) return;
        for (FiberState s : new ArrayList<>(runs.live)) {
            if (s.co.state() == Coroutine.State.SUSPENDED) s.co.kill();
        }
        runs.live.clear();
        runs.current = null;
    }

    // ---- traces

    /** What {@code SourceLocation.trace} needs of a fiber: who waits for it, and the frame of that call. */
    public record Link(Thread waiter, String frame, List<Object> args, phpgoc.runtime.CallFrames callFrames,
                       phpgoc.runtime.ArgStack argStack, phpgoc.runtime.Generator runningGenerator) {}

    /**
     * The threads waiting for the running fiber, innermost first: the thread that resumed it (with
     * the "Fiber->start" / "->resume" / "->throw" frame of that call; none while it is destroyed),
     * then the one that resumed that thread's fiber, and so on.
     */
    public static List<Link> waiting(Context ctx) {
        Runs runs = (Runs) ctx.peekExtensionState(Runs.class);
        if (runs == null || runs.current == null) return List.of();
        List<Link> out = new ArrayList<>();
        for (FiberState s = runs.current; s != null; s = s.outer) {
            Thread w = s.co.resumer();
            if (w == null) break;
            out.add(new Link(w, s.how == null ? null : "Fiber->" + s.how, s.howArgs,
                    s.waiterExec == null ? null : s.waiterExec.callFrames(),
                    s.waiterExec == null ? null : s.waiterExec.argStack(),
                    s.waiterExec == null ? null : s.waiterExec.runningGenerator()));
        }
        return out;
    }
}
