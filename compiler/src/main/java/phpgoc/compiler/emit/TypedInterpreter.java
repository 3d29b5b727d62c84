package phpgoc.compiler.emit;

import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;

/**
 * ASM's {@link BasicInterpreter} keeping the class of every reference (the verifier's view), so a
 * generator's saved locals and stack can be cast back to what the code after a yield expects.
 * Merges take the common superclass as the class writer computes frames ({@code null} merges into
 * anything).
 */
final class TypedInterpreter extends BasicInterpreter {
    private static final Type NULL_TYPE = Type.getObjectType("null");
    private static final BasicValue NULL = new BasicValue(NULL_TYPE);
    private static final Type OBJECT = Type.getObjectType("java/lang/Object");

    TypedInterpreter() { super(Opcodes.ASM9); }

    static boolean isNull(BasicValue v) { return NULL_TYPE.equals(v.getType()); }

    @Override
    public BasicValue newValue(Type t) {
        if (t == null) return BasicValue.UNINITIALIZED_VALUE;
        return switch (t.getSort()) {
            case Type.OBJECT, Type.ARRAY -> new BasicValue(t);
            default -> super.newValue(t);
        };
    }

    @Override
    public BasicValue newOperation(AbstractInsnNode insn) throws AnalyzerException {
        if (insn.getOpcode() == Opcodes.ACONST_NULL) return NULL;
        return super.newOperation(insn);
    }

    @Override
    public BasicValue binaryOperation(AbstractInsnNode insn, BasicValue a, BasicValue b) throws AnalyzerException {
        if (insn.getOpcode() == Opcodes.AALOAD) {
            Type t = a.getType();
            if (t != null && t.getSort() == Type.ARRAY) {
                return newValue(Type.getType(t.getDescriptor().substring(1)));
            }
            return new BasicValue(OBJECT);
        }
        return super.binaryOperation(insn, a, b);
    }

    @Override
    public BasicValue naryOperation(AbstractInsnNode insn, List<? extends BasicValue> values) throws AnalyzerException {
        return super.naryOperation(insn, values);
    }

    @Override
    public BasicValue merge(BasicValue a, BasicValue b) {
        if (a.equals(b)) return a;
        Type ta = a.getType(), tb = b.getType();
        if (ta == null || tb == null || !isRef(ta) || !isRef(tb)) return BasicValue.UNINITIALIZED_VALUE;
        if (ta.equals(NULL_TYPE)) return b;
        if (tb.equals(NULL_TYPE)) return a;
        return new BasicValue(commonSuper(ta, tb));
    }

    private static boolean isRef(Type t) { return t.getSort() == Type.OBJECT || t.getSort() == Type.ARRAY; }

    private static Type commonSuper(Type a, Type b) {
        if (a.getSort() != Type.OBJECT || b.getSort() != Type.OBJECT) return OBJECT;
        ClassLoader loader = TypedInterpreter.class.getClassLoader();
        try {
            Class<?> c = Class.forName(a.getClassName(), false, loader), d = Class.forName(b.getClassName(), false, loader);
            if (c.isAssignableFrom(d)) return a;
            if (d.isAssignableFrom(c)) return b;
            if (c.isInterface() || d.isInterface()) return OBJECT;
            do { c = c.getSuperclass(); } while (!c.isAssignableFrom(d));
            return Type.getType(c);
        } catch (ClassNotFoundException | LinkageError e) {
            return OBJECT;
        }
    }
}
