package phpgoc.compiler.codegen;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Label;
import phpgoc.ast.Param;
import phpgoc.compiler.sema.Scope;
import phpgoc.runtime.Ref;

/**
 * A function's entry, emitted by {@link UnitCompiler}: closure captures bound from the closure's
 * bound values, parameters bound from the arguments (defaults, type checks, too-few-arguments
 * errors) and constructor-promoted properties assigned.
 */
final class ParamGen {
    /** The int local holding the caller's strict_types for the parameter checks; -1 when none needs it. */
    private int strictLocal = -1;

    /**
     * php's caller decides: the argument checks are strict when the calling file declares
     * strict_types. The caller said so in {@code ctx.strictCall} (see {@link Gen#strictCall});
     * it is read (if a parameter's check depends on it) and cleared first thing, so calls this
     * function makes see it false unless they set it themselves.
     */
    void readStrict(Scope s, Builder b) {
        for (Param p : s.decl.params()) {
            TypeDecl t = paramType(p, s);
            int scalar = phpgoc.runtime.TypeCheck.BOOL | phpgoc.runtime.TypeCheck.INT | phpgoc.runtime.TypeCheck.FLOAT
                    | phpgoc.runtime.TypeCheck.STRING;
            if (t != null && (t.mask() & scalar) != 0 && strictLocal < 0) {
                strictLocal = b.newIntTemp();
                b.loadCtx();
                b.getField(Rt.CTX_STRICT_CALL);
                b.store(strictLocal);
            }
        }
        b.loadCtx();
        b.pushBoolean(false);
        b.putField(Rt.CTX_STRICT_CALL);
    }

    private void pushStrict(Builder b) {
        if (strictLocal >= 0) b.load(strictLocal); else b.pushBoolean(false);
    }

    void captures(Scope s, Builder b) {
        for (int i = 0; i < s.captures.size(); i++) {
            String v = s.captures.get(i);
            b.loadArg(1);
            b.getField(Rt.CLOSURE_BOUND);
            b.arrayLoadAt(i);
            if (s.captureByRef.get(i)) {
                b.checkCast(Ref.class);
                b.bindRef(v);
            } else {
                b.call(Rt.COPY);
                b.storeVar(v);
            }
        }
    }

    /** Binds the parameters; a parameter i < 32 that takes its default sets bit i of the int local {@code defaulted}. */
    void params(Scope s, Gen g, int first, int defaulted) {
        Builder b = g.b;
        List<Param> ps = s.decl.params();
        Set<String> names = new HashSet<>();
        for (Param p : ps) {
            if (!names.add(p.name())) throw new CompileError("Redefinition of parameter $" + p.name(), p.span().line());
        }
        int required = 0;
        boolean optional = false;
        for (int i = 0; i < ps.size(); i++) {
            Param p = ps.get(i);
            if (p.defaultValue() == null && !p.variadic()) required = i + 1;
            else optional = true;
        }
        for (int i = 0; i < required - 1; i++) {
            Param p = ps.get(i);
            if (p.defaultValue() != null && !implicitlyNullable(p)) {
                g.unit.compileDeprecation("Optional parameter $" + p.name() + " declared before required parameter $"
                        + ps.get(required - 1).name() + " is implicitly treated as a required parameter", p.span().line());
            }
        }
        for (int i = 0; i < ps.size(); i++) {
            Param p = ps.get(i);
            int arg = first + i;
            boolean isRequired = p.defaultValue() == null && !p.variadic();
            if (p.byRef() && !p.variadic()) {
                Label ok = b.label();
                b.loadArg(arg);
                b.jumpIfNonNull(ok);
                if (isRequired) {
                    tooFew(b, s, i, required, !optional);
                } else {
                    if (defaulted >= 0 && i < 32) b.setBit(defaulted, i);
                    b.newInit(Rt.REF_NEW_V);
                    g.expr.gen(p.defaultValue());
                    b.call(Rt.REF_NEW_V);
                    b.storeArg(arg);
                }
                b.mark(ok);
                b.loadArg(arg);
                TypeDecl type = paramType(p, s);
                if (type != null) checkParam(b, s, type, i, p);
                b.bindRef(p.name());
            } else {
                if (!p.variadic()) {
                    Label ok = b.label();
                    b.loadArg(arg);
                    b.pushUndef();
                    b.jumpIfNotSame(ok);
                    if (isRequired) {
                        tooFew(b, s, i, required, !optional);
                    } else {
                        if (defaulted >= 0 && i < 32) b.setBit(defaulted, i);
                        g.expr.genCopy(p.defaultValue());
                        b.storeArg(arg);
                    }
                    b.mark(ok);
                }
                TypeDecl type = paramType(p, s);
                if (type != null && !p.variadic()) {
                    b.loadArg(arg);
                    checkParam(b, s, type, i, p);
                    b.storeArg(arg);
                } else if (type != null) {
                    b.loadArg(arg);
                    b.pushInt(type.mask());
                    b.pushString(type.name());
                    pushStrict(b);
                    b.pushString(s.functionName());
                    b.pushInt(i + 1);
                    b.call(Rt.TYPE_VARIADIC);
                    b.storeArg(arg);
                }
                b.loadArg(arg);
                b.storeVar(p.name());
            }
        }
    }

