package phpgoc.runtime.go;

import java.util.concurrent.atomic.AtomicReference;

/**
 * A routine waiting in a channel's receiver or sender queue (Go's {@code sudog}): the value it sends
 * or the value handed to it, and whether the channel was closed instead. The waiters of one blocked
 * {@code select} share a {@link SelectToken}: the first counterpart to claim it completes that case,
 * and the select's other waiters become stale (skipped by whoever meets them, removed by the select).
 */
final class Waiter {
    final Routine routine;
    final Channel channel;
    final boolean send;
    /** A sender's value; a receiver's received value once completed. */
    Object value;
    /** Completed by {@code close()} rather than by a counterpart. */
    boolean closed;
    /** Shared by the waiters of one select (null for a plain push/pop), and this waiter's case index. */
    final SelectToken select;
    final int caseIndex;

    Waiter(Routine routine, Channel channel, boolean send, Object value, SelectToken select, int caseIndex) {
        this.routine = routine;
        this.channel = channel;
        this.send = send;
        this.value = value;
        this.select = select;
        this.caseIndex = caseIndex;
    }

    /** Whether a counterpart may complete this waiter now; for a select waiter this claims the whole select. */
    boolean claim() { return select == null || select.fired.compareAndSet(null, this); }

    /** A select waiter whose select was completed through another case. */
    boolean stale() { return select != null && select.fired.get() != null; }

    /** The one-shot "done" flag of a blocked select: which waiter completed it. */
    static final class SelectToken {
        final AtomicReference<Waiter> fired = new AtomicReference<>();
    }
}
