package phpgoc.compiler.codegen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import phpgoc.compiler.emit.Call;
import phpgoc.compiler.emit.Emitter;
import phpgoc.compiler.sema.Scope;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Ref;
import phpgoc.runtime.SymbolTable;

/**
 * Emits the PHP operations of one generated method: values, variables (plain slots, Ref slots or
 * SymbolTable-backed Ref slots), temporaries and jumps. Tree walkers call only this.
 * The Context is always argument 0.
 */
final class Builder {
    private final Emitter e;
    final Scope scope;
    private final Map<String, Integer> slots = new HashMap<>();
    private int symbolTable = -1;

    Builder(Emitter e, Scope scope) {
        this.e = e;
        this.scope = scope;
    }

    // ---- plain values

    void loadCtx() { e.loadArg(0); }

    /**
     * max_execution_time's check at the top of a loop iteration: reads the context's flag, which
     * the watchdog sets when the limit passed; the slow path raises php's fatal error at {@code line}.
     */
    void timeCheck(int line) {
        Label ok = label();
        line(line);
        loadCtx();
        getField(Rt.TIME_UP);
        jumpIfFalse(ok);
        loadCtx();
        call(Rt.TIME_EXCEEDED);
        mark(ok);
    }
    void loadArg(int i) { e.loadArg(i); }
    void storeArg(int i) { e.storeArg(i); }
    void pushNull() { e.visitInsn(Opcodes.ACONST_NULL); }
    void pushUndef() { e.get(Rt.UNDEF); }
    void pushString(String s) { e.push(s); }
    void pushLong(long v) { e.pushLongBoxed(v); }
    void pushRawLong(long v) { e.push(v); }
    void pushInt(int v) { e.push(v); }
    void pushBoolean(boolean v) { e.push(v); }
    void pushDouble(double v) { e.pushDoubleBoxed(v); }
    void pushBool(boolean v) {
        e.getStatic(Type.getType(Boolean.class), v ? "TRUE" : "FALSE", Type.getType(Boolean.class));
    }
    /** Boxes the int 0/1 on the stack as a Boolean. */
    void boxBoolean() { e.valueOf(Type.BOOLEAN_TYPE); }
    /** Boxes a Java return value of type {@code t} as a PHP value (void becomes null). */
    void boxReturn(Type t) {
        switch (t.getSort()) {
            case Type.VOID -> pushNull();
            case Type.LONG, Type.DOUBLE, Type.BOOLEAN -> e.valueOf(t);
            case Type.INT -> { e.visitInsn(Opcodes.I2L); e.valueOf(Type.LONG_TYPE); }
            default -> { }
        }
    }

    /** The raw emitter, for generators of primitive code ({@link TypedLoopGen}). */
    Emitter emitter() { return e; }

    void call(Call c) { e.call(c); }
    void line(int n) { e.line(n); }
    void dup() { e.dup(); }
    void dupX1() { e.dupX1(); }
    void dupX2() { e.dupX2(); }
    void pop() { e.pop(); }
    void swap() { e.swap(); }
    /** new C(args): call before pushing the arguments, then {@link #call} the constructor. */
    void newInit(Call ctor) { e.newInit(ctor); }
    void checkCast(Class<?> c) { e.checkCast(Type.getType(c)); }
    void instanceOf(Class<?> c) { e.instanceOf(Type.getType(c)); }
    void athrow() { e.throwException(); }
    /** Returns the value on the stack; a function first releases its Ref variables (see {@link Ref#binds}). */
    void areturn() {
        if (frame >= 0) {
            // an outlined loop's return: the enclosing body takes its variables back and returns the value
            e.storeLocal(returnValue);
            e.goTo(returned);
            return;
        }
        if (!scope.owned.isEmpty() && scope.kind != Scope.Kind.TOP) {
            int t = newTemp();
            e.storeLocal(t);
            releaseOwned();
            e.loadLocal(t);
        }
        releaseRefs();
        if (argBase >= 0) {
            loadCtx();
            e.loadLocal(argBase);
            e.call(Rt.ARG_LEAVE);
        }
        if (popsCallFrame) {
            loadCtx();
            e.call(Rt.CALL_FRAME_POP);
        }
        e.returnValue();
    }

