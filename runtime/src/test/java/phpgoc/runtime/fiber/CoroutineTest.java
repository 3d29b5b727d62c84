package phpgoc.runtime.fiber;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CoroutineTest {
    @Test void valuesGoBothWays() {
        AtomicReference<Coroutine> self = new AtomicReference<>();
        Coroutine c = new Coroutine("t", first -> {
            Object a = self.get().suspend("got " + first);
            Object b = self.get().suspend("got " + a);
            return "end " + b;
        });
        self.set(c);
        assertEquals(Coroutine.State.NEW, c.state());
        assertEquals("got 1", c.resume(1));
        assertEquals(Coroutine.State.SUSPENDED, c.state());
        assertEquals("got 2", c.resume(2));
        assertEquals("end 3", c.resume(3));
        assertEquals(Coroutine.State.DONE, c.state());
        assertThrows(IllegalStateException.class, () -> c.resume(4));
    }

    @Test void onlyOneSideRunsAtATime() {
        List<String> log = new ArrayList<>();
        AtomicReference<Coroutine> self = new AtomicReference<>();
        Coroutine c = new Coroutine("t", first -> {
            for (int i = 0; i < 3; i++) {
                log.add("body" + i);
                self.get().suspend(null);
            }
            return null;
        });
        self.set(c);
        for (int i = 0; i < 4; i++) {
            c.resume(null);
            log.add("main" + i);
        }
        assertEquals(List.of("body0", "main0", "body1", "main1", "body2", "main2", "main3"), log);
    }

    @Test void bodyRunsOnItsOwnVirtualThreadAndSeesTheResumer() {
        AtomicReference<Coroutine> self = new AtomicReference<>();
        AtomicReference<Thread> resumer = new AtomicReference<>();
        Coroutine c = new Coroutine("t", first -> {
            resumer.set(self.get().resumer());
            return Thread.currentThread();
        });
        self.set(c);
        Thread body = (Thread) c.resume(null);
        assertTrue(body.isVirtual());
        assertSame(Thread.currentThread(), resumer.get());
        assertNull(c.resumer());
    }

    @Test void exceptionsPropagateToTheResumer() {
        Coroutine c = new Coroutine("t", first -> { throw new IllegalArgumentException("boom"); });
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> c.resume(null));
        assertEquals("boom", e.getMessage());
        assertEquals(Coroutine.State.DONE, c.state());
    }

    @Test void resumeThrowingThrowsAtTheSuspendPoint() {
        AtomicReference<Coroutine> self = new AtomicReference<>();
        Coroutine c = new Coroutine("t", first -> {
            try {
                self.get().suspend(null);
                return "no";
            } catch (IllegalStateException e) {
                return "caught " + e.getMessage();
            }
        });
        self.set(c);
        c.resume(null);
        assertEquals("caught x", c.resumeThrowing(new IllegalStateException("x")));
    }

    @Test void killEndsTheThreadRunningOnlyJavaFinallyBlocks() throws InterruptedException {
        AtomicReference<Coroutine> self = new AtomicReference<>();
        AtomicInteger finallies = new AtomicInteger();
        Coroutine c = new Coroutine("t", first -> {
            try {
                self.get().suspend(null);
            } catch (RuntimeException e) {
                return "must not catch";
            } finally {
                finallies.incrementAndGet();
            }
            return "not reached";
        });
        self.set(c);
        c.resume(null);
        Thread t = c.thread();
        c.kill();
        t.join(5000);
        assertFalse(t.isAlive());
        assertEquals(1, finallies.get());
        assertEquals(Coroutine.State.DONE, c.state());
    }

    @Test void suspendFromAnotherThreadIsRefused() {
        Coroutine c = new Coroutine("t", first -> null);
        assertThrows(IllegalStateException.class, () -> c.suspend(null));
    }

    @Test void nestedCoroutines() {
        AtomicReference<Coroutine> outer = new AtomicReference<>(), inner = new AtomicReference<>();
        inner.set(new Coroutine("in", first -> inner.get().suspend("in1") + "!"));
        outer.set(new Coroutine("out", first -> {
            Object a = inner.get().resume(null);
            Object b = outer.get().suspend(a);
            return inner.get().resume(b);
        }));
        assertEquals("in1", outer.get().resume(null));
        assertEquals("x!", outer.get().resume("x"));
        assertEquals(Coroutine.State.DONE, inner.get().state());
    }
}
