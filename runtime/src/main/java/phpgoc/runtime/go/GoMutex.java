package phpgoc.runtime.go;

import java.util.ArrayDeque;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code go\Mutex}: recursive for its owner (owner + count), waiters served FIFO; an unlock that
 * brings the count to 0 hands the mutex to the first waiter. A mutex created locked has a count of
 * 1 and no owner: the first unlock, from any routine, frees it.
 */
final class GoMutex {
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Routine> waiters = new ArrayDeque<>();
    private Routine owner;
    private int count;

    GoMutex(boolean signaled) { count = signaled ? 0 : 1; }

    void lock(Routine me) {
        lock.lock();
        try {
            if (!tryLockLocked(me)) waiters.add(me);
            else return;
        } finally {
            lock.unlock();
        }
        me.scheduler.block(me, "mutex lock"); // the unlock that woke us made us the owner
    }

    boolean tryLock(Routine me) {
        lock.lock();
        try {
            return tryLockLocked(me);
        } finally {
            lock.unlock();
        }
    }

    private boolean tryLockLocked(Routine me) {
        if (count == 0) {
            owner = me;
            count = 1;
            return true;
        }
        if (owner == me) {
            count++;
            return true;
        }
        return false;
    }

    void unlock() {
        Routine next;
        lock.lock();
        try {
            if (count == 0) return;
            if (--count > 0) return;
            next = waiters.poll();
            owner = next;
            if (next != null) count = 1;
        } finally {
            lock.unlock();
        }
        if (next != null) next.scheduler.wake(next);
    }

    boolean isLocked() {
        lock.lock();
        try {
            return count > 0;
        } finally {
            lock.unlock();
        }
    }
}
