package phpgoc.runtime.go;

import java.lang.invoke.MethodHandles;
import java.time.Instant;
import phpgoc.runtime.Args;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.ExitException;
import phpgoc.runtime.FatalError;
import phpgoc.runtime.Ops;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/** The static methods of {@code go\Scheduler}, {@code go\Runtime} and {@code go\Time}. */
final class StaticMethods {
    private StaticMethods() {}

    static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

    // ---- Scheduler

    static Object join(Context ctx, ClassTemplate self, Object cls, Object tasksLeft) {
        long left = tasksLeft == Values.UNDEF ? 0 : Args.toInt(Values.deref(tasksLeft), "go\\Scheduler::join", 1, "tasksLeft");
        RoutineScheduler s = RoutineScheduler.of(ctx);
        s.join(s.me(), left);
        return true;
    }

    static Object run(Context ctx, ClassTemplate self, Object cls) {
        RoutineScheduler s = RoutineScheduler.of(ctx);
        Routine me = s.me();
        if (!me.isMain()) throw FatalError.here("phpgo: error: run must be called outside a go routine");
        return s.runReady(me);
    }

    static Object loop(Context ctx, ClassTemplate self, Object cls) {
        RoutineScheduler s = RoutineScheduler.of(ctx);
        Routine me = s.me();
        if (!me.isMain()) throw FatalError.here("phpgo: error: loop must be called outside a go routine");
        s.block(me, "scheduler loop");
        return true;
    }

    // ---- Runtime

    static Object numGoroutine(Context ctx, ClassTemplate self, Object cls) {
        RoutineScheduler s = RoutineScheduler.peek(ctx);
        return s == null ? 1L : s.aliveCount() + 1L;
    }

    static Object gosched(Context ctx, ClassTemplate self, Object cls) {
        RoutineScheduler s = RoutineScheduler.peek(ctx);
        if (s != null) s.gosched(s.me());
        return null;
    }

    static Object goid(Context ctx, ClassTemplate self, Object cls) {
        RoutineScheduler s = RoutineScheduler.peek(ctx);
        return s == null ? 0L : s.me().id;
    }

    /** {@code exit($status)} of the whole program, from any routine. */
    static Object quit(Context ctx, ClassTemplate self, Object cls, Object status) {
        ExitException e = Ops.exit(ctx, status == Values.UNDEF ? 0L : Values.deref(status));
        RoutineScheduler s = RoutineScheduler.peek(ctx);
        if (s == null || s.me().isMain()) throw e;
        throw new Routine.ProgramEnd(e);
    }

    // ---- Time

    static Object sleep(Context ctx, ClassTemplate self, Object cls, Object nanoseconds) {
        long ns = Args.toInt(Values.deref(nanoseconds), "go\\Time::sleep", 1, "nanoseconds");
        Routine me = RoutineScheduler.running(ctx);
        me.scheduler.sleep(me, ns);
        return true;
    }

    static Object after(Context ctx, ClassTemplate self, Object cls, Object nanoseconds) {
        return timer(ctx, Math.max(0, Args.toInt(Values.deref(nanoseconds), "go\\Time::after", 1, "nanoseconds")), false);
    }

    static Object tick(Context ctx, ClassTemplate self, Object cls, Object nanoseconds) {
        return timer(ctx, Args.toInt(Values.deref(nanoseconds), "go\\Time::tick", 1, "nanoseconds"), true);
    }

    /** A capacity-1 channel a timer pushes {@code microtime(true)} into, once or every {@code ns} (a tick of 0: never). */
    private static Object timer(Context ctx, long ns, boolean repeat) {
        RoutineScheduler s = RoutineScheduler.of(ctx);
        Channel ch = new Channel(1, false);
        PhpObject o = GoClasses.instantiate(ctx, "Chan");
        ChanMethods.init(ctx, o, ch, "");
        if (repeat && ns <= 0) return o;
        s.startTimer(ch, ns, repeat);
        return o;
    }

    /** {@code microtime(true)}. */
    static double now() {
        Instant t = Instant.now();
        return t.getEpochSecond() + (t.getNano() / 1000) / 1e6;
    }
}
