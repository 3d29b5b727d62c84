package phpgoc.compiler.codegen;

import phpgoc.compiler.sema.Analyzer;
import phpgoc.compiler.sema.Scope;

/** The walkers generating one method body, sharing its builder and scope. */
final class Gen {
    final UnitCompiler unit;
    final Analyzer sema;
    final Scope scope;
    final Builder b;
    final ExprGen expr;
    final AssignGen assign;
    final CompoundAssignGen compound;
    final CallGen calls;
    final StmtGen stmt;
    final ObjectGen objects;
    final MethodCallGen methodCalls;
    final GeneratorGen generators;

    /** The JVM argument index of the first PHP parameter, and the int local of defaulted-parameter bits (-1: none). */
    int firstArg, defaultedLocal = -1;

    Gen(UnitCompiler unit, Scope scope, Builder b) {
        this.unit = unit;
        this.sema = unit.sema;
        this.scope = scope;
        this.b = b;
        b.strictTypes = unit.strictTypes;
        this.expr = new ExprGen(this);
        this.assign = new AssignGen(this);
        this.compound = new CompoundAssignGen(this);
        this.calls = new CallGen(this);
        this.stmt = new StmtGen(this);
        this.objects = new ObjectGen(this);
        this.methodCalls = new MethodCallGen(this);
        this.generators = new GeneratorGen(this);
    }

    /**
     * Brackets a call into user code in a {@code declare(strict_types=1)} file: {@code ctx.strictCall}
     * is set just before the call instruction (the callee reads and clears it at its entry, so its
     * parameters are checked strictly) and cleared after it (a callee that never consumed it).
     */
    void strictCall(boolean on) {
        if (!unit.strictTypes) return;
        b.loadCtx();
        b.pushBoolean(on);
        b.putField(Rt.CTX_STRICT_CALL);
    }

    /**
     * Throws the PhpError on the stack with the trace frame of library function {@code name}, its
     * arguments pushed (as an Object[]) by {@code args}, called at {@code line} of this file.
     */
    void throwWithBuiltinFrame(String name, Runnable args, int line) {
        b.pushString(name);
        args.run();
        b.pushString(unit.absPath);
        b.pushInt(line);
        b.call(Rt.BUILTIN_FRAME);
        b.athrow();
    }

    static CompileError unsupported(String what, phpgoc.ast.Span span) {
        return new CompileError("phpgoc: " + what + " is not supported yet", span.line());
    }
}
