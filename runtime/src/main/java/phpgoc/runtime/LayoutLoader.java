package phpgoc.runtime;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Generates and caches layout classes: {@code phpgoc.gen.obj.<Name>$<n> extends <parent layout or
 * PhpObject>}, one per declaration chain, and numbers the property slots (the template's own after
 * the parent's). The class has no members: it exists so that inline caches can guard on {@code
 * getClass()}. JVM-wide: keyed by (template, parent layout, traits), never unloaded, like the
 * compile cache.
 */
public final class LayoutLoader extends ClassLoader {
    static final String PACKAGE = "phpgoc.gen.obj.";
    private static final LayoutLoader INSTANCE = new LayoutLoader();
    private static final ConcurrentHashMap<Key, Layout> CACHE = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private record Key(ClassTemplate tpl, Class<?> parent, List<ClassTemplate> traits) {}

    /**
     * A layout class, its factory and its slot numbering: the template's own properties occupy
     * [base, base + own).
     */
    public record Layout(Class<? extends PhpObject> cls, PhpObject.Factory factory, int base, int size) {}

    private LayoutLoader() { super(PhpObject.class.getClassLoader()); }

    /** The layout of {@code tpl} under {@code parent} (null: PhpObject with no slots). */
    public static Layout layout(ClassTemplate tpl, Layout parent) {
        return layout(tpl, parent, List.of(), tpl.props.stream().map(ClassTemplate.Member::name).toList());
    }

    /**
     * The layout of {@code tpl} using {@code traits} (which contribute properties and method bodies,
     * so they are part of the key) with fields {@code own}.
     */
    public static Layout layout(ClassTemplate tpl, Layout parent, List<ClassTemplate> traits, List<String> own) {
        Class<?> sup = parent == null ? PhpObject.class : parent.cls();
        int base = parent == null ? 0 : parent.size();
        return CACHE.computeIfAbsent(new Key(tpl, sup, traits), k -> {
            String name = PACKAGE + javaName(tpl.name) + "$" + COUNTER.incrementAndGet();
            byte[] bytes = generate(name, sup, base, own);
            @SuppressWarnings("unchecked")
            Class<? extends PhpObject> c = (Class<? extends PhpObject>) INSTANCE.defineClass(name, bytes, 0, bytes.length);
            byte[] fbytes = generateFactory(name + "$F", name);
            PhpObject.Factory f;
            try {
                f = (PhpObject.Factory) INSTANCE.defineClass(name + "$F", fbytes, 0, fbytes.length)
                        .getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            return new Layout(c, f, base, base + own.size());
        });
    }

    /** A class name as a Java identifier part: an anonymous class's up to its NUL, with '@' and '\\' replaced. */
    private static String javaName(String name) {
        int nul = name.indexOf('\0');
        return (nul < 0 ? name : name.substring(0, nul)).replace('\\', '_').replace('@', '_');
    }

    /**
     * The class file of a layout class: an empty subclass (property values live in {@link
     * PhpObject#slots}); its identity is what the inline caches guard on. {@code props} only
     * documents the slots it adds (public for tests, which verify it).
     */
    public static byte[] generate(String name, Class<?> sup, int base, List<String> props) {
        String internal = name.replace('.', '/');
        String superName = Type.getInternalName(sup);
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override protected String getCommonSuperClass(String a, String b) { return "java/lang/Object"; }
        };
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internal, null, superName, null);
        String ctorDesc = "(" + Type.getDescriptor(PhpClass.class) + ")V";
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", ctorDesc, null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "<init>", ctorDesc, false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * The class file of a layout's factory: {@code new L(cls)} as a plain interface call, which
     * every JIT tier runs directly (a constructor method handle held in a field is an indirect
     * call through the method handle machinery until the last tier, and not even then).
     */
    public static byte[] generateFactory(String name, String layout) {
        String internal = name.replace('.', '/'), layoutInternal = layout.replace('.', '/');
        String cls = Type.getDescriptor(PhpClass.class);
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override protected String getCommonSuperClass(String a, String b) { return "java/lang/Object"; }
        };
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER | Opcodes.ACC_FINAL, internal, null, "java/lang/Object",
                new String[] {Type.getInternalName(PhpObject.Factory.class)});
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "make", "(" + cls + ")" + Type.getDescriptor(PhpObject.class), null, null);
        mv.visitCode();
        mv.visitTypeInsn(Opcodes.NEW, layoutInternal);
        mv.visitInsn(Opcodes.DUP);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, layoutInternal, "<init>", "(" + cls + ")V", false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
