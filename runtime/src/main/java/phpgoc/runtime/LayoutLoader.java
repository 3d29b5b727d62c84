package phpgoc.runtime;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Generates and caches layout classes: {@code phpgoc.gen.obj.<Name>$<n> extends <parent layout or
 * PhpObject>} with one {@code public Object p$<prop>} field per property the template itself
 * declares, and {@code getSlot}/{@code setSlot} switches over them (slots after the parent's).
 * JVM-wide: keyed by (template, parent layout), never unloaded, like the compile cache.
 */
public final class LayoutLoader extends ClassLoader {
    static final String PACKAGE = "phpgoc.gen.obj.";
    private static final LayoutLoader INSTANCE = new LayoutLoader();
    private static final ConcurrentHashMap<Key, Layout> CACHE = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private record Key(ClassTemplate tpl, Class<?> parent, List<ClassTemplate> traits) {}

    /** A layout class and its slot numbering: the template's own properties occupy [base, base + own). */
    public record Layout(Class<? extends PhpObject> cls, int base, int size) {}

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
            return new Layout(c, base, base + own.size());
        });
    }

    /** The class file of a layout class (public for tests, which verify it). */
    /** A class name as a Java identifier part: an anonymous class's up to its NUL, with '@' and '\\' replaced. */
    private static String javaName(String name) {
        int nul = name.indexOf('\0');
        return (nul < 0 ? name : name.substring(0, nul)).replace('\\', '_').replace('@', '_');
    }

    public static byte[] generate(String name, Class<?> sup, int base, List<String> props) {
        String internal = name.replace('.', '/');
        String superName = Type.getInternalName(sup);
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override protected String getCommonSuperClass(String a, String b) { return "java/lang/Object"; }
        };
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internal, null, superName, null);
        for (String p : props) cw.visitField(Opcodes.ACC_PUBLIC, "p$" + p, "Ljava/lang/Object;", null, null).visitEnd();
        String ctorDesc = "(" + Type.getDescriptor(PhpClass.class) + ")V";
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", ctorDesc, null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "<init>", ctorDesc, false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        slotMethod(cw, internal, superName, base, props, false);
        slotMethod(cw, internal, superName, base, props, true);
        cw.visitEnd();
        return cw.toByteArray();
    }

    private static void slotMethod(ClassWriter cw, String internal, String superName, int base, List<String> props,
                                   boolean set) {
        String desc = set ? "(ILjava/lang/Object;)V" : "(I)Ljava/lang/Object;";
        String mname = set ? "setSlot" : "getSlot";
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, mname, desc, null, null);
        mv.visitCode();
        Label dflt = new Label();
        if (!props.isEmpty()) {
            Label[] cases = new Label[props.size()];
            for (int i = 0; i < cases.length; i++) cases[i] = new Label();
            mv.visitVarInsn(Opcodes.ILOAD, 1);
            mv.visitTableSwitchInsn(base, base + props.size() - 1, dflt, cases);
            for (int i = 0; i < cases.length; i++) {
                mv.visitLabel(cases[i]);
                mv.visitVarInsn(Opcodes.ALOAD, 0);
                if (set) {
                    mv.visitVarInsn(Opcodes.ALOAD, 2);
                    mv.visitFieldInsn(Opcodes.PUTFIELD, internal, "p$" + props.get(i), "Ljava/lang/Object;");
                    mv.visitInsn(Opcodes.RETURN);
                } else {
                    mv.visitFieldInsn(Opcodes.GETFIELD, internal, "p$" + props.get(i), "Ljava/lang/Object;");
                    mv.visitInsn(Opcodes.ARETURN);
                }
            }
        }
        mv.visitLabel(dflt);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        if (set) mv.visitVarInsn(Opcodes.ALOAD, 2);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, mname, desc, false);
        mv.visitInsn(set ? Opcodes.RETURN : Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
