package phpgoc.runtime.go;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import phpgoc.runtime.Context;
import phpgoc.runtime.go.Routine.State;

/**
 * The go routines of one context and docs/go.md's schedule: one routine at a time holds the
 * <em>baton</em> and runs PHP code. A routine that blocks hands the baton to the head of the FIFO run
 * queue (unparks it, starting its virtual thread the first time) and parks; a wake appends the woken
 * routine to the tail and never switches, except when nobody holds the baton (every routine waits
 * for a timer or I/O), when the woken routine takes it at once. An I/O completion comes from another
 * thread and goes through the same lock. Timers ({@link TimerQueue}) fire at scheduling points, on
 * the thread passing the baton; only while nobody holds it does the timer thread wait for the
 * earliest deadline and fire them.
 *
 * <p>Invariants (under {@link #lock}): {@link #current} is the baton holder or null; a null
 * {@code current} means the run queue is empty; a routine is in the run queue iff its state is
 * READY; the alive list ({@link #aliveHead}, linked through the routines) holds every routine (not
 * main) not yet ended, in id order.
 *
 * <p>When the baton is freed and nothing can make a routine ready again (no sleeper, no pending
 * timer of a channel some routine waits on, no I/O), the program is deadlocked: the baton goes to
 * main, which raises the fatal error where it is blocked ({@link DeadlockReport}).
 */
class RoutineScheduler {
    /** Thrown where main resumes after a deadlock was found: replaced by the fatal error at main's location. */
    static final RuntimeException DEADLOCK = new RuntimeException("deadlock", null, false, false) {};

    final Context ctx;
    final Routine main;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Routine> runQueue = new ArrayDeque<>();
    private volatile Routine current;
    /** The alive list: linked through {@link Routine#prevAlive}/{@link Routine#nextAlive}, no node per routine. */
    private Routine aliveHead, aliveTail;
    private int aliveCount;
    /** The saved context fields every new routine starts with (immutable, so shared while the include depth is the same). */
    private Routine.Exec freshExec;
    private final List<Join> joins = new ArrayList<>();
    private long nextId = 1;
    private int sleepers, inIo;
    /** How many times a routine other than main was given the baton ({@code Scheduler::run()}'s count). */
    private long runs;
    private final TimerQueue timers = new TimerQueue();
    /** Makes the routines' virtual threads, tagged with the context ({@link Context.ThreadTag}). */
    private final java.util.concurrent.ThreadFactory threads;
    /** Waits for the earliest timer while nobody holds the baton (made with the first timer). */
    private Thread timerThread;
    private volatile boolean closed;
    /** While a routine with its own HTTP superglobals runs: the shared ones ({@link HttpGlobals}). */
    Object[] sharedHttpGlobals;

    private record Join(Routine r, long tasksLeft) {}

    RoutineScheduler(Context ctx) {
        this.ctx = ctx;
        this.main = new Routine(0, this, null, null, null);
        main.thread = Thread.currentThread();
        current = main;
        threads = Thread.ofVirtual().uncaughtExceptionHandler(new Context.ThreadTag(ctx)).factory();
        phpgoc.runtime.VirtualThreads.warmThreadEnd(); // no deoptimization storm as parked routines end
    }

    /** The scheduler of {@code ctx}, made on first use by the thread that runs the main script. */
    static RoutineScheduler of(Context ctx) {
        RoutineScheduler s = peek(ctx); // no capturing lambda to make on each channel operation
        return s != null ? s
                : ctx.extensionState(RoutineScheduler.class, () -> ctx.parallelRoutines ? new ParallelScheduler(ctx) : new RoutineScheduler(ctx));
    }

    static RoutineScheduler peek(Context ctx) { return (RoutineScheduler) ctx.peekExtensionState(RoutineScheduler.class); }

    /**
     * The routine the caller runs as: the baton holder (only it runs PHP code, also when it runs in a
     * Fiber's thread: that thread is then the one it parks and is unparked on); main when nobody holds it.
     */
    Routine me() {
        Routine c = current;
        return c != null ? c : main;
    }

    /** The routine the calling thread runs as in {@code ctx} (its scheduler made on first use). */
    static Routine running(Context ctx) { return of(ctx).me(); }

    /** Whether a routine's thread sets the thread-locals of its routine and context (parallel mode; see {@link #me}). */
    boolean threadLocals() { return false; }

    boolean closed() { return closed; }

    // ---- routines

    /** {@code go()}: a new routine at the tail of the run queue; it first runs when it reaches the head. */
    Routine spawn(Runnable body) { return spawn(body, null, false); }