    /** Set once the body pushed its debug_backtrace() shadow frame ({@code runtime.CallFrames}). */
    boolean popsCallFrame;

    /** The local holding the shadow frame's parameter array, or -1; the parameters' indexes in it. */
    private int shadowValues = -1;
    private java.util.List<String> shadowNames = java.util.List.of();

    /**
     * From here on, binding parameter {@code names[i]} to another Ref ({@code =&}, unset) also stores
     * that Ref at index i of the shadow frame's array in local {@code values}.
     */
    void shadowParams(int values, java.util.List<String> names) {
        shadowValues = values;
        shadowNames = names;
    }

    /** The int local holding this body's {@code runtime.ArgStack} entry's base, or -1 (no entry). */
    private int argBase = -1;
    /** The parameters whose stores also go to the entry, in entry order; none until {@link #argParams}. */
    private java.util.List<String> argNames = java.util.List.of();

    /** This body entered an {@code ArgStack} entry; its base is in int local {@code base}. */
    void argEntry(int base) { argBase = base; }

    int argEntryBase() { return argBase; }

    java.util.List<String> argParamNames() { return argNames; }

    /** From here on, storing to parameter {@code names[i]} (its value, or its Ref) also stores it in the entry. */
    void argParams(java.util.List<String> names) { argNames = names; }

    /** Also stores variable {@code name}'s slot {@code s} in the ArgStack entry, if it is a parameter there. */
    private void argWriteThrough(String name, int s) {
        int i = argBase < 0 ? -1 : argNames.indexOf(name);
        if (i < 0) return;
        loadCtx();
        e.loadLocal(argBase);
        e.push(i);
        e.loadLocal(s);
        e.call(Rt.ARG_SET);
    }

    /** The handler that leaves the ArgStack entry when anything is thrown out of [start, end), and rethrows. */
    void leaveArgsOnThrow(Label start, Label end) {
        onThrow(start, end, () -> {
            loadCtx();
            e.loadLocal(argBase);
            e.call(Rt.ARG_LEAVE);
        });
    }

    /** A catch-all handler for [start, end) that runs {@code cleanup} and rethrows. */
    private void onThrow(Label start, Label end, Runnable cleanup) {
        Label h = e.newLabel();
        e.visitTryCatchBlock(start, end, h, null);
        e.mark(h);
        int t = newTemp();
        e.storeLocal(t);
        cleanup.run();
        e.loadLocal(t);
        e.throwException();
    }

    /** Stores the Ref on the stack into the slot {@code s} of Ref variable {@code name}, and into its shadow frame. */
    private void storeRefSlot(String name, int s) {
        e.storeLocal(s);
        argWriteThrough(name, s);
        int i = shadowValues < 0 ? -1 : shadowNames.indexOf(name);
        if (i < 0) return;
        e.loadLocal(shadowValues);
        e.push(i);
        e.loadLocal(s);
        e.arrayStore(Type.getType(Object.class));
    }

    /** The handler that pops the shadow frame when anything is thrown out of [start, end), and rethrows. */
    void popCallFrameOnThrow(Label start, Label end) {
        onThrow(start, end, () -> {
            loadCtx();
            e.call(Rt.CALL_FRAME_POP);
        });
    }

    // ---- destruction points of owned variables (sema.Ownership, runtime.Destructors)

    /** Whether {@code name} holds the only reference to its object. */
    boolean owned(String name) { return scope.owned.containsKey(name); }

    /** Whether {@code name} is an owned array variable ({@link Scope#ownedArrays}). */
    boolean ownedArray(String name) { return scope.ownedArrays.contains(name); }

