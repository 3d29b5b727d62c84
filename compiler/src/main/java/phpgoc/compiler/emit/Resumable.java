package phpgoc.compiler.emit;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Turns a generator body into a resumable state machine (see {@code phpgoc.runtime.Generator}).
 * Code generation marks each suspension point with a call of {@code Generator.suspendHere()}; here
 * every mark becomes: store the live locals and the operand stack (types from a data-flow analysis,
 * {@link TypedInterpreter}) in the generator's frame array, set its resume point, return. The
 * method's new entry takes the generator from {@code Context.resumingGenerator}: none means a
 * fresh call (the body runs from its start), else a tableswitch on the resume point restores that
 * point's locals and stack and jumps right after the mark (into try ranges too, which is legal).
 * Local 0 is the Context, passed again on every call, so it is never saved.
 */
public final class Resumable {
    private Resumable() {}

    static final String GEN = "phpgoc/runtime/Generator";
    private static final String CTX = "phpgoc/runtime/Context";

    /** Transforms {@code m} in place; {@code genLocal} is the local the body keeps its Generator in. */
    public static void transform(String owner, MethodNode m, int genLocal) {
        dropEmptyRanges(m);
        List<Integer> marks = new ArrayList<>();
        for (int i = 0; i < m.instructions.size(); i++) if (isMark(m.instructions.get(i))) marks.add(i);
        Frame<BasicValue>[] frames;
        List<List<Integer>> succ = new ArrayList<>();
        int stack = 32;
        while (true) {
            succ.clear();
            for (int i = 0; i < m.instructions.size(); i++) succ.add(new ArrayList<>());
            m.maxStack = stack;
            Analyzer<BasicValue> a = new Analyzer<>(new TypedInterpreter()) {
                @Override protected void newControlFlowEdge(int insn, int successor) { succ.get(insn).add(successor); }
                @Override protected boolean newControlFlowExceptionEdge(int insn, int successor) {
                    succ.get(insn).add(successor);
                    return true;
                }
            };
            try {
                frames = a.analyze(owner, m);
                break;
            } catch (AnalyzerException e) {
                if (stack > 4096 || e.getMessage() == null || !e.getMessage().contains("stack")) {
                    throw new IllegalStateException("generator body " + m.name + ": " + e.getMessage(), e);
                }
                stack *= 2;
            }
        }
        BitSet[] live = liveness(m, succ);
        int tmp = m.maxLocals;
        m.maxLocals = tmp + 1;
        InsnList entry = new InsnList();
        LabelNode fresh = new LabelNode();
        List<LabelNode> restores = new ArrayList<>();
        InsnList restoreCode = new InsnList();
        AbstractInsnNode[] insns = m.instructions.toArray();
        int point = 0;
        for (int idx : marks) {
            AbstractInsnNode mark = insns[idx];
            Frame<BasicValue> f = frames[idx];
            if (f == null) { // unreachable
                m.instructions.remove(mark);
                continue;
            }
            List<Integer> locals = new ArrayList<>();
            for (int l = 1; l < f.getLocals(); l++) {
                BasicValue v = f.getLocal(l);
                if (l != genLocal && live[idx].get(l) && v != BasicValue.UNINITIALIZED_VALUE && v.getType() != null) locals.add(l);
            }
            int size = locals.size() + f.getStackSize();
            InsnList save = new InsnList();
            save.add(new VarInsnNode(Opcodes.ALOAD, genLocal));
            save.add(new LdcInsnNode(point));
            save.add(new LdcInsnNode(size));
            save.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, GEN, "suspend", "(II)[Ljava/lang/Object;", false));
            save.add(new VarInsnNode(Opcodes.ASTORE, tmp));
            for (int j = f.getStackSize() - 1; j >= 0; j--) {
                BasicValue v = f.getStack(j);
                if (TypedInterpreter.isNull(v)) {
                    save.add(new InsnNode(Opcodes.POP));
                    continue;
                }
                box(save, v.getType());
                save.add(new VarInsnNode(Opcodes.ALOAD, tmp));
                save.add(new InsnNode(Opcodes.SWAP));
                save.add(new LdcInsnNode(locals.size() + j));
                save.add(new InsnNode(Opcodes.SWAP));
                save.add(new InsnNode(Opcodes.AASTORE));
            }
            for (int k = 0; k < locals.size(); k++) {
                int l = locals.get(k);
                BasicValue v = f.getLocal(l);
                if (TypedInterpreter.isNull(v)) continue;
                save.add(new VarInsnNode(Opcodes.ALOAD, tmp));
                save.add(new LdcInsnNode(k));
                save.add(new VarInsnNode(v.getType().getOpcode(Opcodes.ILOAD), l));
                box(save, v.getType());
                save.add(new InsnNode(Opcodes.AASTORE));
            }
            save.add(new VarInsnNode(Opcodes.ALOAD, genLocal));
            save.add(new InsnNode(Opcodes.ARETURN));
            LabelNode cont = new LabelNode();
            save.add(cont);
            m.instructions.insert(mark, save);
            m.instructions.remove(mark);

