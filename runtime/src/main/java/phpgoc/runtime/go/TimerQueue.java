package phpgoc.runtime.go;

import java.util.ArrayDeque;
import java.util.PriorityQueue;

/**
 * The pending timers of a {@link RoutineScheduler} (default mode), earliest deadline first, ties in
 * order of creation (docs/go.md "Timers"). Used under the scheduler's lock only.
 *
 * <p>Two structures: timers added with a deadline not before the last one added in order go to a
 * FIFO deque (O(1) both ways: the usual case, many sleeps of one duration); the others to a heap.
 * The earliest timer is the earlier of the two heads.
 */
final class TimerQueue {
    /**
     * A pending timer: a sleeping {@link Routine} (its own node, no object per {@code Time::sleep}:
     * a million sleepers) or the {@link ChannelTimer} of an after/tick channel.
     */
    abstract static class Timer {
        /** {@link System#nanoTime()} at which it fires. */
        long deadline;
        /** Creation order: breaks ties between equal deadlines (a tick keeps its own when re-added). */
        long seq;
    }

    /** The timer of an after/tick channel. */
    static final class ChannelTimer extends Timer {
        final Channel channel;
        /** A tick's interval; 0 for a one-shot timer. */
        final long period;

        ChannelTimer(long deadline, Channel channel, long period) {
            this.deadline = deadline;
            this.channel = channel;
            this.period = period;
        }
    }

    private final ArrayDeque<Timer> inOrder = new ArrayDeque<>();
    private final PriorityQueue<Timer> others = new PriorityQueue<>(TimerQueue::compare);
    private long lastSeq;

    private static int compare(Timer a, Timer b) {
        long d = a.deadline - b.deadline; // nanoTime values: compared by difference
        if (d != 0) return d < 0 ? -1 : 1;
        return Long.compare(a.seq, b.seq);
    }

    /** A new timer. */
    void add(Timer t) {
        t.seq = ++lastSeq;
        insert(t);
    }

    /** A tick again, with its next deadline and its own creation order. */
    void readd(Timer t) { insert(t); }

    private void insert(Timer t) {
        Timer last = inOrder.peekLast();
        if (last == null || compare(last, t) < 0) inOrder.addLast(t);
        else others.add(t);
    }

    boolean isEmpty() { return inOrder.isEmpty() && others.isEmpty(); }

    /** The earliest timer, null when none. */
    Timer peek() {
        Timer a = inOrder.peekFirst(), b = others.peek();
        if (a == null) return b;
        if (b == null) return a;
        return compare(a, b) <= 0 ? a : b;
    }

    /** Removes and returns the earliest timer when its deadline is not after {@code now}; else null. */
    Timer pollDue(long now) {
        Timer t = peek();
        if (t == null || t.deadline - now > 0) return null;
        if (t == inOrder.peekFirst()) inOrder.pollFirst();
        else others.poll();
        return t;
    }

    void clear() {
        inOrder.clear();
        others.clear();
    }
}