    /** The element {@code $name[key]} of an owned array variable, before a write or unset replaces it: in a new temporary. */
    int elementBefore(String name, int key) {
        int t = newTemp();
        loadVarQuiet(name);
        load(key);
        e.call(Rt.ELEMENT);
        store(t);
        return t;
    }

    /** Stack: ctx, old value, new value -> releases what of old the new value does not hold. */
    void releaseReplaced() {
        e.push(scope.kind == Scope.Kind.TOP);
        e.call(Rt.RELEASE_REPLACED);
    }

    /**
     * The variable's old value, in {@code old}, was replaced: releases it unless the variable or
     * another of its group still holds it.
     */
    private void release(String name, int old) {
        Label keep = e.newLabel();
        loadVarRaw(name);
        e.loadLocal(old);
        e.ifCmp(Type.getType(Object.class), Emitter.EQ, keep);
        for (String w : scope.owned.get(name)) {
            loadVarRaw(w);
            e.loadLocal(old);
            e.ifCmp(Type.getType(Object.class), Emitter.EQ, keep);
        }
        loadCtx();
        e.loadLocal(old);
        if (scope.ownedArrays.contains(name)) {
            // an array of objects only it holds: those the new value does not hold any more go
            loadVarRaw(name);
            releaseReplaced();
        } else {
            e.call(scope.kind == Scope.Kind.TOP ? Rt.RELEASE_GLOBAL : Rt.RELEASE);
        }
        e.mark(keep);
    }

    /** Scope end (return, or an exception leaving the function): each owned variable in order. */
    void releaseOwned() {
        for (String v : scope.owned.keySet()) {
            int old = newTemp();
            loadVarRaw(v);
            e.storeLocal(old);
            pushUndef();
            storeRaw(v);
            release(v, old);
        }
    }

    /** A function's handler for anything thrown in [start, end): releases the owned variables and rethrows. */
    void releaseOnThrow(Label start, Label end) {
        if (scope.owned.isEmpty() || scope.kind == Scope.Kind.TOP) return;
        onThrow(start, end, this::releaseOwned);
    }

    /** Method entry of a method that lets {@code $this} escape. */
    void markThisEscaped() {
        e.loadArg(2);
        e.call(Rt.ESCAPE);
    }

    /** Unbinds the Refs a function's variables hold: nothing for functions without Ref variables. */
    private void releaseRefs() {
        if (scope.kind == Scope.Kind.TOP) return;
        if (symbolTable >= 0) {
            e.loadLocal(symbolTable);
            e.call(Rt.ST_RELEASE_ALL);
            return;
        }
        for (String v : scope.refVars) {
            Integer s = slots.get(v);
            if (s == null) continue;
            e.loadLocal(s);
            e.call(Rt.REF_UNBIND);
        }
    }
    void getField(phpgoc.compiler.emit.FieldRef f) { e.get(f); }
    void putField(phpgoc.compiler.emit.FieldRef f) { e.put(f); }
    void getStatic(String owner, String name, Class<?> type) {
        e.getStatic(Type.getObjectType(owner), name, Type.getType(type));
    }
    void invokeStatic(String owner, String name, String desc) {
        e.visitMethodInsn(Opcodes.INVOKESTATIC, owner, name, desc, false);
    }

    /** new Object[n]; elements are stored with {@link #arrayStoreAt}. */
    void newObjectArray(int n) { e.push(n); e.newArray(Type.getType(Object.class)); }
    void newArrayOf(Class<?> c, int n) { e.push(n); e.newArray(Type.getType(c)); }
    /** Stack: array, value -> array, with value stored at index i. */
    void arrayStoreAt(int i) {
        // array value -> value array -> ... use a temp-free sequence: dup_x1, swap, push i, swap, aastore
        e.swap();        // value array
        e.dupX1();       // array value array
        e.swap();        // array array value
        e.push(i);       // array array value i
        e.swap();        // array array i value
        e.arrayStore(Type.getType(Object.class));
    }
    void arrayLoadAt(int i) { e.push(i); e.arrayLoad(Type.getType(Object.class)); }

