package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

class LayoutLoaderTest {
    static ClassTemplate tpl(String name, String parent, String... props) {
        ClassTemplate t = new ClassTemplate(name, ClassTemplate.KIND_CLASS, 0, parent, new String[0], null, "/x.php", 1);
        for (String p : props) t.prop(p, ClassTemplate.PUBLIC, -1);
        return t;
    }

    @Test
    void generate_passesTheVerifier() {
        byte[] bytes = LayoutLoader.generate("phpgoc.gen.obj.V$1", PhpObject.class, 2, List.of("a", "b"));
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), LayoutLoaderTest.class.getClassLoader(), false, new PrintWriter(sw));
        assertEquals("", sw.toString());
    }

    @Test
    void generateAccessor_passesTheVerifier() {
        byte[] bytes = LayoutLoader.generateAccessor("phpgoc.gen.obj.V$1$A2", "phpgoc.gen.obj.V$1", "p$a");
        StringWriter sw = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), LayoutLoaderTest.class.getClassLoader(), false, new PrintWriter(sw));
        assertEquals("", sw.toString());
    }

    @Test
    void layout_declaresAFieldPerOwnProperty() throws ReflectiveOperationException {
        ClassTemplate a = tpl("FA", null, "x", "y"), b = tpl("FB", "FA", "x");
        LayoutLoader.Layout la = LayoutLoader.layout(a, null);
        LayoutLoader.Layout lb = LayoutLoader.layout(b, la);
        assertEquals(Object.class, la.cls().getField("p$y").getType());
        assertSame(lb.cls(), lb.cls().getDeclaredField("p$x").getDeclaringClass());
        assertEquals(List.of("p$x"), lb.fields());
    }

    @Test
    void layout_slotsFollowTheParentsAndAreCached() {
        ClassTemplate a = tpl("A", null, "x", "y"), b = tpl("B", "A", "z");
        LayoutLoader.Layout la = LayoutLoader.layout(a, null);
        LayoutLoader.Layout lb = LayoutLoader.layout(b, la);
        assertEquals(0, la.base());
        assertEquals(2, lb.base());
        assertEquals(3, lb.size());
        assertSame(la.cls(), lb.cls().getSuperclass());
        assertSame(lb, LayoutLoader.layout(b, la));
    }

    @Test
    void slots_readAndWriteTheFields() {
        Context ctx = new Context(java.nio.file.Path.of("/x.php"), new java.io.ByteArrayOutputStream(), null);
        ClassTemplate a = tpl("A", null, "x"), b = tpl("B", "A", "y");
        Classes.declare(ctx, a);
        Classes.declare(ctx, b);
        PhpObject o = ctx.findClass("b").instantiate();
        o.setSlot(0, 1L);
        o.setSlot(1, "s");
        assertEquals(1L, o.getSlot(0));
        assertEquals("s", o.getSlot(1));
        assertEquals(1, o.id);
    }

    @Test
    void slotAccess_readsAndGuardsTheField() {
        Context ctx = new Context(java.nio.file.Path.of("/x.php"), new java.io.ByteArrayOutputStream(), null);
        ClassTemplate a = tpl("SA", null, "x"), b = tpl("SB", "SA", "y");
        Classes.declare(ctx, a);
        Classes.declare(ctx, b);
        PhpClass cb = ctx.findClass("sb");
        PhpObject o = cb.instantiate();
        SlotAccess x = cb.slotAccess(0), y = cb.slotAccess(1);
        assertSame(x, ctx.findClass("sa").slotAccess(0));
        assertTrue(x.put(o, 5L));
        assertEquals(5L, o.getSlot(0));
        y.set(o, Values.UNDEF);
        assertFalse(y.put(o, 1L));
        o.setSlot(1, new Ref(2L));
        assertFalse(y.put(o, 1L));
        assertInstanceOf(Ref.class, y.get(o));
    }
}
