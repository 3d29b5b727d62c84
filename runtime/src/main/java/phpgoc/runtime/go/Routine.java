package phpgoc.runtime.go;

import java.util.List;
import phpgoc.runtime.CallFrames;
import phpgoc.runtime.Context;

/**
 * One go routine (id 0: the main script): its thread, where it is in its life, what it waits on,
 * and the per-thread-of-execution {@link Context} fields it had when it last gave the baton away.
 * Fields are written by the routine itself or, for the scheduling ones, under the scheduler's lock.
 * A sleeping routine is its own timer in its scheduler's {@link TimerQueue} (default mode).
 */
final class Routine extends TimerQueue.Timer implements Runnable {
    enum State { NEW, READY, RUNNING, BLOCKED, IN_IO, DEAD }

    private static final ThreadLocal<Routine> CURRENT = new ThreadLocal<>();

    final long id;
    final RoutineScheduler scheduler;
    /**
     * What the routine runs (null for main) on its own virtual thread, started when first scheduled:
     * with {@link #args} the callable of {@code go()} (no Runnable wrapping it: an object per
     * routine less), else a Runnable.
     */
    final Object body;
    /** The arguments of a {@code go()} routine's call; null when {@link #body} is a Runnable. */
    final Object[] args;
    /** The thread that parks and is unparked for this routine (main's may change: a fiber thread). */
    volatile Thread thread;
    State state;
    /** Why it is blocked ("chan receive", ...): the deadlock report's reason. */
    String reason;
    /** The channels a blocked pop/select waits on: a pending timer of one of them can still wake it. */
    volatile List<Channel> waitingOn = List.of();
    /** Set by the scheduler with the baton: thrown where the routine resumes (main only: exit, fatal error, deadlock). */
    RuntimeException abort;
    /** Set at the end of the run: the routine ends where it resumes without running PHP code. */
    volatile boolean killed;
    /** The Context fields of this thread of execution while it does not hold the baton. */
    Exec exec;
    /** {@code goo(['isolate_http_globals' => true])}: its own $_GET, $_POST, ... (null: it shares them). */
    Object[] ownHttpGlobals;
    /** Its neighbours in its scheduler's list of alive routines (default mode), under the scheduler's lock. */
    Routine prevAlive, nextAlive;

    Routine(long id, RoutineScheduler scheduler, Object body, Object[] args, Exec exec) {
        this.id = id;
        this.scheduler = scheduler;
        this.body = body;
        this.args = args;
        this.exec = exec;
        this.state = body == null ? State.RUNNING : State.NEW;
    }

    /** The routine the calling thread runs as, in parallel-mode {@code s}; main when the thread is no routine's. */
    static Routine current(RoutineScheduler s) {
        Routine r = CURRENT.get();
        return r != null && r.scheduler == s ? r : s.main;
    }

    boolean isMain() { return id == 0; }

    /** It gives up the baton: what is its own in the context is kept here. */
    void leave(Context ctx) {
        Exec e = exec;
        // usually nothing changed since it got the baton: no new record to keep while it is parked
        if (e == null || !e.holds(ctx)) exec = Exec.save(ctx);
        if (ownHttpGlobals != null) {
            ownHttpGlobals = HttpGlobals.grab(ctx);
            HttpGlobals.install(ctx, scheduler.sharedHttpGlobals);
        }
    }

    /** It has the baton again: its own state goes back into the context. */
    void enter(Context ctx) {
        exec.restore(ctx);
        if (ownHttpGlobals != null) {
            scheduler.sharedHttpGlobals = HttpGlobals.grab(ctx);
            HttpGlobals.install(ctx, ownHttpGlobals);
        }
    }

    /** The routine's thread body: the baton is already this routine's when it starts. */
    @Override public void run() {
        // default mode: no thread-locals (no map per routine thread); the baton holder is the scheduler's
        // current routine, and Context.current() finds the context through the thread's ThreadTag
        boolean locals = scheduler.threadLocals();
        Context prev = null;
        if (locals) {
            CURRENT.set(this);
            prev = scheduler.ctx.enter();
        }
        boolean killedHere = false;
        try {
            // the baton is ours already; waiting for it here also keeps the JIT's profile of the
            // wait loop's exit branch warm, so routines that all resume later do not each deoptimize
            scheduler.awaitBaton(this);
            if (args != null) GoFunctions.runRoutine(scheduler.ctx, body, args);
            else ((Runnable) body).run();
        } catch (RoutineKilled k) {
            killedHere = true;
        } catch (ProgramEnd end) {
            killedHere = true;
            scheduler.abortMain(this, end.forMain);
        } finally {
            if (!killedHere && !killed) scheduler.exit(this);
            if (locals) {
                CURRENT.remove();
                Context.restore(prev);
            }
        }
    }

    /** What a killed routine's resume point throws: an Error PHP code does not catch, so only Java finally blocks run. */
    static final class RoutineKilled extends Error {
        RoutineKilled() { super("go routine killed", null, false, false); }
    }

    /**
     * Thrown in a routine to end the whole program ({@code Runtime::quit()}, a fatal error): it
     * unwinds the routine (no PHP catch takes it), then main throws {@link #forMain} where it is blocked.
     */
    static final class ProgramEnd extends Error {
        final RuntimeException forMain;

        ProgramEnd(RuntimeException forMain) {
            super("go routine ends the program", null, false, false);
            this.forMain = forMain;
        }
    }

    /** Context fields that belong to a thread of execution, not to the run (as the Fiber switch saves them). */
    record Exec(boolean strictArgs, boolean strictCall, int includeDepth, CallFrames callFrames,
                phpgoc.runtime.ArgStack argStack, phpgoc.runtime.Generator runningGenerator,
                List<Object[]> shutdownFunctions) {
        static Exec save(Context ctx) {
            return new Exec(ctx.strictArgs, ctx.strictCall, ctx.includeDepth, ctx.callFrames, ctx.argStack,
                    ctx.runningGenerator, ctx.shutdownFunctions);
        }

        /** A new routine's: nothing strict, no shadow frames, no shutdown functions of its own yet. */
        static Exec fresh(Context ctx) { return new Exec(false, false, ctx.includeDepth, null, null, null, null); }

        /** Whether saving {@code ctx} now would give this record again. */
        boolean holds(Context ctx) {
            return ctx.strictArgs == strictArgs && ctx.strictCall == strictCall && ctx.includeDepth == includeDepth
                    && ctx.callFrames == callFrames && ctx.shutdownFunctions == shutdownFunctions;
        }

        void restore(Context ctx) {
            ctx.strictArgs = strictArgs;
            ctx.strictCall = strictCall;
            ctx.includeDepth = includeDepth;
            ctx.callFrames = callFrames;
            ctx.argStack = argStack;
            ctx.runningGenerator = runningGenerator;
            ctx.shutdownFunctions = shutdownFunctions;
        }
    }

    @Override public String toString() { return "goroutine " + id + " " + state; }
}