            LabelNode r = new LabelNode();
            restores.add(r);
            restoreCode.add(r);
            restoreCode.add(new VarInsnNode(Opcodes.ALOAD, genLocal));
            restoreCode.add(new FieldInsnNode(Opcodes.GETFIELD, GEN, "frame", "[Ljava/lang/Object;"));
            restoreCode.add(new VarInsnNode(Opcodes.ASTORE, tmp));
            for (int k = 0; k < locals.size(); k++) {
                int l = locals.get(k);
                BasicValue v = f.getLocal(l);
                if (TypedInterpreter.isNull(v)) restoreCode.add(new InsnNode(Opcodes.ACONST_NULL));
                else load(restoreCode, tmp, k, v.getType());
                restoreCode.add(new VarInsnNode(TypedInterpreter.isNull(v) ? Opcodes.ASTORE : v.getType().getOpcode(Opcodes.ISTORE), l));
            }
            for (int j = 0; j < f.getStackSize(); j++) {
                BasicValue v = f.getStack(j);
                if (TypedInterpreter.isNull(v)) restoreCode.add(new InsnNode(Opcodes.ACONST_NULL));
                else load(restoreCode, tmp, locals.size() + j, v.getType());
            }
            restoreCode.add(new JumpInsnNode(Opcodes.GOTO, cont));
            point++;
        }
        if (restores.isEmpty()) throw new IllegalStateException("generator body " + m.name + " has no start");
        entry.add(new VarInsnNode(Opcodes.ALOAD, 0));
        entry.add(new FieldInsnNode(Opcodes.GETFIELD, CTX, "resumingGenerator", "L" + GEN + ";"));
        entry.add(new InsnNode(Opcodes.DUP));
        entry.add(new JumpInsnNode(Opcodes.IFNULL, fresh));
        entry.add(new VarInsnNode(Opcodes.ALOAD, 0));
        entry.add(new InsnNode(Opcodes.ACONST_NULL));
        entry.add(new FieldInsnNode(Opcodes.PUTFIELD, CTX, "resumingGenerator", "L" + GEN + ";"));
        entry.add(new VarInsnNode(Opcodes.ASTORE, genLocal));
        entry.add(new VarInsnNode(Opcodes.ALOAD, genLocal));
        entry.add(new FieldInsnNode(Opcodes.GETFIELD, GEN, "resumePoint", "I"));
        entry.add(new TableSwitchInsnNode(0, restores.size() - 1, restores.get(0), restores.toArray(new LabelNode[0])));
        entry.add(restoreCode);
        entry.add(fresh);
        entry.add(new InsnNode(Opcodes.POP));
        m.instructions.insert(entry);
    }

    static boolean isMark(AbstractInsnNode n) {
        return n instanceof MethodInsnNode mi && mi.getOpcode() == Opcodes.INVOKESTATIC && mi.owner.equals(GEN)
                && mi.name.equals("suspendHere");
    }

    private static void box(InsnList l, Type t) {
        String owner = switch (t.getSort()) {
            case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.DOUBLE -> "java/lang/Double";
            case Type.FLOAT -> "java/lang/Float";
            default -> null;
        };
        if (owner == null) return;
        Type prim = t.getSort() <= Type.INT ? Type.INT_TYPE : t;
        l.add(new MethodInsnNode(Opcodes.INVOKESTATIC, owner, "valueOf", "(" + prim.getDescriptor() + ")L" + owner + ";", false));
    }

    private static void load(InsnList l, int array, int index, Type t) {
        l.add(new VarInsnNode(Opcodes.ALOAD, array));
        l.add(new LdcInsnNode(index));
        l.add(new InsnNode(Opcodes.AALOAD));
        switch (t.getSort()) {
            case Type.BOOLEAN, Type.BYTE, Type.CHAR, Type.SHORT, Type.INT -> unbox(l, "java/lang/Integer", "intValue", "I");
            case Type.LONG -> unbox(l, "java/lang/Long", "longValue", "J");
            case Type.DOUBLE -> unbox(l, "java/lang/Double", "doubleValue", "D");
            case Type.FLOAT -> unbox(l, "java/lang/Float", "floatValue", "F");
            default -> {
                if (!t.getInternalName().equals("java/lang/Object")) l.add(new TypeInsnNode(Opcodes.CHECKCAST, t.getInternalName()));
            }
        }
    }

    private static void unbox(InsnList l, String owner, String name, String desc) {
        l.add(new TypeInsnNode(Opcodes.CHECKCAST, owner));
        l.add(new MethodInsnNode(Opcodes.INVOKEVIRTUAL, owner, name, "()" + desc, false));
    }

    /** Try ranges with no instruction in them (codegen registers some unchecked): invalid in a class file. */
    private static void dropEmptyRanges(MethodNode m) {
        m.tryCatchBlocks.removeIf(tcb -> {
            for (AbstractInsnNode n = tcb.start; n != null && n != tcb.end; n = n.getNext()) {
                if (n.getOpcode() >= 0) return false;
            }
            return true;
        });
    }

    /** Locals live before each instruction (backward data flow over the analyzer's edges). */
    private static BitSet[] liveness(MethodNode m, List<List<Integer>> succ) {
        int n = m.instructions.size();
        BitSet[] in = new BitSet[n];
        for (int i = 0; i < n; i++) in[i] = new BitSet();
        AbstractInsnNode[] insns = m.instructions.toArray();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = n - 1; i >= 0; i--) {
                BitSet out = new BitSet();
                for (int s : succ.get(i)) out.or(in[s]);
                AbstractInsnNode x = insns[i];
                if (x instanceof VarInsnNode v) {
                    if (v.getOpcode() >= Opcodes.ISTORE && v.getOpcode() <= Opcodes.ASTORE) out.clear(v.var);
                    else out.set(v.var);
                } else if (x instanceof IincInsnNode inc) {
                    out.set(inc.var);
                }
                if (!out.equals(in[i])) {
                    in[i] = out;
                    changed = true;
                }
            }
        }
        return in;
    }
}
