package phpgoc.runtime.go;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import phpgoc.runtime.Context;
import phpgoc.runtime.go.Routine.State;

/**
 * The opt-in parallel mode ({@link Context#parallelRoutines}, docs/go.md "Parallel mode"): no baton.
 * {@code go()} starts the routine's virtual thread at once, a block parks only the blocking routine,
 * a wake unparks the woken one directly, so routines run on all cores as goroutines do. Channels,
 * select, mutexes and wait groups keep their own locks and are correct under true parallelism; this
 * class only counts who runs, for joins and deadlock detection. The default mode never loads it.
 *
 * <p>Invariants (under {@link #lock}): {@link #running} is the number of routines, main included,
 * whose state is RUNNING or READY; READY here means "woken before it parked": its next
 * {@link #block} returns at once. A BLOCKED routine is parked until a wake makes it RUNNING. When a
 * block leaves nobody running, no routine in I/O or asleep and no timer that can still push into a
 * channel someone waits on, and main is blocked, the program is deadlocked: main is woken to raise
 * the fatal error.
 */
final class ParallelScheduler extends RoutineScheduler {
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<Long, Routine> alive = new LinkedHashMap<>();
    private final List<Join> joins = new ArrayList<>();
    private long nextId = 1;
    private int running = 1, sleepers, inIo;
    private ScheduledExecutorService timers;
    private volatile boolean closed;
    /** A routine ended the program while main was running PHP code: main takes it at its next loop check. */
    private volatile boolean mainAbortPending;

    private record Join(Routine r, long tasksLeft) {}

    ParallelScheduler(Context ctx) {
        super(ctx);
        ctx.out.shareBetweenThreads();
    }

    @Override boolean closed() { return closed; }

    /** The routine of the calling thread (there is no baton holder: every routine runs). */
    @Override Routine me() { return Routine.current(this); }

    /** Every routine runs at once: each thread keeps its routine and context in thread-locals. */
    @Override boolean threadLocals() { return true; }

    // ---- routines

    /**
     * {@code go()}: the routine's thread starts now. {@code isolateHttpGlobals} is ignored: the
     * superglobals are context fields, which no switch swaps here.
     */
    @Override Routine spawn(Object body, Object[] args, boolean isolateHttpGlobals) {
        Routine r;
        Thread t;
        lock.lock();
        try {
            r = new Routine(nextId++, this, body, args, null);
            alive.put(r.id, r);
            if (closed) return r;
            r.state = State.RUNNING;
            running++;
            t = Thread.ofVirtual().name("phpgo-routine-" + r.id).unstarted(r::run);
            r.thread = t;
        } finally {
            lock.unlock();
        }
        t.start();
        return r;
    }

    @Override int aliveCount() {
        lock.lock();
        try {
            return alive.size();
        } finally {
            lock.unlock();
        }
    }

    @Override void exit(Routine r) {
        List<Routine> wake = new ArrayList<>();
        lock.lock();
        try {
            endLocked(r);
            if (closed) return;
            for (Iterator<Join> it = joins.iterator(); it.hasNext();) {
                Join j = it.next();
                if (joinHolds(j.r, j.tasksLeft)) {
                    it.remove();
                    if (wakeLocked(j.r)) wake.add(j.r);
                }
            }
            if (deadlockLocked()) wake.add(main);
        } finally {
            lock.unlock();
        }
        for (Routine w : wake) LockSupport.unpark(w.thread);
    }

    /**
     * A routine ends the program: main throws {@code e} where it blocks next (at once when it is
     * blocked now; a main still running PHP code sees it at its next blocking operation).
     */
    @Override void abortMain(Routine r, RuntimeException e) {
        boolean unpark = false;
        lock.lock();
        try {
            endLocked(r);
            if (closed) return;
            main.abort = e;
            unpark = wakeLocked(main);
            if (!unpark) {
                mainAbortPending = true;
                ctx.timeUp = true; // the flag generated code checks at every loop iteration
            }
        } finally {
            lock.unlock();
        }
        if (unpark) LockSupport.unpark(main.thread);
    }

    /**
     * The loop check's slow path ({@code TimeLimit.exceeded}): true when the flag was raised for a
     * routine's end of the program, not for the time limit. Main throws what ends the program; other
     * routines go on.
     */
    boolean interruptMain() {
        if (!mainAbortPending) return false;
        Routine me = me();
        if (me.isMain()) throwAbort(me);
        return true;
    }

    private void endLocked(Routine r) {
        if (r.state == State.RUNNING || r.state == State.READY) running--;
        r.state = State.DEAD;
        alive.remove(r.id);
    }

    // ---- blocking and waking

    @Override void block(Routine me, String reason) {
        me.thread = Thread.currentThread();
        boolean deadlock;
        lock.lock();
        try {
            if (me.state == State.READY) { // woken before it could park
                me.state = State.RUNNING;
                deadlock = false;
            } else {
                me.state = State.BLOCKED;
                me.reason = reason;
                running--;
                deadlock = deadlockLocked();
            }
        } finally {
            lock.unlock();
        }
        if (deadlock && !me.isMain()) LockSupport.unpark(main.thread);
        awaitRunning(me);
    }

    @Override void wake(Routine r) {
        boolean unpark;
        lock.lock();
        try {
            if (closed) return;
            unpark = wakeLocked(r);
        } finally {
            lock.unlock();
        }
        if (unpark) LockSupport.unpark(r.thread);
    }

    /** Under the lock: a blocked {@code r} runs again (true: unpark it); a running one keeps the wake for its next block. */
    private boolean wakeLocked(Routine r) {
        if (r.state == State.BLOCKED) {
            r.state = State.RUNNING;
            r.waitingOn = List.of();
            running++;
            return true;
        }
        if (r.state == State.RUNNING) r.state = State.READY;
        return false;
    }