    /**
     * {@link #spawn}: the routine runs {@code body}, a Runnable, or with {@code args} not null the
     * PHP callable {@code body} ({@link GoFunctions#runRoutine}); {@code isolateHttpGlobals}: it
     * keeps its own copy of the HTTP superglobals.
     */
    Routine spawn(Object body, Object[] args, boolean isolateHttpGlobals) {
        lock.lock();
        try {
            Routine.Exec fresh = freshExec;
            if (fresh == null || fresh.includeDepth() != ctx.includeDepth) freshExec = fresh = Routine.Exec.fresh(ctx);
            Routine r = new Routine(nextId++, this, body, args, fresh);
            if (isolateHttpGlobals) r.ownHttpGlobals = HttpGlobals.grab(ctx);
            linkAlive(r);
            if (!closed) {
                r.state = State.READY;
                runQueue.add(r);
            }
            return r;
        } finally {
            lock.unlock();
        }
    }

    private void linkAlive(Routine r) {
        r.prevAlive = aliveTail;
        if (aliveTail == null) aliveHead = r;
        else aliveTail.nextAlive = r;
        aliveTail = r;
        aliveCount++;
    }

    private void unlinkAlive(Routine r) {
        if (r.prevAlive == null && aliveHead != r) return; // not in the list (any more)
        if (r.prevAlive == null) aliveHead = r.nextAlive;
        else r.prevAlive.nextAlive = r.nextAlive;
        if (r.nextAlive == null) aliveTail = r.prevAlive;
        else r.nextAlive.prevAlive = r.prevAlive;
        r.prevAlive = r.nextAlive = null;
        aliveCount--;
    }

    /** Routines alive (created, not ended), main not counted. */
    int aliveCount() {
        lock.lock();
        try {
            return aliveCount;
        } finally {
            lock.unlock();
        }
    }

    /** A routine's body ended (on its own thread): joins whose condition now holds wake, the baton moves on. */
    void exit(Routine r) {
        r.leave(ctx);
        Routine next = null;
        lock.lock();
        try {
            r.state = State.DEAD;
            unlinkAlive(r);
            if (closed) return;
            for (Iterator<Join> it = joins.iterator(); it.hasNext();) {
                Join j = it.next();
                if (joinHolds(j.r, j.tasksLeft)) {
                    it.remove();
                    readyLocked(j.r);
                }
            }
            next = passBaton(r);
        } finally {
            lock.unlock();
        }
        resume(next);
    }

    /**
     * A routine ends the whole program ({@code Runtime::quit()}, a fatal error): main gets the baton
     * and throws {@code e} where it is blocked. Called last on the routine's thread.
     */
    void abortMain(Routine r, RuntimeException e) {
        r.leave(ctx);
        lock.lock();
        try {
            r.state = State.DEAD;
            unlinkAlive(r);
            if (closed) return;
            runQueue.remove(main);
            main.abort = e;
            main.state = State.RUNNING;
            current = main;
        } finally {
            lock.unlock();
        }
        LockSupport.unpark(main.thread);
    }

    // ---- blocking and waking

    /** The running routine {@code me} blocks ({@code reason} for the deadlock report) until {@link #wake}. */
    void block(Routine me, String reason) {
        handOff(me, reason);
        awaitBaton(me);
    }

    /** {@link #block}'s first half: {@code me} gives the baton away (to itself when it was woken meanwhile). */
    private void handOff(Routine me, String reason) {
        me.leave(ctx);
        me.thread = Thread.currentThread();
        Routine next;
        lock.lock();
        try {
            if (me.state == State.RUNNING) { // else it was woken already and waits in the run queue
                me.state = State.BLOCKED;
                me.reason = reason;
            }
            next = passBaton(me);
        } finally {
            lock.unlock();
        }
        if (next != me) resume(next);
    }

    /** Makes blocked {@code r} ready: appended to the run queue, or given the baton when nobody holds it. */
    void wake(Routine r) {
        Routine next;
        lock.lock();
        try {
            if (closed) return;
            next = readyLocked(r);
        } finally {
            lock.unlock();
        }
        resume(next);
    }

    /** {@code Runtime::gosched()}: the caller goes to the tail of the run queue when another routine is ready. */
    void gosched(Routine me) {
        me.leave(ctx);
        me.thread = Thread.currentThread();
        Routine next;
        lock.lock();
        try {
            fireDueLocked(); // a scheduling point
            if (runQueue.isEmpty()) return;
            me.state = State.READY;
            runQueue.add(me);
            next = passBaton(me);
        } finally {
            lock.unlock();
        }
        if (next != me) resume(next);
        awaitBaton(me);
    }

    /** {@code Scheduler::run()}: lets the ready routines run until the run queue is empty; how many runs that took. */
    long runReady(Routine me) {
        long start;
        lock.lock();
        try {
            start = runs;
            fireDueLocked(); // a scheduling point
        } finally {
            lock.unlock();
        }
        while (true) {
            lock.lock();
            try {
                if (runQueue.isEmpty()) return runs - start;
            } finally {
                lock.unlock();
            }
            gosched(me);
        }
    }

