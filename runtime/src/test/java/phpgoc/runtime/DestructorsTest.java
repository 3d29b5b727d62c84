package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DestructorsTest {
    private final Context ctx = new Context(Path.of("/x.php"), new ByteArrayOutputStream(), null);

    private PhpObject std() { return ctx.findClass("stdClass").instantiate(); }

    @Test
    void release_freesTheId_mostRecentFirst() {
        PhpObject a = std(), b = std(), c = std();
        assertEquals(3, c.id);
        Destructors.release(ctx, a);
        Destructors.release(ctx, b);
        assertEquals(2, std().id);
        assertEquals(1, std().id);
        assertEquals(4, std().id);
    }

    @Test
    void release_leavesEscapedObjectsAlone() {
        PhpObject a = std();
        Destructors.escape(a);
        Destructors.release(ctx, a);
        assertEquals(0, a.flags & PhpObject.FREED);
        assertEquals(2, std().id);
    }

    @Test
    void release_twiceFreesOnce() {
        PhpObject a = std();
        Destructors.release(ctx, a);
        Destructors.release(ctx, a);
        assertEquals(1, std().id);
        assertEquals(2, std().id);
    }

    @Test
    void releaseGlobal_onlyInTheMainScript() {
        PhpObject a = std();
        ctx.includeDepth = 1;
        Destructors.releaseGlobal(ctx, a);
        assertEquals(0, a.flags & PhpObject.FREED);
        ctx.includeDepth = 0;
        Destructors.releaseGlobal(ctx, a);
        assertTrue((a.flags & PhpObject.FREED) != 0);
    }

    @Test
    void releasable_notForBuiltinClassesThatMayKeepThis() {
        assertTrue(ctx.findClass("stdClass").releasable());
        assertTrue(ctx.findClass("Exception").releasable());
        assertFalse(ctx.findClass("ArrayObject").releasable());
    }
}
