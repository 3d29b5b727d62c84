package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The resume protocol of {@link Generator} with a body written by hand as the compiler would. */
class GeneratorTest {
    private final Context ctx = new Context(Path.of("/x.php"), new ByteArrayOutputStream(), null);

    /** {@code function g() { yield 10; $x = yield 20; return $x; }} as a state machine. */
    private static final class Unit implements CompiledUnit {
        int runs;

        @Override public String path() { return "/x.php"; }
        @Override public Object run(Context ctx, SymbolTable scope) { return null; }
        @Override public Object invoke(int index, Context ctx, Closure self, Object[] args) { return body(ctx); }
        @Override public Object resumeGenerator(int index, Context ctx) { return body(ctx); }

        Object body(Context ctx) {
            Generator g = ctx.resumingGenerator;
            if (g == null) {
                g = Generator.create(ctx, this, 0, false, false);
                g.suspend(0, 0);
                return g;
            }
            ctx.resumingGenerator = null;
            runs++;
            switch (g.resumePoint) {
                case 0 -> {
                    g.resumed();
                    g.yield1(10L);
                    g.suspend(1, 0);
                    return g;
                }
                case 1 -> {
                    g.resumed();
                    g.yield2("k", 20L);
                    g.suspend(2, 0);
                    return g;
                }
                default -> { return g.resumed(); }
            }
        }
    }

    @Test
    void callDoesNotRunTheBody_firstUseRunsToTheFirstYield() {
        Unit u = new Unit();
        Generator g = (Generator) u.invoke(0, ctx, null, new Object[0]);
        assertEquals(0, u.runs);
        assertEquals(10L, g.current());
        assertEquals(0L, g.key());
        assertEquals(1, u.runs);
        g.rewind();
        assertEquals(1, u.runs);
    }

    @Test
    void sendResumesWithTheValue_andItBecomesTheReturnValue() {
        Generator g = (Generator) new Unit().invoke(0, ctx, null, new Object[0]);
        assertEquals(20L, g.send("ignored"));
        assertEquals("k", g.key());
        assertNull(g.send("sent"));
        assertFalse(g.valid());
        assertEquals("sent", g.getReturn());
        assertNull(g.current());
    }

    @Test
    void nextOnAFreshGeneratorSkipsTheFirstValue_rewindThenFails() {
        Generator g = (Generator) new Unit().invoke(0, ctx, null, new Object[0]);
        g.next();
        assertEquals(20L, g.current());
        PhpError e = assertThrows(PhpError.class, g::rewind);
        assertEquals("Cannot rewind a generator that was already run", e.getMessage());
        PhpError r = assertThrows(PhpError.class, g::getReturn);
        assertEquals("Cannot get return value of a generator that hasn't returned", r.getMessage());
    }

    @Test
    void anExceptionThrownAtTheResumePointFinishesTheGenerator() {
        Generator g = (Generator) new Unit().invoke(0, ctx, null, new Object[0]);
        g.current();
        PhpError boom = new PhpError("Exception", "boom");
        PhpError thrown = assertThrows(PhpError.class, () -> {
            // what throw() does once the exception object exists
            g.throwException(Throwables.caught(ctx, boom));
        });
        assertSame(boom.object, thrown.object);
        assertFalse(g.valid());
        assertTrue(ctx.resumingGenerator == null);
    }
}
