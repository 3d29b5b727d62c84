package phpgoc.compiler.codegen;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.TableSwitchGenerator;
import phpgoc.ast.Arg;
import phpgoc.ast.Attribute;
import phpgoc.ast.Expr;
import phpgoc.ast.FunctionDecl;
import phpgoc.ast.Modifiers;
import phpgoc.ast.Param;
import phpgoc.ast.Stmt;
import phpgoc.ast.TypeRef;
import phpgoc.compiler.emit.Emitter;
import phpgoc.compiler.sema.Scope;
import phpgoc.runtime.Context;
import phpgoc.runtime.ext.reflection.Meta;

/**
 * Reflection's metadata of one unit ({@link Meta}): built before any code is generated, since the
 * expressions it needs evaluated (parameter defaults, attribute arguments) become extra cases of
 * the class initialiser methods ({@code k$i}, so {@code self::} means the class) or, outside
 * classes, cases of the unit's {@code reflectEval}. Methods' and classes' metadata go to their
 * templates; every body's (functions and closures) to the unit's {@code reflectMeta}.
 */
final class ReflectGen {
    private final UnitCompiler unit;
    /** Extra initialiser expressions per class, after {@link ClassGen#initializers}. */
    private final Map<Stmt.ClassDecl, List<Expr>> extras = new IdentityHashMap<>();
    private final Map<Stmt.ClassDecl, Integer> baseCount = new IdentityHashMap<>();
    /** The unit's reflectEval keys: an expression outside classes, or a class's initialiser. */
    private record Key(Expr expr, Stmt.ClassDecl cls, int local) {}
    private final List<Key> keys = new ArrayList<>();
    private final Map<FunctionDecl, String> fnMeta = new IdentityHashMap<>();
    private final Map<Stmt.ClassDecl, String> clsMeta = new IdentityHashMap<>();

    ReflectGen(UnitCompiler unit) { this.unit = unit; }

    /** The parser's doc comments by declaration start ({@code phpgoc.parse.DocComments}). */
    java.util.Map<Long, String> docComments = java.util.Map.of();

    private String doc(phpgoc.ast.Span s) { return docComments.get(((long) s.line() << 32) | s.col()); }

    /** Builds all metadata; runs before the initialiser methods are generated. */
    void prepare() {
        List<Stmt.ClassDecl> classes = unit.sema.classes;
        for (Stmt.ClassDecl c : classes) {
            baseCount.put(c, ClassGen.initializers(c).size());
            extras.put(c, new ArrayList<>());
        }
        for (Stmt.ClassDecl c : classes) buildClassMeta(c);
        for (Scope s : unit.sema.bodies) {
            if (s.kind == Scope.Kind.METHOD || fnMeta.containsKey(s.decl)) continue;
            fnMeta.put(s.decl, fn(s.decl, s.classDecl, false, isStatic(s)));
        }
    }

    private static boolean isStatic(Scope s) { return s.decl.isStatic(); }

    /** The initialiser expressions of class {@code c} that Reflection added. */
    List<Expr> extras(Stmt.ClassDecl c) { return extras.getOrDefault(c, List.of()); }

    String methodMeta(FunctionDecl d) { return fnMeta.get(d); }

    String classMeta(Stmt.ClassDecl c) { return clsMeta.get(c); }

    /** A key for {@code e}: class-local ({@code local}) for class members, else one of the unit's. */
    private int key(Expr e, Stmt.ClassDecl c, boolean local) {
        if (c == null) {
            keys.add(new Key(e, null, -1));
            return keys.size() - 1;
        }
        List<Expr> xs = extras.get(c);
        xs.add(e);
        int idx = baseCount.get(c) + xs.size() - 1;
        if (local) return idx;
        keys.add(new Key(null, c, idx));
        return keys.size() - 1;
    }

