package phpgoc.runtime.go;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import phpgoc.runtime.Context;

/** A context whose scheduler the test thread runs as main, with a log the routines write to. */
final class GoTestRun implements AutoCloseable {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final Context ctx = new Context(Path.of("/t.php"), out, null);
    final RoutineScheduler s;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final Context prev;

    GoTestRun() {
        prev = ctx.enter();
        s = RoutineScheduler.of(ctx);
    }

    Routine main() { return s.main; }

    /** The routine the calling thread runs as. */
    Routine me() { return s.me(); }

    Routine go(Runnable body) { return s.spawn(body); }

    void log(String entry) { log.add(entry); }

    @Override public void close() {
        s.close();
        Context.restore(prev);
    }
}
