package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ClassesTest {
    private final Context ctx = new Context(Path.of("/x.php"), new ByteArrayOutputStream(), null);

    @Test
    void findClass_isCaseInsensitive() {
        ClassTemplate a = LayoutLoaderTest.tpl("Foo", null);
        Classes.declare(ctx, a);
        assertSame(ctx.classOf(a), ctx.findClass("FOO"));
        assertSame(ctx.classOf(a), ctx.findClass("\\foo"));
        assertNull(ctx.findClass("Bar"));
    }

    @Test
    void declare_sameNameTwiceIsFatal() {
        Classes.declare(ctx, LayoutLoaderTest.tpl("A", null));
        FatalError e = assertThrows(FatalError.class, () -> Classes.declare(ctx, LayoutLoaderTest.tpl("a", null)));
        assertEquals("Cannot declare class a, because the name is already in use", e.getMessage());
    }

    @Test
    void lookup_unknownClassIsError() {
        PhpError e = assertThrows(PhpError.class, () -> Classes.lookup(ctx, "Nope"));
        assertEquals("Class \"Nope\" not found", e.getMessage());
    }

    @Test
    void hoist_waitsForTheParent() {
        ClassTemplate b = LayoutLoaderTest.tpl("B", "A");
        Classes.hoist(ctx, b);
        assertNull(ctx.classOf(b));
        Classes.declare(ctx, LayoutLoaderTest.tpl("A", null));
        Classes.hoist(ctx, b);
        assertTrue(ctx.classOf(b).isA("a"));
    }

    @Test
    void stdClass_isBuiltin() {
        PhpObject o = ctx.findClass("stdclass").instantiate();
        assertEquals("stdClass", o.cls.name);
    }
}
