package phpgoc.compiler.codegen;

import java.util.List;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import phpgoc.ast.Param;
import phpgoc.compiler.emit.Emitter;
import phpgoc.compiler.sema.Scope;
import phpgoc.runtime.ParamInfo;

/**
 * The code that keeps a function's {@link phpgoc.runtime.ArgStack} entry, so traces list its
 * arguments as php does: a {@code Frame} constant per function, the entry at its start, the
 * parameters stored again at the end of its prologue (the stores after that are {@link Builder}'s,
 * the leaving on return and throw too).
 */
final class ArgStackGen {
    private final UnitCompiler unit;

    ArgStackGen(UnitCompiler unit) { this.unit = unit; }

    /**
     * {@code methodName(int)}: the generated method of each function and closure body, which the
     * runtime's callers enter the extra arguments of a call under ({@code ArgStack.enterExtra}).
     */
    void methodNameMethod(List<Scope> bodies) {
        String desc = "(I)Ljava/lang/String;";
        Emitter e = unit.method(Opcodes.ACC_PUBLIC, "methodName", desc);
        List<Scope> named = bodies.stream().filter(s -> s.kind != Scope.Kind.METHOD && s.kind != Scope.Kind.TOP).toList();
        int[] keys = named.stream().mapToInt(s -> s.index).toArray();
        e.loadArg(0);
        e.tableSwitch(keys, new org.objectweb.asm.commons.TableSwitchGenerator() {
            @Override
            public void generateCase(int key, org.objectweb.asm.Label end) {
                e.push(unit.methodName(unit.sema.bodies.get(key)));
                e.returnValue();
            }

            @Override
            public void generateDefault() {
                e.visitInsn(Opcodes.ACONST_NULL);
                e.returnValue();
            }
        });
        UnitCompiler.end(e);
    }

