package phpgoc.runtime.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpFunction;
import phpgoc.runtime.ext.Builtins;

/**
 * Runs builtins the way a dynamic PHP call does ({@link Builtins#function}) in a fresh context and
 * renders what php would show: the printed output, then "=> " and the var_dump of the result, or
 * "EXC Class: message" for a thrown PHP error. Diagnostics print without file and line.
 */
abstract class ExtTestBase {
    static PhpArray list(Object... values) {
        PhpArray a = new PhpArray();
        for (Object v : values) a.append(v);
        return a;
    }

    static PhpArray map(Object... kv) {
        PhpArray a = new PhpArray();
        for (int i = 0; i < kv.length; i += 2) a.put(kv[i], kv[i + 1]);
        return a;
    }

    /** Calls builtin {@code fn} with {@code args}; returns output + "=> " + var_dump(result), or the PHP error. */
    static String run(String fn, Object... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Context ctx = new Context(Path.of("test.php"), bytes, null);
        Context prev = ctx.enter();
        String tail;
        try {
            PhpFunction f = Builtins.function(fn);
            assertNotNull(f, fn);
            Object r = f.call(ctx, args);
            tail = "=> " + Var.dumpToString(r);
        } catch (PhpError e) {
            tail = "EXC " + e.phpClass + ": " + e.getMessage();
        } finally {
            Context.restore(prev);
        }
        ctx.out.flushAll();
        return bytes.toString(StandardCharsets.ISO_8859_1).replace(" in Unknown on line 0", "") + tail;
    }

    static void check(String expected, String fn, Object... args) {
        assertEquals(expected, run(fn, args), () -> fn + " with " + java.util.Arrays.deepToString(args));
    }
}
