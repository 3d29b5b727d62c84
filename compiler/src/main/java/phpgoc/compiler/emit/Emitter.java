package phpgoc.compiler.emit;

import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.GeneratorAdapter;

/** Raw bytecode emission for one method: a GeneratorAdapter plus typed calls and line tracking. */
public final class Emitter extends GeneratorAdapter {
    private int line = -1;

    public Emitter(MethodVisitor mv, int access, String name, String desc) {
        super(Opcodes.ASM9, mv, access, name, desc);
    }

    public void call(Call c) {
        visitMethodInsn(c.opcode(), c.owner(), c.name(), c.desc(), c.itf());
    }

    public void get(FieldRef f) {
        visitFieldInsn(f.isStatic() ? Opcodes.GETSTATIC : Opcodes.GETFIELD, f.owner(), f.name(), f.desc());
    }

    public void put(FieldRef f) {
        visitFieldInsn(f.isStatic() ? Opcodes.PUTSTATIC : Opcodes.PUTFIELD, f.owner(), f.name(), f.desc());
    }

    /** Records PHP line {@code n} for the code emitted from here on (only when it changes). */
    public void line(int n) {
        if (n <= 0 || n == line) return;
        line = n;
        Label l = new Label();
        mark(l);
        visitLineNumber(n, l);
    }

    /** Forgets the current line so the next {@link #line} call emits an entry. */
    public void resetLine() { line = -1; }

    public int newObjectLocal() { return newLocal(Type.getType(Object.class)); }

    public int newLocalOf(Class<?> c) { return newLocal(Type.getType(c)); }

    public void newInit(Call ctor) {
        newInstance(Type.getObjectType(ctor.owner()));
        dup();
    }

    /** A boxed int literal: Long's cache for small values, else a constant resolved once (no allocation per evaluation). */
    public void pushLongBoxed(long v) {
        if (v >= -128 && v <= 127) {
            push(v);
            valueOf(Type.LONG_TYPE);
        } else {
            visitLdcInsn(new ConstantDynamic("L", "Ljava/lang/Long;", EXPLICIT_CAST, v));
        }
    }

    /** A boxed float literal, resolved once per class. */
    public void pushDoubleBoxed(double v) {
        visitLdcInsn(new ConstantDynamic("D", "Ljava/lang/Double;", EXPLICIT_CAST, v));
    }

    /** {@code ConstantBootstraps.explicitCast}: the boxed static argument, as the constant's type. */
    private static final Handle EXPLICIT_CAST = new Handle(Opcodes.H_INVOKESTATIC,
            "java/lang/invoke/ConstantBootstraps", "explicitCast",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;Ljava/lang/Object;)Ljava/lang/Object;",
            false);
}
