package phpgoc.compiler.codegen;

import java.util.Locale;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import phpgoc.ast.Expr;
import phpgoc.compiler.sema.Scope;

/**
 * Object expressions: {@code ->} and {@code ::} reads and writes, class references, {@code
 * instanceof}, {@code clone}, {@code $this} (calls and {@code new}: {@link MethodCallGen}). Instance
 * property access is an {@code invokedynamic} site ({@code phpgoc.runtime.link.Bootstrap}) whose
 * static argument is the calling class's template (the visibility scope); the rest call {@code
 * ObjectOps}/{@code Classes}.
 */
final class ObjectGen {
    private final Gen g;
    private final Builder b;

    ObjectGen(Gen g) {
        this.g = g;
        this.b = g.b;
    }

    private Scope scope() { return g.scope; }

    private boolean inClass() { return scope().classIndex >= 0 || evalInClass(); }

    /** Code eval'd in code of a class: the class comes from the unit's static field set when it was loaded. */
    private boolean evalInClass() { return scope().classIndex == Scope.EVAL_CLASS; }

    /** Closure bodies take their class scope, {@code $this} and called class from their Closure (rebindable). */
    boolean inClosure() { return scope().kind == Scope.Kind.CLOSURE || scope().kind == Scope.Kind.ARROW; }

    /** Pushes the calling code's class template (null outside classes). */
    void pushScope() {
        if (inClosure()) {
            b.loadArg(1);
            b.getField(ObjRt.CLOSURE_SCOPE);
        } else pushCompiledScope();
    }

    /** The class template the code was compiled in (what indy sites are linked with). */
    private void pushCompiledScope() {
        if (TraitEnumGen.inTraitMethod(scope()) && scope().decl == null) {
            // a trait's initialiser (constant, property default): the class using it
            b.loadCtx();
            b.getField(ObjRt.CTX_TRAIT_SELF);
        } else if (TraitEnumGen.inTraitMethod(scope())) b.loadArg(1);
        else if (evalInClass()) b.getStatic(g.unit.internalName, UnitCompiler.EVAL_SCOPE_FIELD, phpgoc.runtime.ClassTemplate.class);
        else if (inClass()) b.getStatic(g.unit.internalName, ClassGen.templateField(scope().classIndex), phpgoc.runtime.ClassTemplate.class);
        else b.pushNull();
    }

    /**
     * In a closure body: jumps to {@code slow} unless the closure's scope is the class it was
     * compiled in (or none outside classes), the scope its indy sites were linked with; a rebound
     * closure takes the slow paths, which get the scope as an argument.
     */
    void closureScopeGuard(org.objectweb.asm.Label slow) {
        b.loadArg(1);
        b.getField(ObjRt.CLOSURE_SCOPE);
        pushCompiledScope();
        b.jumpIfNotSame(slow);
    }

    /** The indy static arguments: the scope template as a constant, when in a class. */
    Object[] indyArgs() {
        if (!inClass()) return new Object[0];
        if (evalInClass()) {
            Handle getter = new Handle(Opcodes.H_GETSTATIC, g.unit.internalName, UnitCompiler.EVAL_SCOPE_FIELD,
                    Type.getDescriptor(phpgoc.runtime.ClassTemplate.class), false);
            return new Object[] {new ConstantDynamic(UnitCompiler.EVAL_SCOPE_FIELD, ObjRt.TPL, ObjRt.CONSTANT_INVOKE, getter)};
        }
        return new Object[] {new ConstantDynamic(ClassGen.templateField(scope().classIndex), ObjRt.TPL, ObjRt.GET_STATIC_FINAL,
                Type.getObjectType(g.unit.internalName))};
    }

    /** Pushes {@code $this}. */
    void thisValue() {
        Scope s = scope();
        if (s.kind == Scope.Kind.METHOD && !s.isStatic) {
            b.loadArg(2);
            return;
        }
        pushThisOrStatic();
        b.call(ObjRt.THIS_OF);
    }

    /** isset/?? of {@code $this}: null where there is none. */
    void thisQuiet() {
        pushThisOrStatic();
        b.call(ObjRt.THIS_OR_NULL);
    }