    private void buildClassMeta(Stmt.ClassDecl c) {
        Map<String, Meta.Member> members = new LinkedHashMap<>();
        for (Stmt.Member m : c.members()) {
            switch (m) {
                case Stmt.Property p -> {
                    for (Stmt.PropItem it : p.items()) {
                        members.put("$" + it.name(), new Meta.Member(doc(p.span()), typeText(p.type(), false), attrs(p.attributes(), c, true)));
                    }
                }
                case Stmt.ClassConstant k -> {
                    for (Stmt.ConstItem it : k.items()) members.put(it.name(), new Meta.Member(doc(k.span()), "", attrs(k.attributes(), c, true)));
                }
                case Stmt.EnumCase ec -> members.put(ec.name(), new Meta.Member(doc(ec.span()), "", attrs(ec.attributes(), c, true)));
                case Stmt.Method md -> {
                    fnMeta.put(md.decl(), fn(md.decl(), c, true, Modifiers.has(md.modifiers(), Modifiers.STATIC)));
                    for (Param p : md.decl().params()) {
                        if (p.promote() == 0) continue;
                        members.put("$" + p.name(), new Meta.Member(doc(p.span()), typeText(p.type(), false), attrs(p.attributes(), c, true)));
                    }
                }
                default -> { }
            }
        }
        clsMeta.put(c, Meta.Writer.cls(new Meta.Cls(c.span().endLine(), doc(c.span()), attrs(c.attributes(), c, true), members)));
    }

    private String fn(FunctionDecl d, Stmt.ClassDecl c, boolean local, boolean isStatic) {
        List<Meta.Param> ps = new ArrayList<>();
        for (Param p : d.params()) {
            boolean nullDefault = p.defaultValue() instanceof Expr.ConstFetch cf && cf.name().text().equalsIgnoreCase("null");
            int f = (p.byRef() ? Meta.BY_REF : 0) | (p.variadic() ? Meta.VARIADIC : 0)
                    | (p.defaultValue() != null || p.variadic() ? Meta.OPTIONAL : 0) | (p.promote() != 0 ? Meta.PROMOTED : 0);
            int def = p.defaultValue() == null ? -1 : key(p.defaultValue(), c, local);
            ps.add(new Meta.Param(p.name(), typeText(p.type(), nullDefault), f, def, constName(p.defaultValue()),
                    p.defaultValue() == null ? null : DefaultText.of(p.defaultValue()), attrs(p.attributes(), c, local)));
        }
        Scope body = unit.sema.scopeOf(d);
        int flags = (d.byRefReturn() ? Meta.REF_RETURN : 0) | (isStatic ? Meta.STATIC : 0) | (body != null && body.generator ? Meta.GENERATOR : 0);
        List<Meta.StaticVar> statics = new ArrayList<>();
        for (int i = 0; body != null && i < body.staticVars.size(); i++) {
            String v = body.staticVars.get(i);
            Expr init = body.staticInits.get(i);
            statics.add(new Meta.StaticVar(v, unit.staticKey(body, v), init == null ? -1 : key(init, c, local)));
        }
        return Meta.Writer.fn(new Meta.Fn(d.span().line(), d.span().endLine(), doc(d.span()), typeText(d.returnType(), false), flags, ps,
                attrs(d.attributes(), c, local), statics));
    }

    private List<Meta.Attr> attrs(List<Attribute> as, Stmt.ClassDecl c, boolean local) {
        List<Meta.Attr> out = new ArrayList<>(as.size());
        for (Attribute a : as) {
            String[] names = new String[a.args().size()];
            int[] ks = new int[names.length];
            for (int i = 0; i < names.length; i++) {
                Arg arg = a.args().get(i);
                names[i] = arg.name();
                ks[i] = key(arg.value(), c, local);
            }
            out.add(new Meta.Attr(bare(a.name().text()), names, ks));
        }
        return out;
    }

    private static String bare(String n) { return n.startsWith("\\") ? n.substring(1) : n; }

    /** The constant a default value names (getDefaultValueConstantName), else null. */
    private static String constName(Expr e) {
        if (e instanceof Expr.ConstFetch c) {
            String n = bare(c.name().text());
            String l = n.toLowerCase(Locale.ROOT);
            return l.equals("null") || l.equals("true") || l.equals("false") ? null : n;
        }
        if (e instanceof Expr.ClassConst k && k.cls() instanceof Expr.NameExpr n && !k.name().equalsIgnoreCase("class")) {
            return bare(n.name().text()) + "::" + k.name();
        }
        return null;
    }

    // ---- types as php's zend_type_to_string spells them

