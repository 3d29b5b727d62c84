package phpgoc.runtime.go;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import phpgoc.runtime.Context;
import phpgoc.runtime.FatalError;

/** {@link ParallelScheduler}: channels, select, mutexes and wait groups with routines running at once. */
class ParallelSchedulerTest {
    /** A parallel-mode context whose scheduler the test thread runs as main. */
    private static final class Run implements AutoCloseable {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        final Context ctx = new Context(Path.of("/t.php"), out, null);
        final RoutineScheduler s;
        private final Context prev;

        Run() {
            ctx.parallelRoutines = true;
            prev = ctx.enter();
            s = RoutineScheduler.of(ctx);
        }

        Routine me() { return s.me(); }

        Routine go(Runnable body) { return s.spawn(body); }

        @Override public void close() {
            s.close();
            Context.restore(prev);
        }
    }

    private static final int PRODUCERS = 4, CONSUMERS = 4, PER_PRODUCER = 125_000; // 500,000 sends + 500,000 receives

    @Test void select_manyProducersAndConsumers_loseAndDuplicateNothing() {
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            try (Run t = new Run()) {
                assertInstanceOf(ParallelScheduler.class, t.s);
                Channel[] chans = {new Channel(0), new Channel(1), new Channel(16), new Channel(64)};
                int total = PRODUCERS * PER_PRODUCER;
                AtomicIntegerArray seen = new AtomicIntegerArray(total);
                AtomicLong sum = new AtomicLong();
                AtomicInteger count = new AtomicInteger();
                GoWaitGroup producers = new GoWaitGroup();
                producers.add(PRODUCERS);
                for (int p = 0; p < PRODUCERS; p++) {
                    int base = p * PER_PRODUCER;
                    t.go(() -> {
                        Routine me = t.me();
                        for (int i = 0; i < PER_PRODUCER; i++) {
                            Long v = (long) (base + i);
                            Selection.Case[] cases = new Selection.Case[chans.length];
                            for (int k = 0; k < chans.length; k++) cases[k] = new Selection.Case(chans[k], true, v);
                            Selection.select(me, cases, false, n -> ThreadLocalRandom.current().nextInt(n));
                        }
                        producers.add(-1);
                    });
                }
                for (int c = 0; c < CONSUMERS; c++) {
                    t.go(() -> {
                        Routine me = t.me();
                        List<Channel> open = new ArrayList<>(List.of(chans));
                        long mySum = 0;
                        int myCount = 0;
                        while (!open.isEmpty()) {
                            Selection.Case[] cases = new Selection.Case[open.size()];
                            for (int k = 0; k < cases.length; k++) cases[k] = new Selection.Case(open.get(k), false, null);
                            Selection.Result r = Selection.select(me, cases, false, n -> ThreadLocalRandom.current().nextInt(n));
                            if (r.value() == null) { // closed and drained
                                open.remove(r.index());
                                continue;
                            }
                            long v = (Long) r.value();
                            seen.incrementAndGet((int) v);
                            mySum += v;
                            myCount++;
                        }
                        sum.addAndGet(mySum);
                        count.addAndGet(myCount);
                    });
                }
                producers.await(t.me());
                for (Channel ch : chans) ch.close();
                t.s.join(t.me(), 0);
                assertEquals(total, count.get());
                assertEquals((long) total * (total - 1) / 2, sum.get());
                for (int i = 0; i < total; i++) if (seen.get(i) != 1) throw new AssertionError("value " + i + " received " + seen.get(i) + " times");
                assertEquals(0, t.s.aliveCount());
            }
        });
    }

    @Test void mutex_serialisesIncrementsOfRoutinesRunningAtOnce() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Run t = new Run()) {
                GoMutex m = new GoMutex(true);
                long[] counter = {0};
                int routines = 8, each = 20_000;
                for (int r = 0; r < routines; r++) {
                    t.go(() -> {
                        Routine me = t.me();
                        for (int i = 0; i < each; i++) {
                            m.lock(me);
                            m.lock(me); // recursive for the owner
                            counter[0]++;
                            m.unlock();
                            m.unlock();
                        }
                    });
                }
                t.s.join(t.me(), 0);
                m.lock(t.me());
                assertEquals((long) routines * each, counter[0]);
                m.unlock();
            }
        });
    }

    @Test void waitGroup_waitsForEveryWorker() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Run t = new Run()) {
                for (int round = 0; round < 200; round++) {
                    GoWaitGroup wg = new GoWaitGroup();
                    AtomicInteger done = new AtomicInteger();
                    int workers = 16;
                    wg.add(workers);
                    for (int w = 0; w < workers; w++) {
                        t.go(() -> {
                            done.incrementAndGet();
                            wg.add(-1);
                        });
                    }
                    wg.await(t.me());
                    assertEquals(workers, done.get());
                }
                t.s.join(t.me(), 0);
                assertEquals(0, t.s.aliveCount());
            }
        });
    }

    @Test void deadlock_isStillFoundWhenEveryRoutineBlocks() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Run t = new Run()) {
                Channel c = new Channel(0);
                GoMutex m = new GoMutex(false);
                t.go(() -> c.receive(t.me()));
                t.go(() -> m.lock(t.me()));
                FatalError e = assertThrows(FatalError.class, () -> t.s.join(t.me(), 0));
                assertEquals(DeadlockReport.MESSAGE, e.getMessage());
                t.ctx.out.flushAll();
                String out = t.out.toString();
                assertTrue(out.contains("goroutine 0 [scheduler join]:\n"), out);
                assertTrue(out.contains("goroutine 1 [chan receive]:\n") && out.contains("goroutine 2 [mutex lock]:\n"), out);
            }
        });
    }

    @Test void sleep_timersWakeRoutinesAndNoDeadlockIsReported() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Run t = new Run()) {
                Channel c = new Channel(0);
                t.go(() -> {
                    t.s.sleep(t.me(), 20_000_000);
                    c.send(t.me(), "woke");
                });
                assertEquals("woke", c.receive(t.me()));
            }
        });
    }

    @Test void programEnd_reachesAMainRunningPhpCodeAtItsNextLoopCheck() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            try (Run t = new Run()) {
                RuntimeException end = new RuntimeException("quit");
                t.go(() -> {
                    throw new Routine.ProgramEnd(end);
                });
                RuntimeException got = assertThrows(RuntimeException.class, () -> {
                    while (true) { // what generated code does at every loop iteration
                        if (t.ctx.timeUp && !GoFunctions.interruptedByRoutine(t.ctx)) throw new AssertionError("time limit");
                        Thread.onSpinWait();
                    }
                });
                assertSame(end, got);
                assertFalse(t.ctx.timeUp);
            }
        });
    }
}
