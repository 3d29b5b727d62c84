package phpgoc.runtime.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import phpgoc.runtime.Compare;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.PhpResource;
import phpgoc.runtime.Values;

/** Path strings as php 8.2 computes them, and stream resources' values (ids, casts, closed state). */
class FilesTest {
    @Test
    void basename_trailingSlashesAndSuffix() {
        assertEquals("c.txt", Files.basename("/a/b/c.txt"));
        assertEquals("c", Files.basename("/a/b/c.txt", ".txt"));
        assertEquals("b", Files.basename("/a/b/"));
        assertEquals("", Files.basename("/"));
        assertEquals(".txt", Files.basename(".txt", ".txt"));
    }

    @Test
    void dirname_levelsAndRoots() {
        assertEquals("/a/b", Files.dirname("/a/b/c.txt"));
        assertEquals("/a", Files.dirname("/a/b/c.txt", 2L));
        assertEquals(".", Files.dirname("c.txt"));
        assertEquals("/", Files.dirname("/c"));
        assertEquals("/", Files.dirname("/"));
        assertEquals("a", Files.dirname("a/b/"));
        assertEquals("/", Files.dirname("/a/b", 5L));
    }

    @Test
    void resource_idsCastsAndClose() {
        Context ctx = new Context(Path.of("/t.php"), new ByteArrayOutputStream(), null);
        Object a = Streams.fopen(ctx, "php://memory", "w+");
        Object b = Streams.fopen(ctx, "php://temp", "w+");
        Object c = Streams.fopen(ctx, "php://memory", "r");
        assertEquals(5L, ((PhpResource) a).id);
        assertEquals(6L, ((PhpResource) b).id);
        assertEquals(8L, ((PhpResource) c).id); // php://temp takes two ids
        assertEquals(5L, Convert.toLong(a));
        assertEquals("Resource id #5", Convert.toStr(a));
        assertTrue(Convert.toBool(a));
        assertEquals(-1, Compare.compare(a, b));
        assertEquals("resource", Values.getType(a));
        assertEquals(7L, Streams.fwrite(ctx, a, "abc\ndef"));
        assertTrue(Streams.rewind(a));
        assertEquals("abc\n", Streams.fgets(a));
        assertFalse(Streams.feof(a));
        assertEquals("def", Streams.fread(ctx, a, 10L));
        assertTrue(Streams.feof(a));
        assertEquals(false, Streams.fwrite(ctx, c, "x")); // php://memory opened "r" is read-only
        Streams.fclose(a);
        assertEquals("resource (closed)", Values.getType(a));
        assertEquals("resource (closed)", Types.get_debug_type(a));
        assertFalse(Types.is_resource(a));
    }
}
