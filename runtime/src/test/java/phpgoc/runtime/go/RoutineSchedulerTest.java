package phpgoc.runtime.go;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import phpgoc.runtime.FatalError;

class RoutineSchedulerTest {
    @Test void routines_startInCreationOrderWhenMainBlocks() {
        try (GoTestRun t = new GoTestRun()) {
            for (int i = 1; i <= 3; i++) {
                int n = i;
                t.go(() -> {
                    t.log("start " + n + " as " + t.me().id);
                    t.s.gosched(t.me());
                    t.log("end " + n);
                });
            }
            t.log("main");
            assertEquals(3, t.s.aliveCount());
            t.s.join(t.me(), 0);
            assertEquals(List.of("main", "start 1 as 1", "start 2 as 2", "start 3 as 3", "end 1", "end 2", "end 3"), t.log);
            assertEquals(0, t.s.aliveCount());
        }
    }

    @Test void run_returnsHowManyRunsItTook() {
        try (GoTestRun t = new GoTestRun()) {
            Channel c = new Channel(0);
            t.go(() -> c.receive(t.me()));
            t.go(() -> {});
            assertEquals(2, t.s.runReady(t.me()));
            assertEquals(0, t.s.runReady(t.me()));
            c.trySend("x");
            assertEquals(1, t.s.runReady(t.me()));
        }
    }

    @Test void join_waitsUntilAtMostTasksLeft() {
        try (GoTestRun t = new GoTestRun()) {
            Channel c = new Channel(0);
            t.go(() -> c.receive(t.me()));
            t.go(() -> t.log("short"));
            t.s.join(t.me(), 1);
            assertEquals(List.of("short"), t.log);
            assertEquals(1, t.s.aliveCount());
            c.trySend(1L);
            t.s.join(t.me(), 0);
        }
    }

    @Test void sleep_wakesInDeadlineOrder() {
        try (GoTestRun t = new GoTestRun()) {
            t.go(() -> {
                t.s.sleep(t.me(), 30_000_000);
                t.log("30ms");
            });
            t.go(() -> {
                t.s.sleep(t.me(), 10_000_000);
                t.log("10ms");
            });
            t.s.join(t.me(), 0);
            assertEquals(List.of("10ms", "30ms"), t.log);
        }
    }

    @Test void deadlock_isRaisedInMainWithTheBlockedRoutines() {
        try (GoTestRun t = new GoTestRun()) {
            Channel c = new Channel(0);
            t.go(() -> c.receive(t.me()));
            FatalError e = assertThrows(FatalError.class, () -> t.s.join(t.me(), 0));
            assertEquals(DeadlockReport.MESSAGE, e.getMessage());
            assertTrue(e.printed);
            t.ctx.out.flushAll();
            String out = t.out.toString();
            assertTrue(out.contains("goroutine 0 [scheduler join]:\ngoroutine 1 [chan receive]:\n"), out);
        }
    }

    @Test void blockingSection_letsOthersRunAndCountsAsPendingIo() throws Exception {
        try (GoTestRun t = new GoTestRun()) {
            Channel c = new Channel(0);
            t.go(() -> {
                Blocking.run(t.ctx, () -> {
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                t.log("io done");
                c.trySend("late");
            });
            t.go(() -> t.log("other ran"));
            // main waits on a channel only the routine in I/O will fill: no deadlock
            assertEquals("late", c.receive(t.me()));
            assertEquals(List.of("other ran", "io done"), t.log);
        }
    }

    @Test void close_endsBlockedRoutinesWithoutRunningThem() {
        GoTestRun t = new GoTestRun();
        Channel c = new Channel(0);
        Routine r = t.go(() -> {
            c.receive(t.me());
            t.log("must not run");
        });
        t.s.gosched(t.me());
        t.close();
        assertEquals(List.of(), t.log);
        assertEquals(Routine.State.BLOCKED, r.state);
    }
}
