package phpgoc.compiler.codegen;

import org.objectweb.asm.Type;
import phpgoc.ast.Name;
import phpgoc.ast.Stmt;
import phpgoc.compiler.emit.Call;
import phpgoc.compiler.emit.Emitter;
import phpgoc.compiler.emit.FieldRef;
import phpgoc.compiler.sema.Scope;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Traits;

/**
 * Traits and enums in class templates: {@code use T1, T2 { rules }} and enum cases are recorded on
 * the template ({@link ClassTemplate#useTrait}, {@link ClassTemplate#enumCase}); trait method bodies
 * take their class (the using class, docs/objects.md) from their {@code self} parameter.
 */
final class TraitEnumGen {
    private TraitEnumGen() {}

    private static final Class<?> S = String.class;
    static final Call TPL_USE = Call.of(ClassTemplate.class, "useTrait", S);
    static final Call TPL_RULE = Call.of(ClassTemplate.class, "traitRule", S, S, String[].class, int.class, S);
    static final Call TPL_CASE = Call.of(ClassTemplate.class, "enumCase", S, int.class);
    static final Call TPL_BACKED = Call.of(ClassTemplate.class, "backedBy", S);
    static final Call STATIC_KEY = Call.of(Traits.class, "staticVarKey", S, ClassTemplate.class);
    static final FieldRef TPL_NAME = FieldRef.of(ClassTemplate.class, "name");

    /** Template on the stack -> the same, with the uses and rules of {@code t} recorded. */
    static void traitUse(Emitter e, Stmt.TraitUse t) {
        for (Name n : t.traits()) {
            e.push(n.text());
            e.call(TPL_USE);
        }
        for (Stmt.TraitRule r : t.rules()) {
            e.push(r.trait() == null ? null : r.trait().text());
            e.push(r.method());
            e.push(r.insteadof().size());
            e.newArray(Type.getType(String.class));
            for (int k = 0; k < r.insteadof().size(); k++) {
                e.dup();
                e.push(k);
                e.push(r.insteadof().get(k).text());
                e.arrayStore(Type.getType(String.class));
            }
            e.push(r.newModifiers());
            e.push(r.alias());
            e.call(TPL_RULE);
        }
    }

    /** Whether code of {@code s} is the body of a trait method (its class is the {@code self} argument). */
    static boolean inTraitMethod(Scope s) {
        return s.kind == Scope.Kind.METHOD && s.classDecl != null && s.classDecl.kind() == Stmt.ClassKind.TRAIT;
    }
}