    /** Declares the static field of {@code s}'s Frame. */
    void declareFrame(ClassWriter cw, Scope s) {
        cw.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, argFrameField(s),
                Type.getDescriptor(phpgoc.runtime.ArgStack.Frame.class), null, null).visitEnd();
    }

    /** In the class initialiser, after {@code s}'s ParamInfo[] field is set: its Frame (method name, parameters, $this slot). */
    void initFrame(Emitter e, Scope s) {
        Type owner = Type.getObjectType(unit.internalName);
        e.newInit(Rt.ARG_FRAME_NEW);
        e.push(unit.methodName(s));
        e.getStatic(owner, unit.paramsField(s), Type.getType(ParamInfo[].class));
        e.push(keepsThis(s));
        e.push(traitScope(s));
        e.push(sensitive(s));
        e.call(Rt.ARG_FRAME_NEW);
        e.putStatic(owner, argFrameField(s), Type.getType(phpgoc.runtime.ArgStack.Frame.class));
    }

    /** Bit i: parameter i has {@code #[SensitiveParameter]} (php 8.2: traces hide its value). */
    static int sensitive(Scope s) {
        int mask = 0;
        List<Param> ps = s.decl.params();
        for (int i = 0; i < ps.size() && i < 31; i++) {
            for (phpgoc.ast.Attribute a : ps.get(i).attributes()) {
                String n = a.name().text();
                if (n.startsWith("\\")) n = n.substring(1);
                if (n.equalsIgnoreCase("SensitiveParameter")) mask |= 1 << i;
            }
        }
        return mask;
    }

    /**
     * Whether the body keeps an {@link phpgoc.runtime.ArgStack} entry, so traces list its arguments
     * and debug_backtrace() its {@code $this}: functions with parameters (or extra arguments), bodies
     * with {@code $this}, not generators (resumed in the middle of the body, past the entry) nor
     * top-level code.
     */
    static boolean keepsArgs(Scope s) {
        return hasFrame(s) && !s.generator;
    }

    /**
     * Whether the body has an {@code ArgStack.Frame} constant: functions with parameters (or extra
     * arguments), bodies with {@code $this}, generators too, also without (they keep the extra
     * arguments of their call).
     */
    static boolean hasFrame(Scope s) {
        return s.kind != Scope.Kind.TOP && (!s.decl.params().isEmpty() || s.hiddenRest() || s.generator || keepsThis(s)
                || traitScope(s));
    }

    /**
     * Whether the entry ends with the ClassTemplate a trait's method runs for (its argument 1): php's
     * traces name the class that uses the trait, and the JVM method is the trait's, shared by them all.
     */
    static boolean traitScope(Scope s) {
        return s.kind == Scope.Kind.METHOD && !s.generator && s.classDecl != null
                && s.classDecl.kind() == phpgoc.ast.Stmt.ClassKind.TRAIT;
    }

    /**
     * Whether the entry has a slot after the parameters for the body's {@code $this}: an instance
     * method's object, or the Closure of a closure in a class's non-static code (its {@code $this}
     * read when a backtrace is taken). Not for a leaf without parameters (a getter: an entry made a
     * loop of getter calls about 12% slower), so a backtrace taken under it through an implicit call
     * (a magic method, an error handler) shows no "object" for its frame.
     */
    static boolean keepsThis(Scope s) {
        boolean self = switch (s.kind) {
            case METHOD -> !s.decl.isStatic() && !s.isStatic;
            case CLOSURE, ARROW -> s.classDecl != null && s.classDecl.name() != null && !s.isStatic && !s.decl.isStatic();
            default -> false;
        };
        return self && (s.calls || !s.decl.params().isEmpty() || s.hiddenRest());
    }

    /** The static field holding a body's {@code ArgStack.Frame} (bodies that {@link #hasFrame}). */
    private static String argFrameField(Scope s) { return "F$" + s.index; }

    /** Pushes {@code s}'s Frame constant. */
    static void loadFrame(UnitCompiler unit, Scope s, Builder b) {
        b.getStatic(unit.internalName, argFrameField(s), phpgoc.runtime.ArgStack.Frame.class);
    }

    /**
     * Enters the body's ArgStack entry with the arguments as passed (and its {@code $this}, or its
     * Closure, after them); its base goes to a new int local.
     */
    void enter(Scope s, Builder b, int first) {
        int params = s.decl.params().size() + (s.hiddenRest() ? 1 : 0);
        int selfSlots = params + (keepsThis(s) ? 1 : 0);
        int n = selfSlots + (traitScope(s) ? 1 : 0);
        // a method's $this is argument 2, a closure's Closure argument 1, a method's ClassTemplate
        // argument 1 (see UnitCompiler.methodDesc)
        int self = s.kind == Scope.Kind.METHOD ? 2 : 1;
        java.util.function.IntUnaryOperator arg = i -> i < params ? first + i : i < selfSlots ? self : 1;
        b.loadCtx();
        loadFrame(unit, s, b);
        if (n <= Rt.ARG_ENTER_N.length) {
            for (int i = 0; i < n; i++) b.loadArg(arg.applyAsInt(i));
            b.call(Rt.ARG_ENTER_N[n - 1]);
        } else {
            b.pushInt(phpgoc.runtime.ArgStack.HEADER + n);
            b.call(Rt.ARG_ENTER);
        }
        int base = b.newIntTemp();
        b.store(base);
        b.argEntry(base);
        for (int i = n <= Rt.ARG_ENTER_N.length ? n : 0; i < n; i++) {
            b.loadCtx();
            b.load(base);
            b.pushInt(i);
            b.loadArg(arg.applyAsInt(i));
            b.call(Rt.ARG_SET);
        }
    }

    /**
     * At the end of the prologue: the parameters it may have changed (coerced to their type, given
     * their default, bound as Ref variables) go to the entry again, with the defaulted bits; from
     * here on every store to a parameter does too, but for the variadic one: php lists the
     * arguments it took as passed, so the entry keeps a copy of its array.
     */
    void afterPrologue(Scope s, Builder b, int defaulted) {
        List<Param> ps = s.decl.params();
        for (int i = 0; i < ps.size(); i++) {
            Param p = ps.get(i);
            boolean ref = b.isRef(p.name());
            if (p.type() == null && p.defaultValue() == null && !ref && !p.variadic()) continue;
            b.loadCtx();
            b.load(b.argEntryBase());
            b.pushInt(i);
            if (p.variadic()) {
                b.loadVarRaw(p.name());
                b.call(Rt.COPY);
            } else if (ref) {
                b.loadRef(p.name());
            } else {
                b.loadVarRaw(p.name());
            }
            b.call(Rt.ARG_SET);
        }
        if (defaulted >= 0) {
            b.loadCtx();
            b.load(b.argEntryBase());
            b.load(defaulted);
            b.call(Rt.ARG_DEFAULTED);
        }
        b.argParams(ps.stream().map(p -> p.variadic() ? "" : p.name()).toList());
    }
}
