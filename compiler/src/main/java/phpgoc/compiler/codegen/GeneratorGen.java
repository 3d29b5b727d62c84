package phpgoc.compiler.codegen;

import java.util.List;
import java.util.Locale;
import org.objectweb.asm.Label;
import phpgoc.ast.Expr;
import phpgoc.ast.TypeRef;
import phpgoc.compiler.emit.Call;
import phpgoc.compiler.sema.Scope;
import phpgoc.runtime.CompiledUnit;
import phpgoc.runtime.Context;
import phpgoc.runtime.Generator;

/**
 * Generator bodies ({@link Scope#generator}). The body stays one JVM method with the function's
 * own descriptor: a call runs the prologue (parameters, as php receives them at the call), makes
 * the {@link Generator} and suspends at the start, returning it; {@code yield} stores the key and
 * value in the generator and suspends. Suspension points are marked with
 * {@code Generator.suspendHere()}, which {@link phpgoc.compiler.emit.Resumable} turns into the
 * state machine after the method is generated.
 */
final class GeneratorGen {
    static final Call CREATE = Call.of(Generator.class, "create", Context.class, CompiledUnit.class, int.class,
            boolean.class, boolean.class);
    static final Call TRACE_ARGS = Call.of(Generator.class, "traceArgs", phpgoc.runtime.ArgStack.Frame.class,
            Object[].class, int.class);
    static final Call SUSPEND_HERE = Call.of(Generator.class, "suspendHere");
    static final Call RESUMED = Call.of(Generator.class, "resumed");
    static final Call YIELD1 = Call.of(Generator.class, "yield1", Object.class);
    static final Call YIELD2 = Call.of(Generator.class, "yield2", Object.class, Object.class);
    static final Call DELEGATE_START = Call.of(Generator.class, "delegateStart", Object.class);
    static final Call DELEGATE_NEXT = Call.of(Generator.class, "delegateNext");
    static final Call DELEGATE_RESULT = Call.of(Generator.class, "delegateResult");
    static final Call ONLY_VARIABLE_REFS = Call.of(Generator.class, "valueRef", Object.class);
    static final Call ORIGIN = Call.of(Generator.class, "origin", Object.class, Object.class, String.class);
    static final Call AT = Call.of(Generator.class, "at", int.class);

    private final Gen g;
    private final Builder b;
    /** The local holding this body's Generator (set by {@link #start}). */
    int local = -1;
    /** The lines ReflectionGenerator reports at the body's statement-level yields ({@link YieldLines}). */
    private java.util.Map<Expr, Integer> lines = java.util.Map.of();

    GeneratorGen(Gen g) {
        this.g = g;
        this.b = g.b;
    }

    /** php's compile-time check of a generator's declared return type. */
    static void checkReturnType(Scope s) {
        TypeRef t = s.decl.returnType();
        if (t == null || generatorCompatible(t)) return;
        TypeDecl d = TypeDecl.of(t, false);
        String name = d != null ? d.name() : t instanceof TypeRef.Named n ? n.name().text() : "mixed";
        throw new CompileError("Generator return type must be a supertype of Generator, " + name + " given",
                s.decl.span().line());
    }

    private static boolean generatorCompatible(TypeRef t) {
        return switch (t) {
            case TypeRef.Named n -> {
                String l = n.name().text().toLowerCase(Locale.ROOT);
                if (l.startsWith("\\")) l = l.substring(1);
                yield l.equals("generator") || l.equals("iterator") || l.equals("traversable") || l.equals("iterable")
                        || l.equals("mixed") || l.equals("object");
            }
            case TypeRef.Nullable n -> generatorCompatible(n.inner());
            case TypeRef.Union u -> u.types().stream().anyMatch(GeneratorGen::generatorCompatible);
            case TypeRef.Intersection i -> false;
        };
    }