    /** Pushes {@code $this}, or the called class in static code, or null outside classes. */
    void pushThisOrStatic() {
        Scope s = scope();
        if (s.kind == Scope.Kind.METHOD) b.loadArg(2);
        else if (evalInClass() && s.kind == Scope.Kind.TOP) {
            // the eval's caller left its $this or called class in the variable table it shares
            b.load(b.symbolTableLocal());
            b.getField(ObjRt.SYMBOLS_THIS);
        } else if (inClosure()) {
            b.loadArg(1);
            b.getField(ObjRt.CLOSURE_THIS);
        } else b.pushNull();
    }

    String special(Expr cls) {
        if (cls instanceof Expr.NameExpr n && n.name().isSpecialClass()) return n.name().text().toLowerCase(Locale.ROOT);
        return null;
    }

    /**
     * Whether {@code self}/{@code parent}/{@code static} ({@code what}) has a class here. Outside
     * classes php reports it at compile time where it knows the scope (a named function); closures
     * check their (bindable) scope at run time; at the top level (eval'd code's) it throws at run
     * time: then this emits that throw ({@code className}: for {@code ::class}) and returns false.
     */
    private boolean requireClass(String what, Expr at, boolean className) {
        if (inClass() || inClosure()) return true; // a closure may be bound to a class: checked at run time
        if (scope().kind != Scope.Kind.TOP && scope().kind != Scope.Kind.CLOSURE && scope().kind != Scope.Kind.ARROW) {
            throw new CompileError("Cannot use \"" + what + "\" when no class scope is active", at.span().line());
        }
        b.line(at.span().line());
        b.newInit(Rt.PHP_ERROR_NEW);
        b.pushString("Error");
        b.pushString(className ? "Cannot use \"" + what + "\" in the global scope"
                : "Cannot access \"" + what + "\" when no class scope is active");
        b.call(Rt.PHP_ERROR_NEW);
        b.athrow();
        return false;
    }

    /** Pushes the PhpClass that {@code cls} denotes ({@code A}, {@code self}, {@code parent}, {@code static}, an expression). */
    void classRef(Expr cls) {
        String sp = special(cls);
        if (sp != null) {
            if (!requireClass(sp, cls, false)) {
                b.pushNull(); // not reached: keeps the stack as callers expect
                return;
            }
            switch (sp) {
                case "self" -> { b.loadCtx(); pushScope(); b.call(ObjRt.SELF); }
                case "parent" -> { b.loadCtx(); pushScope(); b.call(ObjRt.PARENT); }
                default -> { pushThisOrStatic(); b.call(ObjRt.CALLED); }
            }
            return;
        }
        if (cls instanceof Expr.NameExpr n) {
            b.loadCtx();
            b.line(cls.span().line());
            b.emitter().visitInvokeDynamicInsn("classRef:" + bare(n.name().text()),
                    "(" + ObjRt.CTX + ")" + Type.getDescriptor(phpgoc.runtime.PhpClass.class), ObjRt.BOOTSTRAP);
            return;
        }
        b.loadCtx();
        g.expr.gen(cls);
        b.call(ObjRt.OF_VALUE);
    }

    static String bare(String name) { return name.startsWith("\\") ? name.substring(1) : name; }

    String name(Expr.Prop p) { return memberName(p.name(), p); }

    /** Dynamic member names ({@code $o->$n}, {@code $o->{expr}}) by the key {@link #memberName} returned for them. */
    private final java.util.Map<String, Expr> dynamicNames = new java.util.HashMap<>();

    /** A literal member name, or for a dynamic one a key (starting with NUL) that {@link #getProp}/{@link #setProp} evaluate. */
    String memberName(Expr name, Expr at) {
        if (name instanceof Expr.StrLit s) return s.value();
        String key = "\0" + dynamicNames.size();
        dynamicNames.put(key, name);
        return key;
    }

    static boolean isDynamic(String name) { return name.startsWith("\0"); }

    /** Pushes a member name as a String (a dynamic one evaluated and converted). */
    void pushName(String name) {
        Expr e = dynamicNames.get(name);
        if (e == null || !isDynamic(name)) {
            b.pushString(name);
            return;
        }
        g.expr.gen(e);
        b.call(Rt.TO_STR);
    }