    /** {@code Type $p = null} with a type that excludes null: php's old way to write {@code ?Type}, not deprecated. */
    private static boolean implicitlyNullable(Param p) {
        return p.type() != null && !(p.type() instanceof phpgoc.ast.TypeRef.Nullable) && !mentionsNull(p.type())
                && p.defaultValue() instanceof phpgoc.ast.Expr.ConstFetch c && c.name().text().equalsIgnoreCase("null");
    }

    private static boolean mentionsNull(phpgoc.ast.TypeRef t) {
        return switch (t) {
            case phpgoc.ast.TypeRef.Named n -> n.name().text().equalsIgnoreCase("null") || n.name().text().equalsIgnoreCase("mixed");
            case phpgoc.ast.TypeRef.Nullable n -> true;
            case phpgoc.ast.TypeRef.Union u -> u.types().stream().anyMatch(ParamGen::mentionsNull);
            case phpgoc.ast.TypeRef.Intersection x -> false;
        };
    }

    /** A parameter's declared type; a null default makes it nullable. */
    private static TypeDecl paramType(Param p, Scope s) {
        boolean nullDefault = p.defaultValue() instanceof phpgoc.ast.Expr.ConstFetch c
                && c.name().text().equalsIgnoreCase("null");
        return TypeDecl.of(p.type(), nullDefault, s.classDecl);
    }

    /** Checks the argument (or by-ref parameter's Ref) on the stack against {@code type}, leaving it coerced. */
    private void checkParam(Builder b, Scope s, TypeDecl type, int i, Param p) {
        if (TraitEnumGen.inTraitMethod(s)) {
            b.pushInt(type.mask());
            b.pushString(type.name());
            b.pushBoolean(TypeDecl.namesSelf(p.type()));
            pushStrict(b);
            b.loadArg(1);
            b.pushString(s.decl.name());
            b.pushInt(i + 1);
            b.pushString(p.name());
            b.call(p.byRef() ? Rt.TYPE_TRAIT_PARAM_REF : Rt.TYPE_TRAIT_PARAM);
            return;
        }
        b.pushInt(type.mask());
        b.pushString(type.name());
        pushStrict(b);
        b.pushString(phpName(s));
        b.pushInt(i + 1);
        b.pushString(p.name());
        b.call(p.byRef() ? Rt.TYPE_PARAM_REF : Rt.TYPE_PARAM);
    }

    /**
     * The name in php's argument errors: {@code A::m} for methods; php builds it from the full name
     * of an anonymous class and prints it up to the NUL, so just {@code class@anonymous}.
     */
    private static String phpName(Scope s) {
        if (s.kind != Scope.Kind.METHOD) return s.functionName();
        return s.classDecl.name().indexOf('\0') >= 0 ? s.className() : s.className() + "::" + s.decl.name();
    }

    /** Constructor promotion: {@code $this->p = $p} for each promoted parameter, before the body. */
    void promote(Scope s, Gen g) {
        if (s.kind != Scope.Kind.METHOD) return;
        for (Param p : s.decl.params()) {
            if (p.promote() == 0) continue;
            g.b.loadArg(2);
            g.b.loadVarQuiet(p.name());
            g.b.call(Rt.COPY);
            g.objects.setProp(p.name(), p.span().line());
        }
    }

    private void tooFew(Builder b, Scope s, int passed, int required, boolean exact) {
        b.pushString(phpName(s));
        b.pushInt(passed);
        b.pushInt(required);
        b.pushBoolean(exact);
        b.call(Rt.TOO_FEW_ARGS);
        b.athrow();
    }
}
