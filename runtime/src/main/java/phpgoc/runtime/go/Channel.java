package phpgoc.runtime.go;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A go channel, as Go's {@code hchan}: a buffer of at most {@link #capacity} values, a FIFO queue of
 * blocked receivers and one of blocked senders (each with its value), a closed flag, all under one
 * lock. Invariants (under the lock): the buffer is full or the sender queue holds no live waiter;
 * the buffer is empty or the receiver queue holds no live waiter; after close both queues hold no
 * live waiter, and the buffer only shrinks. Send order: closed? → hand the value to the first
 * waiting receiver → buffer → wait. Receive order: buffer head (a waiting sender's value refills the
 * tail) → the first waiting sender's value → closed → wait. Woken routines are woken after unlocking.
 */
final class Channel {
    /** What a receive returns on a closed, drained channel, and a send on a closed one. */
    static final Object CLOSED = new Object() { @Override public String toString() { return "CLOSED"; } };
    /** What a non-blocking receive returns when nothing is there. */
    static final Object EMPTY = new Object() { @Override public String toString() { return "EMPTY"; } };

    /** PHP's NULL in the buffer (an ArrayDeque holds no Java null). */
    private static final Object NULL = new Object();
    private static final AtomicLong IDS = new AtomicLong();

    /** The order channels are locked in when one select locks several. */
    final long id = IDS.incrementAndGet();
    final int capacity;
    /** Values are deep-copied on the way in ({@code 'copy' => true}); objects and resources are refused. */
    final boolean copy;
    final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Object> buffer;
    final ArrayDeque<Waiter> receivers = new ArrayDeque<>(), senders = new ArrayDeque<>();
    private volatile boolean closed;
    /** {@code after}/{@code tick} timers that will still push into this channel. */
    private final AtomicInteger timersPending = new AtomicInteger();

    Channel(int capacity) { this(capacity, false); }

    Channel(int capacity, boolean copy) {
        this.capacity = capacity;
        this.copy = copy;
        this.buffer = new ArrayDeque<>(Math.min(capacity, 64));
    }

    // ---- blocking operations of a routine

    /** {@code push}: true once a receiver or the buffer took {@code v}; {@link #CLOSED} when closed (also while waiting). */
    Object send(Routine me, Object v) {
        Waiter[] wake = new Waiter[1];
        Waiter mine = null;
        lock.lock();
        try {
            if (closed) return CLOSED;
            if (!offerLocked(v, wake)) {
                mine = new Waiter(me, this, true, v, null, 0);
                senders.add(mine);
            }
        } finally {
            lock.unlock();
        }
        if (mine == null) {
            wake(wake[0]);
            return Boolean.TRUE;
        }
        me.scheduler.block(me, "chan send");
        return mine.closed ? CLOSED : Boolean.TRUE;
    }

    /** {@code pop}: the next value; null when the channel is closed and drained (also while waiting). */
    Object receive(Routine me) {
        Waiter[] wake = new Waiter[1];
        Waiter mine = null;
        Object v;
        lock.lock();
        try {
            v = pollLocked(wake);
            if (v == EMPTY) {
                mine = new Waiter(me, this, false, null, null, 0);
                me.waitingOn = List.of(this);
                receivers.add(mine);
            }
        } finally {
            lock.unlock();
        }
        if (mine == null) {
            wake(wake[0]);
            return v == CLOSED ? null : v;
        }
        me.scheduler.block(me, "chan receive");
        return mine.value;
    }

    /** {@code tryPush}: true when taken, false when it would block, {@link #CLOSED} when closed. */
    Object trySend(Object v) {
        Waiter[] wake = new Waiter[1];
        boolean ok;
        lock.lock();
        try {
            if (closed) return CLOSED;
            ok = offerLocked(v, wake);
        } finally {
            lock.unlock();
        }
        wake(wake[0]);
        return ok;
    }