    /** Pushes a method name as a String: a dynamic one must be a string (php's Error otherwise). */
    void pushMethodName(String name) {
        Expr e = dynamicNames.get(name);
        if (e == null || !isDynamic(name)) {
            b.pushString(name);
            return;
        }
        g.expr.gen(e);
        b.call(Rt.METHOD_NAME);
    }

    /**
     * Where a {@code ?->} on null jumps in the chain being generated: php short-circuits the rest
     * of the chain ({@code $a?->b->c} is null without a warning). Set only while the object of a
     * {@code ->} is itself a {@code ->}, and taken by that one at once.
     */
    private org.objectweb.asm.Label chainEnd;

    /** Takes the chain end set for the {@code ->} being generated (see {@link #chainEnd}). */
    org.objectweb.asm.Label takeChainEnd() {
        org.objectweb.asm.Label end = chainEnd;
        chainEnd = null;
        return end;
    }

    /** Generates the object of a {@code ->} whose chain ends at {@code end}. */
    void chainObject(Expr object, org.objectweb.asm.Label end) {
        if (object instanceof Expr.Prop || object instanceof Expr.MethodCall) chainEnd = end;
        g.expr.gen(object);
        chainEnd = null;
    }

    /** {@code $o->x} (read). */
    void prop(Expr.Prop p) {
        String name = memberName(p.name(), p);
        org.objectweb.asm.Label outer = chainEnd;
        chainEnd = null;
        org.objectweb.asm.Label end = outer != null ? outer : b.label();
        chainObject(p.object(), end);
        if (p.nullsafe()) {
            b.dup();
            b.jumpIfNull(end);
        }
        getProp(name, p.span().line());
        // a read that hands the value on: an object held by this property is held by it alone no more
        if (!g.sema.peekProps.contains(p)) b.call(Rt.ESCAPED);
        if (outer == null) b.mark(end);
    }

    /** Object on the stack -> its property {@code name}. */
    void getProp(String name, int line) {
        org.objectweb.asm.Label slow = null, done = null;
        if (inClosure() && !isDynamic(name)) {
            slow = b.label();
            done = b.label();
            closureScopeGuard(slow);
        }
        if (slow == null && isDynamic(name)) {
            pushName(name);
            b.loadCtx();
            b.swap();
            pushScope();
            b.line(line);
            b.call(ObjRt.GET_PROP);
            return;
        }
        b.loadCtx();
        b.line(line);
        b.emitter().visitInvokeDynamicInsn("getProp:" + name, "(Ljava/lang/Object;" + ObjRt.CTX + ")Ljava/lang/Object;",
                ObjRt.BOOTSTRAP, indyArgs());
        if (slow == null) return;
        b.jump(done);
        b.mark(slow);
        pushName(name);
        b.loadCtx();
        b.swap();
        pushScope();
        b.line(line);
        b.call(ObjRt.GET_PROP);
        b.mark(done);
    }

    /** Object, value on the stack -> stores the property. */
    void setProp(String name, int line) {
        org.objectweb.asm.Label slow = null, done = null;
        if (inClosure() && !isDynamic(name)) {
            slow = b.label();
            done = b.label();
            closureScopeGuard(slow);
        }
        if (slow == null && isDynamic(name)) {
            setPropUncached(name, line);
            return;
        }
        b.loadCtx();
        b.swap();
        b.line(line);
        Object[] args = indyArgs();
        if (g.unit.strictTypes) {
            // a typed property takes exact types in a strict_types file: the site flag STRICT
            args = java.util.Arrays.copyOf(args, args.length + 1);
            args[args.length - 1] = phpgoc.runtime.link.Bootstrap.STRICT;
        }
        b.emitter().visitInvokeDynamicInsn("setProp:" + name, "(Ljava/lang/Object;" + ObjRt.CTX + "Ljava/lang/Object;)V",
                ObjRt.BOOTSTRAP, args);
        if (slow == null) return;
        b.jump(done);
        b.mark(slow);
        setPropUncached(name, line);
        b.mark(done);
    }

    /** Stack: object, value. The store through ObjectOps (dynamic names, a closure rebound to another scope). */
    private void setPropUncached(String name, int line) {
        int v = b.newTemp();
        b.store(v);
        b.loadCtx();
        pushName(name);
        pushScope();
        b.load(v);
        b.pushBoolean(g.unit.strictTypes);
        b.line(line);
        b.call(ObjRt.SET_PROP);
    }

