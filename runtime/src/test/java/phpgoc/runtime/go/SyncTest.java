package phpgoc.runtime.go;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link GoMutex} and {@link GoWaitGroup}. */
class SyncTest {
    @Test void mutex_isRecursiveAndHandsOverFifo() {
        try (GoTestRun t = new GoTestRun()) {
            GoMutex m = new GoMutex(true);
            m.lock(t.me());
            m.lock(t.me());
            for (int i = 1; i <= 2; i++) {
                int n = i;
                t.go(() -> {
                    m.lock(t.me());
                    t.log("locked " + n);
                    m.unlock();
                });
            }
            t.s.gosched(t.me()); // both wait
            assertFalse(m.tryLock(t.go(() -> {})));
            m.unlock();
            assertTrue(m.isLocked());
            m.unlock(); // goes to routine 1
            assertTrue(m.isLocked());
            t.s.join(t.me(), 0);
            assertEquals(List.of("locked 1", "locked 2"), t.log);
            assertFalse(m.isLocked());
        }
    }

    @Test void mutex_createdLocked_isFreedByAnyUnlock() {
        try (GoTestRun t = new GoTestRun()) {
            GoMutex m = new GoMutex(false);
            assertTrue(m.isLocked());
            assertFalse(m.tryLock(t.me()));
            t.go(m::unlock);
            m.lock(t.me());
            assertTrue(m.isLocked());
        }
    }

    @Test void waitGroup_wakesWaitersAtZero() {
        try (GoTestRun t = new GoTestRun()) {
            GoWaitGroup wg = new GoWaitGroup();
            wg.await(t.me()); // 0: no wait
            assertEquals(2, wg.add(2));
            t.go(() -> {
                wg.await(t.me());
                t.log("waiter");
            });
            t.go(() -> {
                t.log("done " + wg.add(-1));
                t.log("done " + wg.add(-1));
            });
            wg.await(t.me());
            t.log("main");
            t.s.join(t.me(), 0);
            assertEquals(List.of("done 1", "done 0", "main", "waiter"), t.log); // woken in the order they began to wait
        }
    }
}
