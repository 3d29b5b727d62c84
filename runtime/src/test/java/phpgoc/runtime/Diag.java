package phpgoc.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A current Context whose diagnostics tests can read ("Warning: msg" lines, file/line stripped). */
final class Diag implements AutoCloseable {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Context ctx = new Context(Path.of("test.php"), bytes, null);
    private final Context prev = ctx.enter();

    /** The diagnostics printed so far, one "Label: message" per line, and clears them. */
    String take() {
        ctx.out.flushAll();
        String s = bytes.toString(StandardCharsets.ISO_8859_1);
        bytes.reset();
        return s.replace(" in Unknown on line 0", "").strip();
    }

    @Override public void close() { Context.restore(prev); }
}