    /** {@code Scheduler::join($tasksLeft)}: blocks until at most {@code tasksLeft} routines (not main, not the caller) are alive. */
    void join(Routine me, long tasksLeft) {
        lock.lock();
        try {
            if (joinHolds(me, tasksLeft)) return;
            joins.add(new Join(me, tasksLeft));
        } finally {
            lock.unlock();
        }
        block(me, "scheduler join");
    }

    private boolean joinHolds(Routine r, long tasksLeft) {
        return aliveCount - (r.isMain() || r.state == State.DEAD ? 0 : 1) <= tasksLeft;
    }

    /** {@code Time::sleep()}: the routine waits for a timer. */
    void sleep(Routine me, long nanos) {
        if (nanos <= 0) return;
        long deadline = System.nanoTime() + nanos;
        lock.lock();
        try {
            sleepers++;
            me.deadline = deadline; // the routine is its own timer: blocked until it fires, so in the queue once
            addTimerLocked(me);
        } finally {
            lock.unlock();
        }
        // not through block(): a million sleeping routines each keep one frame less
        handOff(me, "sleep");
        awaitBaton(me);
    }

    /**
     * {@code Time::after}/{@code Time::tick}: {@code ch} gets {@code microtime(true)} pushed (as
     * {@code tryPush}) after {@code nanos} (at least 0), and then every {@code nanos} when {@code repeat}.
     */
    void startTimer(Channel ch, long nanos, boolean repeat) {
        long deadline = System.nanoTime() + Math.max(0, nanos);
        ch.timerAdded();
        lock.lock();
        try {
            addTimerLocked(new TimerQueue.ChannelTimer(deadline, ch, repeat ? nanos : 0));
        } finally {
            lock.unlock();
        }
    }

    private void addTimerLocked(TimerQueue.Timer t) {
        if (closed) return;
        timers.add(t);
        if (timerThread == null) {
            timerThread = Thread.ofVirtual().name("phpgo-timer").unstarted(this::timerLoop);
            timerThread.start();
        } else if (current == null) {
            LockSupport.unpark(timerThread); // nobody holds the baton to fire it: the timer thread must see it
        }
    }

    /**
     * Under the lock, at a scheduling point: every timer whose deadline has passed fires, in deadline
     * order; a sleeper is made ready, an after/tick timer pushes into its channel (which may wake a
     * receiver; the channel's lock is taken inside this one, never the other way round). Returns the
     * routine that got the baton because nobody held it (only when the timer thread fires).
     */
    private Routine fireDueLocked() {
        if (timers.isEmpty()) return null;
        long now = System.nanoTime();
        Routine first = null;
        for (TimerQueue.Timer due; (due = timers.pollDue(now)) != null;) {
            if (due instanceof Routine sleeper) {
                sleepers--;
                Routine got = readyLocked(sleeper);
                if (got != null) first = got;
                continue;
            }
            TimerQueue.ChannelTimer t = (TimerQueue.ChannelTimer) due;
            // a receiver it wakes that takes the free baton is resumed by that wake
            t.channel.timerPush(StaticMethods.now());
            if (t.period <= 0) {
                t.channel.timerDone(); // after the push: its receiver is ready before the timer stops counting
                continue;
            }
            do t.deadline += t.period; while (t.deadline - now <= 0); // ticks missed meanwhile are skipped
            timers.readd(t);
        }
        return first;
    }

    /**
     * The timer thread: while nobody holds the baton it sleeps until the earliest deadline and fires
     * the timers due; while somebody holds it, the baton's scheduling points fire them, and it parks
     * until {@link #passBaton} frees the baton again.
     */
    private void timerLoop() {
        while (true) {
            Routine next = null;
            long wait = -1;
            lock.lock();
            try {
                if (closed) return;
                if (current == null) {
                    next = fireDueLocked();
                    TimerQueue.Timer t = timers.peek();
                    if (current == null && t != null) wait = Math.max(1, t.deadline - System.nanoTime());
                }
            } finally {
                lock.unlock();
            }
            resume(next);
            if (wait < 0) LockSupport.park(this);
            else LockSupport.parkNanos(this, wait);
        }
    }

    // ---- blocking sections (I/O)

    /** The running routine starts a blocking call: the baton goes on, the routine counts as pending I/O. */
    void enterIo(Routine me) {
        me.leave(ctx);
        Routine next;
        lock.lock();
        try {
            me.state = State.IN_IO;
            inIo++;
            next = passBaton(me);
        } finally {
            lock.unlock();
        }
        resume(next);
    }

