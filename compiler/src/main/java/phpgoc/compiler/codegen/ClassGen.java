package phpgoc.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.TableSwitchGenerator;
import phpgoc.ast.Attribute;
import phpgoc.ast.Expr;
import phpgoc.ast.Modifiers;
import phpgoc.ast.Param;
import phpgoc.ast.Stmt;
import phpgoc.compiler.emit.Emitter;
import phpgoc.compiler.sema.Scope;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.ParamInfo;

/**
 * Class declarations of one unit (docs/objects.md): a static final {@code T$i} field per class
 * holding its {@link ClassTemplate}, built in the unit's static initialiser; a {@code k$i(Context,
 * int)} method evaluating the class's initialiser expressions by index; the declaration statement
 * and php's early binding (hoisting) at the start of {@code run}. Method bodies are generated as
 * function bodies (scope kind METHOD) by {@link UnitCompiler}.
 */
final class ClassGen {
    private final UnitCompiler unit;

    ClassGen(UnitCompiler unit) { this.unit = unit; }

    static String templateField(int i) { return "T$" + i; }

    private static String initMethod(int i) { return "k$" + i; }

    private static final String INIT_DESC = "(" + ObjRt.CTX + "I)Ljava/lang/Object;";

    private List<Stmt.ClassDecl> classes() { return unit.sema.classes; }

    /** The initialiser expressions of class {@code c} in index order. */
    static List<Expr> initializers(Stmt.ClassDecl c) {
        List<Expr> out = new ArrayList<>();
        for (Stmt.Member m : c.members()) {
            switch (m) {
                case Stmt.Property p -> { for (Stmt.PropItem it : p.items()) if (it.init() != null) out.add(it.init()); }
                case Stmt.ClassConstant k -> { for (Stmt.ConstItem it : k.items()) out.add(it.value()); }
                case Stmt.EnumCase ec -> { if (ec.value() != null) out.add(ec.value()); }
                default -> { }
            }
        }
        return out;
    }

    void fields(ClassWriter cw) {
        for (int i = 0; i < classes().size(); i++) {
            cw.visitField(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, templateField(i),
                    Type.getDescriptor(ClassTemplate.class), null, null).visitEnd();
        }
    }