    // ---- temporaries and jumps

    int newTemp() { return e.newObjectLocal(); }
    int newTemp(Class<?> c) { return e.newLocalOf(c); }
    int newIntTemp() { return e.newLocal(Type.INT_TYPE); }
    /** int, int -> int: bitwise and. */
    void iand() { e.math(org.objectweb.asm.commons.GeneratorAdapter.AND, Type.INT_TYPE); }
    void load(int temp) { e.loadLocal(temp); }
    void store(int temp) { e.storeLocal(temp); }

    Label label() { return e.newLabel(); }
    void mark(Label l) { e.mark(l); }
    void jump(Label l) { e.goTo(l); }
    /** Jumps if the int on the stack is 0 (false). */
    void jumpIfFalse(Label l) { e.ifZCmp(Emitter.EQ, l); }
    void jumpIfTrue(Label l) { e.ifZCmp(Emitter.NE, l); }
    void jumpIfNull(Label l) { e.ifNull(l); }
    void jumpIfNotNull(Label l) { e.ifNonNull(l); }
    void jumpIfNonNull(Label l) { e.ifNonNull(l); }
    void jumpIfIntNegative(Label l) { e.ifZCmp(Emitter.LT, l); }
    void jumpIfSame(Label l) { e.ifCmp(Type.getType(Object.class), Emitter.EQ, l); }
    void jumpIfNotSame(Label l) { e.ifCmp(Type.getType(Object.class), Emitter.NE, l); }
    void invertBoolean() { e.push(1); e.math(Emitter.XOR, Type.INT_TYPE); }
    void tryCatch(Label start, Label end, Label handler) { e.visitTryCatchBlock(start, end, handler, null); }
    /** A handler for {@code PhpError}s thrown in [start, end); register inner ranges first. */
    void catchPhpError(Label start, Label end, Label handler) {
        e.visitTryCatchBlock(start, end, handler, Type.getInternalName(phpgoc.runtime.PhpError.class));
    }
    /** Sets bit {@code bit} of the int temporary {@code temp}. */
    void setBit(int temp, int bit) {
        e.loadLocal(temp);
        e.push(1 << bit);
        e.math(Emitter.OR, Type.INT_TYPE);
        e.storeLocal(temp);
    }
    void resetLine() { e.resetLine(); }

    // ---- variables

    boolean isRef(String name) { return scope.isRef(name); }

    /** Whether the file declares strict_types (writes through typed references check strictly). */
    boolean strictTypes;

    private int slot(String name) {
        Integer s = slots.get(name);
        if (s == null) {
            s = isRef(name) ? e.newLocalOf(Ref.class) : e.newObjectLocal();
            slots.put(name, s);
            if (frame >= 0) frameVars.add(name); // read from the frame by the prologue
            else if (symbolTable >= 0) fetch(name, s);
        }
        return s;
    }

    /** Sets up the variable slots at method entry: a SymbolTable-backed scope reads {@code table} (a local). */
    void initVars(int table) {
        symbolTable = table;
        for (String v : scope.vars) {
            if (v.equals("this")) continue;
            int s = isRef(v) ? e.newLocalOf(Ref.class) : e.newObjectLocal();
            slots.put(v, s);
            if (table >= 0) fetch(v, s);
            else if (isRef(v)) { e.newInit(Rt.REF_NEW); e.call(Rt.REF_NEW); e.storeLocal(s); }
            else { pushUndef(); e.storeLocal(s); }
        }
    }

    private void fetch(String name, int s) {
        e.loadLocal(symbolTable);
        e.push(name);
        e.call(Rt.ST_LOOKUP);
        e.storeLocal(s);
    }

    int symbolTableLocal() { return symbolTable; }

    // ---- the variables of an outlined loop (LoopOutliner): an Object[] frame holding the body's
    // symbol table, then the slots (values or Refs) of the variables the loop's code touches

