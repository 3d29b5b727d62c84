package phpgoc.runtime.go;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code go\WaitGroup}: a counter; when it reaches 0 (or below) every waiter wakes, in the order they
 * began to wait; {@code wait()} returns at once unless the counter is above 0.
 */
final class GoWaitGroup {
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Routine> waiters = new ArrayDeque<>();
    private long counter;

    long add(long delta) {
        List<Routine> woken = null;
        long c;
        lock.lock();
        try {
            c = counter += delta;
            if (c <= 0 && !waiters.isEmpty()) {
                woken = new ArrayList<>(waiters);
                waiters.clear();
            }
        } finally {
            lock.unlock();
        }
        if (woken != null) for (Routine r : woken) r.scheduler.wake(r);
        return c;
    }

    long count() {
        lock.lock();
        try {
            return counter;
        } finally {
            lock.unlock();
        }
    }

    /** Returns at once when the counter is 0, else blocks until it reaches 0. */
    void await(Routine me) {
        lock.lock();
        try {
            if (counter <= 0) return;
            waiters.add(me);
        } finally {
            lock.unlock();
        }
        me.scheduler.block(me, "waitgroup wait");
    }
}