    static String typeText(TypeRef t, boolean nullDefault) {
        if (t == null) return "";
        if (t instanceof TypeRef.Intersection i) {
            List<String> names = new ArrayList<>();
            for (TypeRef p : i.types()) collect(p, names, new java.util.HashSet<>());
            return String.join("&", names);
        }
        List<String> classes = new ArrayList<>();
        java.util.Set<String> builtins = new java.util.HashSet<>();
        collect(t, classes, builtins);
        if (nullDefault && !builtins.contains("mixed")) builtins.add("null");
        if (builtins.contains("mixed")) return "mixed";
        List<String> parts = new ArrayList<>(classes);
        for (String b : new String[] {"static", "iterable", "callable", "object", "array", "string", "int", "float"}) {
            if (builtins.contains(b)) parts.add(b);
        }
        if (builtins.contains("bool") || builtins.contains("false") && builtins.contains("true")) parts.add("bool");
        else if (builtins.contains("false")) parts.add("false");
        else if (builtins.contains("true")) parts.add("true");
        if (builtins.contains("void")) parts.add("void");
        if (builtins.contains("never")) parts.add("never");
        if (builtins.contains("null")) {
            if (parts.isEmpty()) return "null";
            if (parts.size() == 1 && !parts.get(0).contains("&")) return "?" + parts.get(0);
            parts.add("null");
        }
        return String.join("|", parts);
    }

    private static final java.util.Set<String> BUILTIN = java.util.Set.of("int", "float", "string", "bool", "false", "true",
            "null", "array", "callable", "iterable", "object", "mixed", "void", "never", "static");

    private static void collect(TypeRef t, List<String> classes, java.util.Set<String> builtins) {
        switch (t) {
            case TypeRef.Nullable n -> {
                collect(n.inner(), classes, builtins);
                builtins.add("null");
            }
            case TypeRef.Union u -> { for (TypeRef p : u.types()) collect(p, classes, builtins); }
            case TypeRef.Intersection i -> {
                List<String> names = new ArrayList<>();
                for (TypeRef p : i.types()) collect(p, names, builtins);
                classes.add("(" + String.join("&", names) + ")");
            }
            case TypeRef.Named n -> {
                String name = bare(n.name().text());
                String l = name.toLowerCase(Locale.ROOT);
                if (BUILTIN.contains(l)) builtins.add(l); else classes.add(l.equals("self") || l.equals("parent") ? l : name);
            }
        }
    }

    // ---- generated methods

    private static final String EVAL_DESC = "(" + Type.getDescriptor(Context.class) + "I)Ljava/lang/Object;";

    /** {@code reflectMeta(int)} and {@code reflectEval(Context, int)} of the unit. */
    void methods(ClassWriter cw) {
        Emitter e = new Emitter(cw.visitMethod(Opcodes.ACC_PUBLIC, "reflectMeta", "(I)Ljava/lang/String;", null, null),
                Opcodes.ACC_PUBLIC, "reflectMeta", "(I)Ljava/lang/String;");
        e.visitCode();
        List<Scope> bodies = unit.sema.bodies;
        int[] ks = new int[bodies.size()];
        for (int i = 0; i < ks.length; i++) ks[i] = i;
        e.loadArg(0);
        e.tableSwitch(ks, new TableSwitchGenerator() {
            @Override public void generateCase(int key, Label end) {
                String m = fnMeta.get(bodies.get(key).decl);
                if (m == null) e.visitInsn(Opcodes.ACONST_NULL); else e.push(m);
                e.returnValue();
            }

            @Override public void generateDefault() {
                e.visitInsn(Opcodes.ACONST_NULL);
                e.returnValue();
            }
        });
        e.visitMaxs(0, 0);
        e.visitEnd();

        Emitter v = new Emitter(cw.visitMethod(Opcodes.ACC_PUBLIC, "reflectEval", EVAL_DESC, null, null),
                Opcodes.ACC_PUBLIC, "reflectEval", EVAL_DESC);
        v.visitCode();
        Scope s = Scope.initializer(null, -1);
        Builder b = new Builder(v, s);
        Gen g = new Gen(unit, s, b);
        b.initVars(-1);
        int[] all = new int[keys.size()];
        for (int i = 0; i < all.length; i++) all[i] = i;
        v.loadArg(1);
        v.tableSwitch(all, new TableSwitchGenerator() {
            @Override public void generateCase(int key, Label end) {
                Key k = keys.get(key);
                if (k.cls != null) {
                    v.loadArg(0);
                    v.push(k.local);
                    v.visitMethodInsn(Opcodes.INVOKESTATIC, unit.internalName, "k$" + unit.classes.index(k.cls), EVAL_DESC, false);
                } else {
                    g.expr.genCopy(k.expr);
                }
                v.returnValue();
            }

            @Override public void generateDefault() {
                v.visitInsn(Opcodes.ACONST_NULL);
                v.returnValue();
            }
        });
        v.visitMaxs(0, 0);
        v.visitEnd();
    }
}
