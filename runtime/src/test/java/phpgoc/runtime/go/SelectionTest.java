package phpgoc.runtime.go;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private static Selection.Case recv(Channel c) { return new Selection.Case(c, false, null); }

    @Test void readyCase_isChosenByTheRandomSource() {
        try (GoTestRun t = new GoTestRun()) {
            Channel a = new Channel(1), b = new Channel(1);
            a.trySend("a");
            b.trySend("b");
            Selection.Result r = Selection.select(t.me(), new Selection.Case[] {recv(a), recv(b)}, false, n -> n - 1);
            assertEquals(1, r.index());
            assertEquals("b", r.value());
            r = Selection.select(t.me(), new Selection.Case[] {recv(a), recv(b)}, false, n -> 0);
            assertEquals(0, r.index());
            assertEquals("a", r.value());
        }
    }

    @Test void noneReady_runsDefault() {
        try (GoTestRun t = new GoTestRun()) {
            Channel a = new Channel(0);
            assertSame(Selection.DEFAULT, Selection.select(t.me(), new Selection.Case[] {recv(a)}, true, n -> 0));
            // a send on a closed channel is never ready; a receive on it is (null)
            Channel closed = new Channel(0);
            closed.close();
            Selection.Case send = new Selection.Case(closed, true, "x");
            assertSame(Selection.DEFAULT, Selection.select(t.me(), new Selection.Case[] {send}, true, n -> 0));
            Selection.Result r = Selection.select(t.me(), new Selection.Case[] {recv(closed)}, true, n -> 0);
            assertEquals(0, r.index());
            assertNull(r.value());
        }
    }

    @Test void blocked_isCompletedByTheFirstCounterpartAndLeavesTheOtherQueues() {
        try (GoTestRun t = new GoTestRun()) {
            Channel a = new Channel(0), b = new Channel(0), out = new Channel(0);
            t.go(() -> t.log("sent b: " + b.send(t.me(), "vb")));
            t.go(() -> t.log("sent out: " + out.trySend("x")));
            Selection.Result r = Selection.select(t.me(),
                    new Selection.Case[] {recv(a), recv(b), new Selection.Case(out, true, "o")}, false, n -> 0);
            assertEquals(1, r.index());
            assertEquals("vb", r.value());
            assertEquals(0, a.receivers.size());
            assertEquals(0, out.senders.size());
            t.s.join(t.me(), 0);
            assertEquals(List.of("sent b: true", "sent out: false"), t.log);
        }
    }

    @Test void blockedSend_completesWhenAReceiverComes() {
        try (GoTestRun t = new GoTestRun()) {
            Channel c = new Channel(0);
            t.go(() -> t.log("got " + c.receive(t.me())));
            Selection.Result r = Selection.select(t.me(), new Selection.Case[] {new Selection.Case(c, true, "v")}, false, n -> 0);
            assertEquals(0, r.index());
            assertEquals("v", r.value());
            t.s.join(t.me(), 0);
            assertEquals(List.of("got v"), t.log);
        }
    }
}
