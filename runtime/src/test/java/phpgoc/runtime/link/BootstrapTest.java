package phpgoc.runtime.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Classes;
import phpgoc.runtime.Context;
import phpgoc.runtime.ParamInfo;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;

class BootstrapTest {
    private final Context ctx = new Context(Path.of("/x.php"), new ByteArrayOutputStream(), null);

    /** A method body: returns its class's name and the argument. */
    public static Object who(Context ctx, ClassTemplate self, Object thiz, Object arg) {
        return self.name + ":" + arg;
    }

    private static final MethodHandle WHO;

    static {
        try {
            WHO = MethodHandles.lookup().findStatic(BootstrapTest.class, "who", MethodType.methodType(Object.class,
                    Context.class, ClassTemplate.class, Object.class, Object.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private PhpObject object(String name, int flags) {
        ClassTemplate t = new ClassTemplate(name, ClassTemplate.KIND_CLASS, 0, null, new String[0], null, "/x.php", 1)
                .prop("p", ClassTemplate.PUBLIC, -1)
                .method("who", flags, WHO, new ParamInfo[] {new ParamInfo("a", false, false, false)});
        Classes.declare(ctx, t);
        return ctx.findClass(name).instantiate();
    }

    private static Bootstrap.Site site(String name, MethodType type) {
        return (Bootstrap.Site) Bootstrap.bootstrap(MethodHandles.lookup(), name, type);
    }

    @Test
    void callMethod_cachesPerLayoutThenGoesMegamorphic() throws Throwable {
        Bootstrap.Site s = site("callMethod:who", MethodType.methodType(Object.class, Object.class, Context.class, Object.class));
        MethodHandle call = s.dynamicInvoker();
        for (int i = 0; i < 6; i++) {
            PhpObject o = object("C" + i, ClassTemplate.PUBLIC);
            assertEquals("C" + i + ":x", (Object) call.invoke((Object) o, ctx, (Object) "x"));
            assertEquals("C" + i + ":y", (Object) call.invoke((Object) o, ctx, (Object) "y"));
        }
        assertEquals(Bootstrap.MAX_DEPTH, s.depth);
        PhpObject first = ctx.findClass("C0").instantiate();
        assertEquals("C0:z", (Object) call.invoke((Object) first, ctx, (Object) "z"));
    }

    @Test
    void callMethod_privateFromOutsideIsErrorAndNotCached() throws Throwable {
        Bootstrap.Site s = site("callMethod:who", MethodType.methodType(Object.class, Object.class, Context.class, Object.class));
        PhpObject o = object("P", ClassTemplate.PRIVATE);
        PhpError e = assertThrows(PhpError.class, () -> s.dynamicInvoker().invoke((Object) o, ctx, (Object) "x"));
        assertEquals("Call to private method P::who() from global scope", e.getMessage());
        assertEquals(0, s.depth);
    }

    private static MethodHandle invoker(String name, MethodType type) {
        return Bootstrap.bootstrap(MethodHandles.lookup(), name, type).dynamicInvoker();
    }

    @Test
    void props_getAndSetThroughTheSlotForManyLayouts() throws Throwable {
        MethodHandle set = invoker("setProp:p", MethodType.methodType(void.class, Object.class, Context.class, Object.class));
        MethodHandle get = invoker("getProp:p", MethodType.methodType(Object.class, Object.class, Context.class));
        PhpObject[] objs = new PhpObject[10];
        for (int i = 0; i < objs.length; i++) objs[i] = object("Q" + i, ClassTemplate.PUBLIC);
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < objs.length; i++) {
                set.invoke((Object) objs[i], ctx, (Object) (long) (i + round));
                assertEquals((long) (i + round), (Object) get.invoke((Object) objs[i], ctx));
                assertEquals((long) (i + round), objs[i].getSlot(0));
            }
        }
    }

    @Test
    void props_privateFromOutsideIsErrorEveryTime() throws Throwable {
        MethodHandle get = invoker("getProp:p", MethodType.methodType(Object.class, Object.class, Context.class));
        ClassTemplate t = new ClassTemplate("R", ClassTemplate.KIND_CLASS, 0, null, new String[0], null, "/x.php", 1)
                .prop("p", ClassTemplate.PRIVATE, -1);
        Classes.declare(ctx, t);
        PhpObject o = ctx.findClass("R").instantiate();
        for (int i = 0; i < 2; i++) {
            PhpError e = assertThrows(PhpError.class, () -> get.invoke((Object) o, ctx));
            assertEquals("Cannot access private property R::$p", e.getMessage());
        }
    }
}