    /**
     * Pushes the object of a property write ({@code $a->b} in {@code $a->b->c = v}): an inner
     * property is fetched for writing (no undefined-property warning; Error on a non-object).
     */
    void objectForWrite(Expr e) {
        checkWritable(e);
        if (!(e instanceof Expr.Prop p) || p.nullsafe()) {
            g.expr.gen(e);
            return;
        }
        objectForWrite(p.object());
        propOp(p, ObjRt.PROP_FOR_WRITE);
    }

    /**
     * The object expression of a property write must be a variable or a call (php's
     * zend_is_variable_or_call): {@code (new A)->p = 1}, {@code (clone $a)->p++} are compile errors.
     */
    static void checkWritable(Expr object) {
        if (!(object instanceof Expr.Var || object instanceof Expr.VarVar || object instanceof Expr.Dim
                || object instanceof Expr.Prop || object instanceof Expr.StaticProp || object instanceof Expr.Call
                || object instanceof Expr.MethodCall || object instanceof Expr.StaticCall)) {
            throw AssignGen.temporary(object);
        }
    }

    /** The object on the stack: calls {@code op(object, ctx, name, scope)} for property {@code p}. */
    private void propOp(Expr.Prop p, phpgoc.compiler.emit.Call op) {
        b.loadCtx();
        pushName(memberName(p.name(), p));
        pushScope();
        b.line(p.span().line());
        b.call(op);
    }

    /** isset/empty/?? read of {@code $o->x}. */
    void propQuiet(Expr.Prop p) {
        g.expr.genQuiet(p.object());
        b.loadCtx();
        pushName(memberName(p.name(), p));
        pushScope();
        b.call(ObjRt.GET_PROP_QUIET);
        if (!g.sema.peekProps.contains(p)) b.call(Rt.ESCAPED);
    }

    /** {@code isset($o->x)}: pushes a boolean ({@code __isset} for missing or inaccessible properties). */
    void issetProp(Expr.Prop p) {
        g.expr.genQuiet(p.object());
        b.loadCtx();
        pushName(memberName(p.name(), p));
        pushScope();
        b.call(ObjRt.ISSET_PROP);
    }

    /** Pushes the writable array in property {@code p} ({@code $o->a[] = v}). */
    void propArrayForWrite(Expr.Prop p) {
        checkWritable(p.object());
        g.expr.gen(p.object());
        propOp(p, ObjRt.PROP_ARRAY);
    }

    /** Pushes the name of property {@code p} as a String. */
    void pushMemberName(Expr.Prop p) { pushName(memberName(p.name(), p)); }

    /** {@code $o->p = &ref}: the object and the Ref are in locals {@code obj} and {@code ref}. */
    void bindProp(Expr.Prop p, int obj, int ref) {
        b.load(obj);
        b.loadCtx();
        pushMemberName(p);
        pushScope();
        b.load(ref);
        b.line(p.span().line());
        b.call(ObjRt.BIND_PROP);
    }

    /** {@code A::$x = &ref}: {@code ref} pushes the Ref. */
    void bindStaticProp(Expr.StaticProp p, Runnable ref) {
        String name = memberName(p.name(), p);
        int cls = b.newTemp(phpgoc.runtime.PhpClass.class);
        classRef(p.cls());
        b.store(cls);
        b.loadCtx();
        b.load(cls);
        b.pushString(name);
        pushScope();
        ref.run();
        b.pushBoolean(g.unit.strictTypes);
        b.line(p.span().line());
        b.call(ObjRt.BIND_STATIC);
    }

    /** Pushes the Ref of property {@code p} ({@code &$o->x}), making the property a reference. */
    void propRef(Expr.Prop p) {
        if (p.nullsafe()) throw new CompileError("Cannot take reference of a nullsafe chain", p.span().line());
        objectForWrite(p.object());
        propOp(p, ObjRt.PROP_REF);
    }