    /** The {@code k$i} initialiser methods. */
    void initMethods(ClassWriter cw) {
        for (int i = 0; i < classes().size(); i++) {
            Stmt.ClassDecl c = classes().get(i);
            Emitter e = new Emitter(cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, initMethod(i), INIT_DESC, null, null),
                    Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, initMethod(i), INIT_DESC);
            e.visitCode();
            Scope s = Scope.initializer(c, i);
            Builder b = new Builder(e, s);
            Gen g = new Gen(unit, s, b);
            b.initVars(-1);
            List<Expr> inits = new ArrayList<>(initializers(c));
            inits.addAll(unit.reflect.extras(c));
            int[] keys = new int[inits.size()];
            for (int k = 0; k < keys.length; k++) keys[k] = k;
            e.loadArg(1);
            e.tableSwitch(keys, new TableSwitchGenerator() {
                @Override
                public void generateCase(int key, Label end) {
                    g.expr.genCopy(inits.get(key));
                    e.returnValue();
                }

                @Override
                public void generateDefault() {
                    e.visitInsn(Opcodes.ACONST_NULL);
                    e.returnValue();
                }
            });
            e.visitMaxs(0, 0);
            e.visitEnd();
        }
    }

    private static int kind(Stmt.ClassKind k) {
        return switch (k) {
            case CLASS -> ClassTemplate.KIND_CLASS;
            case INTERFACE -> ClassTemplate.KIND_INTERFACE;
            case TRAIT -> ClassTemplate.KIND_TRAIT;
            case ENUM -> ClassTemplate.KIND_ENUM;
        };
    }

    private static int visibility(int mods) {
        return (mods & (Modifiers.PUBLIC | Modifiers.PROTECTED | Modifiers.PRIVATE)) == 0 ? mods | Modifiers.PUBLIC : mods;
    }

    private static boolean hasAttribute(List<Attribute> attrs, String name) {
        for (Attribute a : attrs) {
            String n = a.name().text();
            if (n.startsWith("\\")) n = n.substring(1);
            if (n.equalsIgnoreCase(name)) return true;
        }
        return false;
    }

    /** Builds every template into its {@code T$i} field (in the unit's static initialiser, after the ParamInfo fields). */
    void staticInit(Emitter e) {
        for (int i = 0; i < classes().size(); i++) {
            Stmt.ClassDecl c = classes().get(i);
            ClassChecks.check(c);
            e.newInit(ObjRt.TPL_NEW);
            e.push(c.name());
            e.push(kind(c.kind()));
            boolean allowDynamic = hasAttribute(c.attributes(), "AllowDynamicProperties");
            if (allowDynamic && Modifiers.has(c.modifiers(), Modifiers.READONLY)) {
                throw new CompileError("Cannot apply #[AllowDynamicProperties] to readonly class " + c.name(), c.span().line());
            }
            int flags = c.modifiers() | (allowDynamic ? ClassTemplate.ALLOW_DYNAMIC : 0);
            e.push(flags);
            if (c.parent() != null) e.push(c.parent().text()); else e.visitInsn(Opcodes.ACONST_NULL);
            List<phpgoc.ast.Name> ifaces = c.interfaces();
            e.push(ifaces.size());
            e.newArray(Type.getType(String.class));
            for (int k = 0; k < ifaces.size(); k++) {
                e.dup();
                e.push(k);
                e.push(ifaces.get(k).text());
                e.arrayStore(Type.getType(String.class));
            }
            e.visitLdcInsn(new Handle(Opcodes.H_INVOKESTATIC, unit.internalName, initMethod(i), INIT_DESC, false));
            e.push(unit.absPath);
            e.push(c.span().line());
            e.call(ObjRt.TPL_NEW);
            if (c.enumBackingType() instanceof phpgoc.ast.TypeRef.Named bt) {
                e.push(bt.name().text().toLowerCase(Locale.ROOT));
                e.call(TraitEnumGen.TPL_BACKED);
            }
            int init = 0;
            // every property of a readonly class is readonly
            int roClass = c.modifiers() & Modifiers.READONLY;
            for (Stmt.Member m : c.members()) {
                switch (m) {
                    case Stmt.Property p -> {
                        int f = visibility(p.modifiers()) | roClass | (p.type() != null ? ClassTemplate.TYPED : 0);
                        boolean isStatic = Modifiers.has(p.modifiers(), Modifiers.STATIC);
                        for (Stmt.PropItem it : p.items()) {
                            e.push(it.name());
                            e.push(f);
                            e.push(it.init() != null ? init++ : -1);
                            e.call(isStatic ? ObjRt.TPL_STATIC : ObjRt.TPL_PROP);
                            ClassChecks.propType(e, it.name(), p.type(), c);
                        }
                    }
                    case Stmt.ClassConstant k -> {
                        for (Stmt.ConstItem it : k.items()) {
                            e.push(it.name());
                            e.push(visibility(k.modifiers()));
                            e.push(init++);
                            e.call(ObjRt.TPL_CONST);
                        }
                    }
                    case Stmt.Method md -> {
                        for (Param p : md.decl().params()) {
                            if (p.promote() == 0) continue;
                            e.push(p.name());
                            e.push(visibility(p.promote()) | roClass | (p.type() != null ? ClassTemplate.TYPED : 0));
                            e.push(-1);
                            e.call(ObjRt.TPL_PROP);
                            ClassChecks.propType(e, p.name(), p.type(), c);
                        }
                        e.push(md.decl().name());
                        int mf = visibility(md.modifiers())
                                | (hasAttribute(md.decl().attributes(), "ReturnTypeWillChange") ? ClassTemplate.RETURN_TYPE_WILL_CHANGE : 0);
                        Scope s = unit.sema.scopeOf(md.decl());
                        if (s == null) {
                            e.push(mf | Modifiers.ABSTRACT);
                            e.visitInsn(Opcodes.ACONST_NULL);
                            e.push(0);
                            e.newArray(Type.getType(ParamInfo.class));
                        } else {
                            e.push(mf);
                            e.visitLdcInsn(new Handle(Opcodes.H_INVOKESTATIC, unit.internalName, unit.methodName(s),
                                    unit.methodDesc(s), false));
                            e.getStatic(Type.getObjectType(unit.internalName), unit.paramsField(s), Type.getType(ParamInfo[].class));
                        }
                        e.call(ObjRt.TPL_METHOD);
                        if (s != null) {
                            e.push(unit.methodName(s));
                            e.call(ObjRt.TPL_JAVA_METHOD);
                        }
                        e.push(SignatureText.of(md.decl(), md.decl().span().line()));
                        e.call(ObjRt.TPL_SIGNATURE);
                        if (s != null && s.keptParams != 0) {
                            e.push(s.keptParams);
                            e.call(ObjRt.TPL_KEPT_PARAMS);
                        }
                        e.push(unit.reflect.methodMeta(md.decl()));
                        e.call(ObjRt.TPL_METHOD_META);
                    }
                    case Stmt.TraitUse t -> TraitEnumGen.traitUse(e, t);
                    case Stmt.EnumCase ec -> {
                        e.push(ec.name());
                        e.push(ec.value() != null ? init++ : -1);
                        e.call(TraitEnumGen.TPL_CASE);
                    }
                }
            }
            e.push(unit.reflect.classMeta(c));
            e.call(ObjRt.TPL_CLASS_META);
            e.putStatic(Type.getObjectType(unit.internalName), templateField(i), Type.getType(ClassTemplate.class));
        }
    }

    /** php's early binding: top-level classes without interfaces are declared before the file runs. */
    void hoist(Builder b, List<Stmt> top) {
        for (Stmt st : top) {
            if (st instanceof Stmt.Namespace n && n.body() != null) {
                hoist(b, n.body());
                continue;
            }
            if (!(st instanceof Stmt.ClassDecl c) || !c.interfaces().isEmpty()) continue;
            b.line(c.span().line());
            b.loadCtx();
            b.getStatic(unit.internalName, templateField(index(c)), ClassTemplate.class);
            b.call(ObjRt.HOIST);
        }
    }

    int index(Stmt.ClassDecl c) {
        for (int k = 0; k < classes().size(); k++) if (classes().get(k) == c) return k;
        throw new IllegalStateException("class not analysed: " + c.name());
    }

    /** The declaration statement. */
    void declare(Builder b, Stmt.ClassDecl c) {
        int i = index(c);
        b.line(c.span().line());
        b.loadCtx();
        b.getStatic(unit.internalName, templateField(i), ClassTemplate.class);
        b.call(ObjRt.DECLARE);
    }
}