    /** The blocking call ended: the routine is ready again and waits for the baton. */
    void leaveIo(Routine me) {
        me.thread = Thread.currentThread();
        Routine next;
        lock.lock();
        try {
            inIo--;
            if (closed) throw new Routine.RoutineKilled();
            next = readyLocked(me);
        } finally {
            lock.unlock();
        }
        if (next != me) resume(next);
        awaitBaton(me);
    }

    // ---- the baton

    /**
     * Under the lock, {@code me} gives up the baton: the head of the run queue gets it (returned, to be
     * resumed after unlocking); with an empty queue nobody holds it, or main gets it to raise the
     * deadlock error when nothing can make a routine ready.
     */
    private Routine passBaton(Routine me) {
        Routine got = fireDueLocked(); // a scheduling point; current is me here, so nobody takes the baton in it
        if (got != null) return got;
        Routine next = runQueue.poll();
        if (next == null) {
            current = null;
            if (closed) return null;
            if (timerThread != null && !timers.isEmpty()) LockSupport.unpark(timerThread);
            if (main.state != State.BLOCKED || canWake()) return null;
            main.abort = DEADLOCK;
            next = main;
        }
        next.state = State.RUNNING;
        current = next;
        if (!next.isMain() && next != me) runs++;
        return next;
    }

    /** Under the lock: {@link #wake}; returns the routine to resume when it got the free baton. */
    private Routine readyLocked(Routine r) {
        if (r.state == State.READY || r.state == State.DEAD) return null;
        r.waitingOn = List.of();
        if (current == null) {
            r.state = State.RUNNING;
            current = r;
            if (!r.isMain()) runs++;
            return r;
        }
        r.state = State.READY;
        runQueue.add(r);
        return null;
    }

    /** Whether a timer or I/O can still make a routine ready. */
    private boolean canWake() {
        if (sleepers > 0 || inIo > 0) return true;
        if (waitsOnTimer(main)) return true;
        for (Routine r = aliveHead; r != null; r = r.nextAlive) if (waitsOnTimer(r)) return true;
        return false;
    }

    /** A blocked routine a pending after/tick timer can wake (it waits on that timer's channel). */
    static boolean waitsOnTimer(Routine r) {
        if (r.state != State.BLOCKED) return false;
        for (Channel c : r.waitingOn) if (c.timerPending()) return true;
        return false;
    }

    /** Lets {@code next} run: starts its thread the first time, else unparks it. */
    private void resume(Routine next) {
        if (next == null) return;
        if (next.thread == null) {
            Thread t = threads.newThread(next);
            next.thread = t;
            t.start();
        } else {
            LockSupport.unpark(next.thread);
        }
    }

    /**
     * Parks until {@code me} holds the baton; then its Context fields are back, or what main was told
     * to throw is thrown. The one wait loop of the scheduler (not copied into its callers): each
     * routine's first call, with the baton already held, keeps the JIT's profile of the loop's exit
     * warm, so the compiled code that parked routines resume into has no uncommon trap there (a
     * deoptimization for each of them).
     */
    void awaitBaton(Routine me) {
        while (current != me && !me.killed) LockSupport.park(this);
        if (me.killed) throw new Routine.RoutineKilled();
        me.enter(ctx);
        RuntimeException abort = me.abort;
        if (abort != null) {
            me.abort = null;
            if (abort == DEADLOCK) throw DeadlockReport.raise(this);
            throw abort;
        }
    }

    // ---- deadlock report and the end of the run

    /** Routines blocked now, main first, then by id. */
    List<Routine> blockedRoutines() {
        lock.lock();
        try {
            List<Routine> out = new ArrayList<>();
            if (main.state == State.BLOCKED || main.state == State.RUNNING) out.add(main);
            for (Routine r = aliveHead; r != null; r = r.nextAlive) if (r.state == State.BLOCKED) out.add(r);
            return out;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The end of the run (the main script ended): routines left are ended without running PHP code
     * (their resume point throws {@link Routine.RoutineKilled}), timers stop. Called by the main thread.
     */
    void close() {
        List<Routine> left;
        Routine.Exec mine = Routine.Exec.save(ctx);
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            runQueue.clear();
            left = new ArrayList<>(aliveCount);
            for (Routine r = aliveHead; r != null; r = r.nextAlive) left.add(r);
            timers.clear();
            if (timerThread != null) LockSupport.unpark(timerThread);
        } finally {
            lock.unlock();
        }
        for (Routine r : left) {
            Thread t = r.thread;
            if (t == null) continue;
            r.killed = true;
            if (r.state == State.IN_IO) {
                t.interrupt(); // a blocking call: ends when it returns, without PHP code
                continue;
            }
            LockSupport.unpark(t);
            try {
                t.join(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        mine.restore(ctx);
        current = main;
    }
}