    /** {@code tryPop}: the value, {@link #EMPTY} when it would block, {@link #CLOSED} when closed and drained. */
    Object tryReceive() {
        Waiter[] wake = new Waiter[1];
        Object v;
        lock.lock();
        try {
            v = pollLocked(wake);
        } finally {
            lock.unlock();
        }
        wake(wake[0]);
        return v;
    }

    /** {@code close}: false when already closed; else wakes every waiting receiver (null), then every waiting sender. */
    boolean close() {
        List<Waiter> woken = new ArrayList<>();
        lock.lock();
        try {
            if (closed) return false;
            closed = true;
            for (Waiter w; (w = receivers.poll()) != null;) {
                if (!w.claim()) continue;
                w.value = null;
                w.closed = true;
                woken.add(w);
            }
            for (Waiter w; (w = senders.poll()) != null;) {
                // a select's send case is never ready on a closed channel: that select goes on waiting on its other cases
                if (w.select != null) continue;
                w.closed = true;
                woken.add(w);
            }
        } finally {
            lock.unlock();
        }
        for (Waiter w : woken) wake(w);
        return true;
    }

    /** A timer's push ({@code Time::after}/{@code tick}): as {@code tryPush}, dropped when full or closed. */
    void timerPush(Object v) {
        Waiter[] wake = new Waiter[1];
        lock.lock();
        try {
            if (!closed) offerLocked(v, wake);
        } finally {
            lock.unlock();
        }
        wake(wake[0]);
    }

    void timerAdded() { timersPending.incrementAndGet(); }

    void timerDone() { timersPending.decrementAndGet(); }

    boolean timerPending() { return timersPending.get() > 0; }

    int length() {
        lock.lock();
        try {
            return buffer.size();
        } finally {
            lock.unlock();
        }
    }

    boolean isClosed() { return closed; }

    // ---- under the lock (also used by select, which holds several channels' locks)

    /** Hands {@code v} to the first live receiver (into {@code wake[0]}) or the buffer; false when it would block. */
    boolean offerLocked(Object v, Waiter[] wake) {
        Waiter r = dequeue(receivers);
        if (r != null) {
            r.value = v;
            wake[0] = r;
            return true;
        }
        if (buffer.size() < capacity) {
            buffer.add(v == null ? NULL : v);
            return true;
        }
        return false;
    }

    /** Takes the next value (a sender to wake into {@code wake[0]}); {@link #EMPTY} when it would block, {@link #CLOSED} when closed and drained. */
    Object pollLocked(Waiter[] wake) {
        if (!buffer.isEmpty()) {
            Object v = buffer.poll();
            Waiter s = dequeue(senders);
            if (s != null) {
                buffer.add(s.value == null ? NULL : s.value);
                wake[0] = s;
            }
            return v == NULL ? null : v;
        }
        Waiter s = dequeue(senders);
        if (s != null) {
            wake[0] = s;
            return s.value;
        }
        return closed ? CLOSED : EMPTY;
    }

    /** Whether a send would complete now (for select's readiness). */
    boolean canSendLocked() { return !closed && (buffer.size() < capacity || liveHead(receivers) != null); }

    /** Whether a receive would complete now, a closed channel included. */
    boolean canReceiveLocked() { return closed || !buffer.isEmpty() || liveHead(senders) != null; }

    /** The first waiter that can be completed, claimed and removed; stale select waiters on the way are dropped. */
    private static Waiter dequeue(ArrayDeque<Waiter> q) {
        for (Waiter w; (w = q.poll()) != null;) if (w.claim()) return w;
        return null;
    }

    private static Waiter liveHead(ArrayDeque<Waiter> q) {
        for (Waiter w; (w = q.peek()) != null; q.poll()) if (!w.stale()) return w;
        return null;
    }

    private static void wake(Waiter w) {
        if (w != null) w.routine.scheduler.wake(w.routine);
    }
}