    /** The local holding an outlined loop's frame array, else -1. */
    private int frame = -1;
    /** The variables an outlined loop's code touched so far, in frame order. */
    private List<String> frameVars;
    private Label bodyStart, prologue, returned;
    private int returnValue;

    /**
     * Entry of an outlined loop's method: the frame array is argument {@code frameArg}; with the
     * enclosing body's {@code params} (it has an ArgStack entry) its base is the next argument.
     */
    void beginOutlined(int frameArg, java.util.List<String> params) {
        frame = e.newLocalOf(Object[].class);
        e.loadArg(frameArg);
        e.storeLocal(frame);
        if (params != null) {
            argBase = e.newLocal(Type.INT_TYPE);
            e.loadArg(frameArg + 1);
            e.storeLocal(argBase);
            argNames = params;
        }
        frameVars = new java.util.ArrayList<>();
        returnValue = e.newObjectLocal();
        if (scope.kind == Scope.Kind.TOP || scope.symbolTable) symbolTable = e.newLocalOf(SymbolTable.class);
        bodyStart = e.newLabel();
        prologue = e.newLabel();
        returned = e.newLabel();
        e.goTo(prologue);
        e.mark(bodyStart);
    }

    /**
     * After the loop: the frame is written back and the method returns {@code done}; a
     * {@code return} in the loop writes it back and returns its value; the prologue (emitted last,
     * when the touched variables are known) reads the slots from the frame; anything thrown in
     * [start, end) writes the frame back. Returns the variables in frame order.
     */
    List<String> endOutlined(phpgoc.compiler.emit.FieldRef done, Label start, Label end) {
        spill(frame, frameVars);
        e.get(done);
        e.returnValue();
        spillOnThrow(start, end); // after the loop's own handlers: they come first in the table
        e.mark(returned);
        spill(frame, frameVars);
        e.loadLocal(returnValue);
        e.returnValue();
        e.mark(prologue);
        reload(frame, frameVars);
        e.goTo(bodyStart);
        return frameVars;
    }

    /** An outlined loop's handler: writes the frame back and rethrows. */
    private void spillOnThrow(Label start, Label end) {
        Label h = e.newLabel();
        e.visitTryCatchBlock(start, end, h, null);
        e.mark(h);
        int t = e.newLocalOf(Throwable.class);
        e.storeLocal(t);
        spill(frame, frameVars);
        e.loadLocal(t);
        e.throwException();
    }

    /** Stores the symbol table and the variables' raw slots (a value or its Ref) into the array in {@code arr}. */
    void spill(int arr, List<String> vars) {
        if (symbolTable >= 0) {
            e.loadLocal(arr);
            e.push(0);
            e.loadLocal(symbolTable);
            e.arrayStore(OBJECT);
        }
        for (int i = 0; i < vars.size(); i++) {
            int s = slot(vars.get(i));
            e.loadLocal(arr);
            e.push(1 + i);
            e.loadLocal(s);
            e.arrayStore(OBJECT);
        }
    }

    /** Reads back what {@link #spill} stored. */
    void reload(int arr, List<String> vars) {
        if (symbolTable >= 0) {
            e.loadLocal(arr);
            e.push(0);
            e.arrayLoad(OBJECT);
            e.checkCast(Type.getType(SymbolTable.class));
            e.storeLocal(symbolTable);
        }
        for (int i = 0; i < vars.size(); i++) {
            int s = slot(vars.get(i));
            e.loadLocal(arr);
            e.push(1 + i);
            e.arrayLoad(OBJECT);
            if (isRef(vars.get(i))) e.checkCast(Type.getType(Ref.class));
            e.storeLocal(s);
            argWriteThrough(vars.get(i), s);
        }
    }

    private static final Type OBJECT = Type.getType(Object.class);

    /** After include: every cached Ref is fetched again. */
    void refetchAll() {
        if (symbolTable < 0) return;
        for (Map.Entry<String, Integer> en : slots.entrySet()) fetch(en.getKey(), en.getValue());
    }