    /** Pushes the container of a write into {@code p[...]}: the property's ArrayAccess object, or its writable array. */
    void propContainerForWrite(Expr.Prop p) {
        checkWritable(p.object());
        g.expr.gen(p.object());
        propOp(p, ObjRt.PROP_CONTAINER);
    }

    void unsetProp(Expr.Prop p) {
        checkWritable(p.object());
        g.expr.gen(p.object());
        String name = memberName(p.name(), p);
        // an object the property held alone is destroyed with it
        int[] held = p.name() instanceof Expr.StrLit ? rememberHeld(name) : null;
        b.loadCtx();
        pushName(name);
        pushScope();
        b.call(ObjRt.UNSET_PROP);
        if (held != null) dropHeld(held, name);
    }

    /**
     * Stack: the object of a write or unset of its property {@code name} (left there). Keeps it and
     * the object that property holds alone ({@code Destructors.heldValue}) in temporaries: {holder, old}.
     */
    int[] rememberHeld(String name) {
        int holder = b.newTemp(), old = b.newTemp();
        b.dup();
        b.store(holder);
        b.load(holder);
        b.pushString(name);
        b.call(Rt.HELD_VALUE);
        b.store(old);
        return new int[] {holder, old};
    }

    /** After the write or unset: destroys the object {@link #rememberHeld} kept if the property no longer holds it. */
    void dropHeld(int[] held, String name) {
        b.loadCtx();
        b.load(held[1]);
        b.load(held[0]);
        b.pushString(name);
        b.call(Rt.DROP_HELD);
    }

    /** Pushes the Ref of {@code A::$x}. */
    void staticPropRef(Expr.StaticProp p) {
        String name = memberName(p.name(), p);
        int cls = b.newTemp(phpgoc.runtime.PhpClass.class);
        classRef(p.cls());
        b.store(cls);
        b.loadCtx();
        b.load(cls);
        b.pushString(name);
        pushScope();
        b.line(p.span().line());
        b.call(ObjRt.STATIC_PROP);
    }

    void classConst(Expr.ClassConst c) {
        if (c.name().equalsIgnoreCase("class")) {
            String sp = special(c.cls());
            if (c.cls() instanceof Expr.NameExpr n && sp == null) {
                b.pushString(bare(n.name().text()));
            } else if (sp != null && inClosure()) {
                b.loadCtx();
                b.pushString(sp);
                pushScope();
                pushThisOrStatic();
                b.line(c.span().line());
                b.call(ObjRt.SPECIAL_NAME);
            } else if ("self".equals(sp) && scope().classDecl != null && !TraitEnumGen.inTraitMethod(scope())) {
                b.pushString(scope().classDecl.name());
            } else if (sp != null) {
                if (!requireClass(sp, c, true)) {
                    b.pushNull(); // not reached
                    return;
                }
                classRef(c.cls());
                b.getField(ObjRt.CLASS_NAME);
            } else {
                // $x::class: the class of an object; php's TypeError for any other value
                g.expr.gen(c.cls());
                b.line(c.span().line());
                b.call(ObjRt.CLASS_NAME_OF);
            }
            return;
        }
        int cls = b.newTemp(phpgoc.runtime.PhpClass.class);
        classRef(c.cls());
        b.store(cls);
        b.loadCtx();
        b.load(cls);
        b.pushString(c.name());
        pushScope();
        b.line(c.span().line());
        b.call(ObjRt.CLASS_CONST);
    }

    void instanceOf(Expr.InstanceOf i) {
        g.expr.gen(i.operand());
        if (i.cls() instanceof Expr.NameExpr n && special(i.cls()) == null) {
            b.pushString(bare(n.name().text()).toLowerCase(Locale.ROOT));
            b.call(ObjRt.INSTANCE_OF);
        } else if (special(i.cls()) != null) {
            classRef(i.cls());
            b.call(ObjRt.INSTANCE_OF_CLASS);
        } else {
            g.expr.gen(i.cls());
            b.call(ObjRt.INSTANCE_OF_VALUE);
        }
        b.boxBoolean();
    }

    void cloneExpr(Expr.Clone c) {
        int v = b.newTemp();
        g.expr.gen(c.operand());
        b.store(v);
        b.loadCtx();
        b.load(v);
        pushScope();
        b.line(c.span().line());
        b.call(ObjRt.CLONE);
    }
}