    /** After the prologue: make the generator, suspend (the call returns it), continue on the first resume. */
    void start() {
        Scope s = g.scope;
        local = b.newTemp(Generator.class);
        b.loadCtx();
        b.getStatic(g.unit.internalName, "INSTANCE", CompiledUnit.class);
        b.pushInt(s.index);
        b.pushBoolean(s.decl.byRefReturn());
        b.pushBoolean(s.hasFinally || !s.owned.isEmpty()); // destroying it runs code: finally blocks, releases
        b.call(CREATE);
        b.store(local);
        if (ArgStackGen.hasFrame(s)) traceArgs(s);
        origin(s);
        b.call(SUSPEND_HERE);
        b.load(local);
        b.call(RESUMED);
        b.pop();
    }

    /**
     * Gives the new generator its parameters (values, or Refs for Ref variables) as the prologue
     * left them, for the traces taken while its body runs ({@code runtime.ArgStack}).
     */
    private void traceArgs(Scope s) {
        List<phpgoc.ast.Param> ps = s.decl.params();
        b.load(local);
        ArgStackGen.loadFrame(g.unit, s, b);
        b.newObjectArray(ps.size() + (s.hiddenRest() ? 1 : 0));
        for (int i = 0; i < ps.size(); i++) {
            String name = ps.get(i).name();
            if (b.isRef(name)) b.loadRef(name); else b.loadVarRaw(name);
            b.arrayStoreAt(i);
        }
        if (s.hiddenRest()) {
            b.loadArg(g.firstArg + ps.size());
            b.arrayStoreAt(ps.size());
        }
        if (g.defaultedLocal >= 0) b.load(g.defaultedLocal); else b.pushInt(0);
        b.call(TRACE_ARGS);
    }

    /** What ReflectionGenerator shows of the body: the function, {@code $this}, the line before it runs (arguments: {@link #traceArgs}). */
    private void origin(Scope s) {
        lines = YieldLines.of(s.decl);
        b.load(local);
        if (s.kind == Scope.Kind.FUNCTION) b.pushNull(); else b.loadArg(1);
        if (s.kind == Scope.Kind.METHOD) b.loadArg(2); else b.pushNull();
        b.pushString(s.decl.name());
        b.call(ORIGIN);
        at(YieldLines.start(s.decl));
    }

    private void at(int line) {
        b.load(local);
        b.pushInt(line);
        b.call(AT);
    }

    /** {@code yield}, {@code yield v}, {@code yield k => v}: leaves the value sent in (null by next()). */
    void yield(Expr.Yield y) {
        requireFunction(y.span());
        b.load(local);
        if (y.key() != null) g.expr.genCopy(y.key());
        if (y.value() == null) {
            if (g.scope.decl.byRefReturn()) {
                b.newInit(Rt.REF_NEW);
                b.call(Rt.REF_NEW);
            } else {
                b.pushNull();
            }
        } else if (g.scope.decl.byRefReturn()) {
            if (CallGen.referenceable(y.value())) {
                g.assign.genRef(y.value());
            } else {
                g.expr.gen(y.value());
                b.line(y.span().line());
                b.call(ONLY_VARIABLE_REFS);
            }
        } else {
            g.expr.genCopy(y.value());
        }
        b.line(y.span().line());
        b.call(y.key() != null ? YIELD2 : YIELD1);
        at(lines.getOrDefault(y, y.span().line()));
        b.call(SUSPEND_HERE);
        b.load(local);
        b.call(RESUMED);
    }

    /** {@code yield from source}: yields what it yields; its value is an inner generator's return value. */
    void yieldFrom(Expr.YieldFrom y) {
        requireFunction(y.span());
        Label loop = b.label(), done = b.label();
        b.load(local);
        g.expr.gen(y.source());
        at(y.span().line()); // php re-runs the yield from instruction while it delegates: its own line
        b.line(y.span().line());
        b.call(DELEGATE_START);
        b.jumpIfFalse(done);
        b.mark(loop);
        b.call(SUSPEND_HERE);
        b.load(local);
        b.call(DELEGATE_NEXT);
        b.jumpIfTrue(loop);
        b.mark(done);
        b.load(local);
        b.call(DELEGATE_RESULT);
    }

    private void requireFunction(phpgoc.ast.Span span) {
        if (local < 0) {
            throw new CompileError("The \"yield\" expression can only be used inside a function", span.line());
        }
    }
}
