package phpgoc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Generates and caches layout classes: {@code phpgoc.gen.obj.<Name>$<n> extends <parent layout or
 * PhpObject>}, one per declaration chain, with a field {@code public Object p$<name>} per property
 * the class itself declares, numbered as slots after the parent's. Each overrides {@link
 * PhpObject#getSlot}/{@link PhpObject#setSlot} with a switch over its own fields (lower slots go to
 * super) and {@link PhpObject#initSlots}; property sites use a generated {@link SlotAccess} per
 * (layout, slot), made when first asked for. JVM-wide: keyed by (template, parent layout, traits),
 * never unloaded, like the compile cache.
 */
public final class LayoutLoader extends ClassLoader {
    static final String PACKAGE = "phpgoc.gen.obj.";
    private static final LayoutLoader INSTANCE = new LayoutLoader();
    private static final ConcurrentHashMap<Key, Layout> CACHE = new ConcurrentHashMap<>();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String OBJ = "Ljava/lang/Object;";

    private record Key(ClassTemplate tpl, Class<?> parent, List<ClassTemplate> traits) {}

    /**
     * A layout class, its factory and its slot numbering: the template's own properties occupy
     * [base, base + own) and are the fields {@code fields}; {@code access} holds their accessors
     * once made.
     */
    public record Layout(Class<? extends PhpObject> cls, PhpObject.Factory factory, int base, int size, Layout parent,
            List<String> fields, AtomicReferenceArray<SlotAccess> access) {
        /** The accessor of slot {@code slot} (this layout's or an ancestor's), generated on first use. */
        public SlotAccess access(int slot) {
            if (slot < base) return parent.access(slot);
            SlotAccess a = access.get(slot - base);
            if (a != null) return a;
            // a racing thread may define its own copy (unique names); the first one stored wins
            a = INSTANCE.accessor(cls.getName(), fields.get(slot - base));
            return access.compareAndSet(slot - base, null, a) ? a : access.get(slot - base);
        }
    }

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
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < own.size(); i++) fields.add(fieldName(own.get(i), base + i));
            byte[] bytes = generate(name, sup, base, fields);
            @SuppressWarnings("unchecked")
            Class<? extends PhpObject> c = (Class<? extends PhpObject>) INSTANCE.defineClass(name, bytes, 0, bytes.length);
            byte[] fbytes = generateFactory(name + "$F", name);
            PhpObject.Factory f = (PhpObject.Factory) INSTANCE.instance(name + "$F", fbytes);
            return new Layout(c, f, base, base + own.size(), parent, List.copyOf(fields),
                    new AtomicReferenceArray<>(own.size()));
        });
    }

    /** Defines class {@code name} and makes an instance with its no-argument constructor. */
    private Object instance(String name, byte[] bytes) {
        try {
            return defineClass(name, bytes, 0, bytes.length).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private SlotAccess accessor(String layout, String field) {
        String name = layout + "$A" + COUNTER.incrementAndGet();
        return (SlotAccess) instance(name, generateAccessor(name, layout, field));
    }

    /** A class name as a Java identifier part: an anonymous class's up to its NUL, with '@' and '\\' replaced. */
    private static String javaName(String name) {
        int nul = name.indexOf('\0');
        return (nul < 0 ? name : name.substring(0, nul)).replace('\\', '_').replace('@', '_');
    }

    /** The field of a property: {@code p$<name>}, or {@code p$<slot>} if the name is no JVM field name. */
    private static String fieldName(String prop, int slot) {
        for (int i = 0; i < prop.length(); i++) {
            if (".;[/<>".indexOf(prop.charAt(i)) >= 0) return "p$" + slot;
        }
        return prop.isEmpty() ? "p$" + slot : "p$" + prop;
    }

    private static ClassWriter writer() {
        return new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override protected String getCommonSuperClass(String a, String b) { return "java/lang/Object"; }
        };
    }

    /**
     * The class file of a layout class: the fields {@code fields} (slots from {@code base}), a
     * constructor, and getSlot/setSlot/initSlots over them (public for tests, which verify it).
     */
    public static byte[] generate(String name, Class<?> sup, int base, List<String> fields) {
        String internal = name.replace('.', '/');
        String superName = Type.getInternalName(sup);
        ClassWriter cw = writer();
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internal, null, superName, null);
        for (String f : fields) cw.visitField(Opcodes.ACC_PUBLIC, f, OBJ, null, null).visitEnd();
        String ctorDesc = "(" + Type.getDescriptor(PhpClass.class) + ")V";
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", ctorDesc, null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "<init>", ctorDesc, false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        if (!fields.isEmpty()) {
            slotSwitch(cw, internal, superName, base, fields, false);
            slotSwitch(cw, internal, superName, base, fields, true);
            initSlots(cw, internal, superName, base, fields, sup == PhpObject.class);
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** {@code getSlot(i)} / {@code setSlot(i, v)}: a tableswitch on {@code i - base}, super's for the rest. */
    private static void slotSwitch(ClassWriter cw, String internal, String superName, int base, List<String> fields,
            boolean set) {
        String desc = set ? "(I" + OBJ + ")V" : "(I)" + OBJ;
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, set ? "setSlot" : "getSlot", desc, null, null);
        mv.visitCode();
        Label dflt = new Label();
        Label[] cases = new Label[fields.size()];
        for (int i = 0; i < cases.length; i++) cases[i] = new Label();
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        mv.visitLdcInsn(base);
        mv.visitInsn(Opcodes.ISUB);
        mv.visitTableSwitchInsn(0, cases.length - 1, dflt, cases);
        for (int i = 0; i < cases.length; i++) {
            mv.visitLabel(cases[i]);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            if (set) {
                mv.visitVarInsn(Opcodes.ALOAD, 2);
                mv.visitFieldInsn(Opcodes.PUTFIELD, internal, fields.get(i), OBJ);
                mv.visitInsn(Opcodes.RETURN);
            } else {
                mv.visitFieldInsn(Opcodes.GETFIELD, internal, fields.get(i), OBJ);
                mv.visitInsn(Opcodes.ARETURN);
            }
        }
        mv.visitLabel(dflt);
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ILOAD, 1);
        if (set) mv.visitVarInsn(Opcodes.ALOAD, 2);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, set ? "setSlot" : "getSlot", desc, false);
        mv.visitInsn(set ? Opcodes.RETURN : Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** {@code initSlots(d)}: super's, then each own field from {@code d[slot]}. */
    private static void initSlots(ClassWriter cw, String internal, String superName, int base, List<String> fields,
            boolean root) {
        String desc = "([" + OBJ + ")V";
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "initSlots", desc, null, null);
        mv.visitCode();
        if (!root) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "initSlots", desc, false);
        }
        for (int i = 0; i < fields.size(); i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(Opcodes.ALOAD, 1);
            mv.visitLdcInsn(base + i);
            mv.visitInsn(Opcodes.AALOAD);
            mv.visitFieldInsn(Opcodes.PUTFIELD, internal, fields.get(i), OBJ);
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The class file of a {@link SlotAccess} for field {@code field} of layout {@code layout}. */
    public static byte[] generateAccessor(String name, String layout, String field) {
        String internal = name.replace('.', '/'), layoutInternal = layout.replace('.', '/');
        String sup = Type.getInternalName(SlotAccess.class);
        ClassWriter cw = writer();
        cw.visit(Opcodes.V21, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER | Opcodes.ACC_FINAL, internal, null, sup, null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, sup, "<init>", "()V", false);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "get", "(" + OBJ + ")" + OBJ, null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitTypeInsn(Opcodes.CHECKCAST, layoutInternal);
        mv.visitFieldInsn(Opcodes.GETFIELD, layoutInternal, field, OBJ);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        mv = cw.visitMethod(Opcodes.ACC_PUBLIC, "set", "(" + OBJ + OBJ + ")V", null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitTypeInsn(Opcodes.CHECKCAST, layoutInternal);
        mv.visitVarInsn(Opcodes.ALOAD, 2);
        mv.visitFieldInsn(Opcodes.PUTFIELD, layoutInternal, field, OBJ);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        guardedStore(cw, layoutInternal, field, false);
        guardedStore(cw, layoutInternal, field, true);
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** {@link SlotAccess#put} ({@code typed} false) or {@link SlotAccess#putChecked}. */
    private static void guardedStore(ClassWriter cw, String layoutInternal, String field, boolean typed) {
        String type = Type.getDescriptor(PropTypes.PropType.class), str = "Ljava/lang/String;";
        String desc = typed ? "(" + OBJ + OBJ + type + str + str + "Z)Z" : "(" + OBJ + OBJ + ")Z";
        int obj = typed ? 7 : 3;
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, typed ? "putChecked" : "put", desc, null, null);
        mv.visitCode();
        Label fail = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitTypeInsn(Opcodes.CHECKCAST, layoutInternal);
        mv.visitVarInsn(Opcodes.ASTORE, obj);
        mv.visitVarInsn(Opcodes.ALOAD, obj);
        mv.visitFieldInsn(Opcodes.GETFIELD, layoutInternal, field, OBJ);
        mv.visitVarInsn(Opcodes.ASTORE, obj + 1);
        mv.visitVarInsn(Opcodes.ALOAD, obj + 1);
        mv.visitTypeInsn(Opcodes.INSTANCEOF, Type.getInternalName(Ref.class));
        mv.visitJumpInsn(Opcodes.IFNE, fail);
        if (!typed) {
            mv.visitVarInsn(Opcodes.ALOAD, obj + 1);
            mv.visitFieldInsn(Opcodes.GETSTATIC, Type.getInternalName(Values.class), "UNDEF", OBJ);
            mv.visitJumpInsn(Opcodes.IF_ACMPEQ, fail);
        }
        mv.visitVarInsn(Opcodes.ALOAD, obj);
        mv.visitVarInsn(Opcodes.ALOAD, 2);
        if (typed) {
            for (int i = 3; i <= 5; i++) mv.visitVarInsn(Opcodes.ALOAD, i);
            mv.visitVarInsn(Opcodes.ILOAD, 6);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, Type.getInternalName(PropTypes.class), "check",
                    "(" + OBJ + type + str + str + "Z)" + OBJ, false);
        }
        mv.visitFieldInsn(Opcodes.PUTFIELD, layoutInternal, field, OBJ);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(fail);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /**
     * The class file of a layout's factory: {@code new L(cls)} as a plain interface call, which
     * every JIT tier runs directly (a constructor method handle held in a field is an indirect
     * call through the method handle machinery until the last tier, and not even then).
     */
    public static byte[] generateFactory(String name, String layout) {
        String internal = name.replace('.', '/'), layoutInternal = layout.replace('.', '/');
        String cls = Type.getDescriptor(PhpClass.class);
        ClassWriter cw = writer();
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