    /** A routine's thread starts: it runs at once, with the context's fields as they are (none is its own). */
    @Override void awaitBaton(Routine me) {
        if (me.killed) throw new Routine.RoutineKilled();
    }

    /** Parks until a wake made {@code me} RUNNING; then what main was told to throw is thrown. */
    private void awaitRunning(Routine me) {
        while (true) {
            lock.lock();
            try {
                if (me.state != State.BLOCKED) break;
            } finally {
                lock.unlock();
            }
            if (me.killed) throw new Routine.RoutineKilled();
            LockSupport.park(this);
        }
        if (me.killed) throw new Routine.RoutineKilled();
        throwAbort(me);
    }

    /** Main throws what a routine ended the program with (a wake may have come before main blocked). */
    private void throwAbort(Routine me) {
        if (me.isMain() && mainAbortPending) {
            lock.lock();
            try {
                mainAbortPending = false;
                if (me.state == State.READY) me.state = State.RUNNING; // the wake abortMain left
            } finally {
                lock.unlock();
            }
            ctx.timeUp = false;
        }
        RuntimeException abort = me.abort;
        if (abort != null) {
            me.abort = null;
            if (abort == DEADLOCK) throw DeadlockReport.raise(this);
            throw abort;
        }
    }

    /** Under the lock, after a routine stopped running: main is told to raise the deadlock error when nothing can wake anyone. */
    private boolean deadlockLocked() {
        if (running > 0 || closed || main.state != State.BLOCKED || canWake()) return false;
        main.abort = DEADLOCK;
        main.state = State.RUNNING;
        running++;
        return true;
    }

    private boolean canWake() {
        if (sleepers > 0 || inIo > 0) return true;
        if (waitsOnTimer(main)) return true;
        for (Routine r : alive.values()) if (waitsOnTimer(r)) return true;
        return false;
    }

    /** {@code Runtime::gosched()}: every routine runs already; the carrier thread is offered to others. */
    @Override void gosched(Routine me) { Thread.yield(); }

    /** {@code Scheduler::run()}: routines run by themselves here; none was run by this call. */
    @Override long runReady(Routine me) {
        Thread.yield();
        return 0;
    }

    @Override void join(Routine me, long tasksLeft) {
        boolean wait;
        lock.lock();
        try {
            wait = !joinHolds(me, tasksLeft);
            if (wait) joins.add(new Join(me, tasksLeft));
        } finally {
            lock.unlock();
        }
        if (wait) block(me, "scheduler join");
        else throwAbort(me);
    }

    private boolean joinHolds(Routine r, long tasksLeft) {
        return alive.size() - (r.isMain() || r.state == State.DEAD ? 0 : 1) <= tasksLeft;
    }

    @Override void sleep(Routine me, long nanos) {
        if (nanos <= 0) return;
        lock.lock();
        try {
            sleepers++;
        } finally {
            lock.unlock();
        }
        timers().schedule(() -> {
            boolean unpark;
            lock.lock();
            try {
                sleepers--;
                if (closed) return;
                unpark = wakeLocked(me);
            } finally {
                lock.unlock();
            }
            if (unpark) LockSupport.unpark(me.thread);
        }, nanos, TimeUnit.NANOSECONDS);
        block(me, "sleep");
    }

    /** Runs on the timer thread, as a channel's {@code tryPush} from another routine would. */
    @Override void startTimer(Channel ch, long nanos, boolean repeat) {
        ch.timerAdded();
        Runnable task = () -> {
            ch.timerPush(StaticMethods.now());
            if (!repeat) ch.timerDone(); // after the push: its receiver is ready before the timer stops counting
        };
        long d = Math.max(1, nanos);
        if (repeat) timers().scheduleAtFixedRate(task, d, d, TimeUnit.NANOSECONDS);
        else timers().schedule(task, d, TimeUnit.NANOSECONDS);
    }

    private ScheduledExecutorService timers() {
        lock.lock();
        try {
            if (timers == null) timers = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("phpgo-timer").factory());
            return timers;
        } finally {
            lock.unlock();
        }
    }

    // ---- blocking sections (I/O): the routine only stops counting as running

    @Override void enterIo(Routine me) {
        lock.lock();
        try {
            if (me.state == State.RUNNING || me.state == State.READY) running--;
            me.state = State.IN_IO;
            inIo++;
        } finally {
            lock.unlock();
        }
    }

    @Override void leaveIo(Routine me) {
        lock.lock();
        try {
            inIo--;
            if (closed) throw new Routine.RoutineKilled();
            me.state = State.RUNNING;
            running++;
        } finally {
            lock.unlock();
        }
    }

    // ---- deadlock report and the end of the run

    @Override List<Routine> blockedRoutines() {
        lock.lock();
        try {
            List<Routine> out = new ArrayList<>();
            out.add(main);
            for (Routine r : alive.values()) if (r.state == State.BLOCKED) out.add(r);
            return out;
        } finally {
            lock.unlock();
        }
    }

    /**
     * The main script ended: blocked routines end where they are parked, routines in I/O when it
     * returns, routines still running PHP code at their next blocking operation; timers stop.
     */
    @Override void close() {
        List<Routine> left;
        lock.lock();
        try {
            if (closed) return;
            closed = true;
            left = new ArrayList<>(alive.values());
            if (timers != null) timers.shutdownNow();
        } finally {
            lock.unlock();
        }
        for (Routine r : left) {
            Thread t = r.thread;
            if (t == null) continue;
            r.killed = true;
            if (r.state == State.IN_IO) t.interrupt();
            else LockSupport.unpark(t);
        }
    }
}
