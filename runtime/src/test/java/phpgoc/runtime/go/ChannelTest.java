package phpgoc.runtime.go;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelTest {
    @Test void unbuffered_handsValuesOverInScheduleOrder() {
        try (GoTestRun t = new GoTestRun()) {
            Channel ch = new Channel(0);
            t.go(() -> {
                for (int i = 0; i < 3; i++) {
                    ch.send(t.me(), (long) i);
                    t.log("sent " + i);
                }
                ch.close();
            });
            Object v;
            while ((v = ch.receive(t.me())) != null) t.log("got " + v);
            // a wake never switches: the sender goes on until it blocks on its next send
            assertEquals(List.of("sent 0", "got 0", "got 1", "sent 1", "sent 2", "got 2"), t.log);
        }
    }

    @Test void buffered_fillsThenBlocksSender() {
        try (GoTestRun t = new GoTestRun()) {
            Channel ch = new Channel(2);
            t.go(() -> {
                for (int i = 0; i < 4; i++) {
                    ch.send(t.me(), (long) i);
                    t.log("sent " + i);
                }
            });
            t.s.gosched(t.me());
            assertEquals(List.of("sent 0", "sent 1"), t.log);
            assertEquals(2, ch.length());
            assertEquals(0L, ch.receive(t.me())); // the blocked sender's value moves into the buffer
            assertEquals(2, ch.length());
            assertEquals(1L, ch.receive(t.me()));
            assertEquals(2L, ch.receive(t.me()));
            t.s.join(t.me(), 0);
            assertEquals(3L, ch.receive(t.me()));
            assertEquals(List.of("sent 0", "sent 1", "sent 2", "sent 3"), t.log);
        }
    }

    @Test void tryOps_neverBlock() {
        try (GoTestRun t = new GoTestRun()) {
            Channel ch = new Channel(1);
            assertSame(Channel.EMPTY, ch.tryReceive());
            assertEquals(true, ch.trySend("x"));
            assertEquals(false, ch.trySend("y"));
            assertEquals("x", ch.tryReceive());
            Channel rendezvous = new Channel(0);
            assertEquals(false, rendezvous.trySend("z")); // nobody waits
            assertTrue(ch.close());
            assertFalse(ch.close());
            assertSame(Channel.CLOSED, ch.trySend("w"));
            assertSame(Channel.CLOSED, ch.tryReceive());
        }
    }

    @Test void close_keepsBufferedValuesAndWakesEveryWaiter() {
        try (GoTestRun t = new GoTestRun()) {
            Channel ch = new Channel(0);
            Channel full = new Channel(1);
            full.trySend("kept");
            for (int i = 0; i < 2; i++) {
                int n = i;
                t.go(() -> t.log("r" + n + " " + ch.receive(t.me())));
            }
            t.go(() -> t.log("s " + (ch.send(t.me(), "v") == Channel.CLOSED ? "closed" : "sent")));
            t.s.gosched(t.me());
            // both receivers waited; the sender handed "v" to the first and ended
            assertEquals(List.of("s sent"), t.log);
            ch.close();
            full.close();
            t.s.join(t.me(), 0);
            assertEquals(List.of("s sent", "r0 v", "r1 null"), t.log);
            assertEquals("kept", full.receive(t.me()));
            assertNull(full.receive(t.me()));
        }
    }

    @Test void close_wakesBlockedSenders() {
        try (GoTestRun t = new GoTestRun()) {
            Channel ch = new Channel(0);
            t.go(() -> t.log(ch.send(t.me(), 1L) == Channel.CLOSED ? "closed" : "sent"));
            t.s.gosched(t.me());
            ch.close();
            t.s.join(t.me(), 0);
            assertEquals(List.of("closed"), t.log);
        }
    }
}