    void loadVar(String name) {
        int s = slot(name);
        e.loadLocal(s);
        e.push(name);
        e.call(isRef(name) ? Rt.READ_REF : Rt.READ);
    }

    /** UNDEF reads as null, no warning. */
    void loadVarQuiet(String name) {
        int s = slot(name);
        e.loadLocal(s);
        if (isRef(name)) e.call(Rt.REF_GET); else e.call(Rt.QUIET);
    }

    /** The raw slot value (may be UNDEF). */
    void loadVarRaw(String name) {
        int s = slot(name);
        e.loadLocal(s);
        if (isRef(name)) e.get(Rt.REF_VALUE);
    }

    /** Stores the value on the stack into the variable. */
    void storeVar(String name) {
        if (!owned(name)) {
            storeRaw(name);
            return;
        }
        int old = newTemp();
        loadVarRaw(name);
        e.storeLocal(old);
        storeRaw(name);
        release(name, old);
    }

    private void storeRaw(String name) {
        int s = slot(name);
        if (isRef(name)) {
            e.loadLocal(s);
            e.swap();
            e.call(strictTypes ? Rt.REF_SET_STRICT : Rt.REF_SET); // checks the type of a reference a typed property holds
            e.pop();
        } else {
            e.storeLocal(s);
            argWriteThrough(name, s);
        }
    }

    /** Pushes the variable's Ref (the variable must be a Ref variable). */
    void loadRef(String name) {
        if (!isRef(name)) throw new IllegalStateException("not a Ref variable: $" + name);
        e.loadLocal(slot(name));
    }

    /** Binds the variable to the Ref on the stack. */
    void bindRef(String name) {
        int s = slot(name);
        if (symbolTable >= 0) {
            e.dup();
            e.loadLocal(symbolTable);
            e.swap();
            e.push(name);
            e.swap();
            e.call(Rt.ST_BIND);
        } else {
            e.loadLocal(s);
            e.swap();
            e.call(Rt.REF_REBIND);
        }
        storeRefSlot(name, s);
    }

    void unsetVar(String name) {
        if (!owned(name)) {
            unsetRaw(name);
            return;
        }
        int old = newTemp();
        loadVarRaw(name);
        e.storeLocal(old);
        unsetRaw(name);
        release(name, old);
    }

    private void unsetRaw(String name) {
        int s = slot(name);
        if (symbolTable >= 0) {
            e.loadLocal(symbolTable);
            e.push(name);
            e.call(Rt.ST_UNSET);
            fetch(name, s);
            if (shadowValues >= 0) {
                e.loadLocal(s);
                storeRefSlot(name, s);
            }
        } else if (isRef(name)) {
            e.loadLocal(s);
            e.call(Rt.REF_UNBIND);
            e.newInit(Rt.REF_NEW);
            e.call(Rt.REF_NEW);
            storeRefSlot(name, s);
        } else {
            pushUndef();
            e.storeLocal(s);
            argWriteThrough(name, s);
        }
    }

    /** Makes the variable hold an array for a nested write and pushes that array. */
    void loadVarArrayForWrite(String name) {
        if (isRef(name) && !name.equals("this")) {
            loadRef(name);
            e.call(REF_ARRAY_FOR_WRITE); // a reference a typed property holds may refuse the array
            return;
        }
        loadVarQuiet(name);
        e.call(Rt.ARRAY_FOR_WRITE);
        e.dup();
        storeVar(name);
    }

    /** Makes the Ref on the stack hold an array for a nested write and replaces the Ref with that array. */
    void refArrayForWrite() {
        dup();
        call(Rt.REF_GET);
        call(Rt.ARRAY_FOR_WRITE);
        dupX1();
        putField(Rt.REF_VALUE);
    }

    private static final Call REF_ARRAY_FOR_WRITE = Call.of(phpgoc.runtime.StaticProps.class, "arrayForWrite", Ref.class);

    static Class<?> arrayClass() { return PhpArray.class; }
    static Class<?> symbolTableClass() { return SymbolTable.class; }
}
