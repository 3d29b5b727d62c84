package phpgoc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * php's signature compatibility of a method with the one it overrides or implements (Liskov:
 * contravariant parameter types, covariant return types, no new required parameters, by-reference
 * passing unchanged), checked when a class is linked, with php's "Declaration of ... must be
 * compatible with ..." fatal. Signatures come from the compiler as one encoded string per method
 * ({@code SignatureText}), parsed here only when needed. Classes a type names that are not declared
 * yet are compared by name only (php would autoload them).
 */
final class Signatures {
    private Signatures() {}

    private static final char SEP = '\u0002', FS = '\u0001';

    record Param(String name, String type, String def, boolean byRef, boolean variadic, boolean optional) {}

    record Sig(int line, String ret, boolean refReturn, List<Param> params) {
        int required() {
            int r = 0;
            for (int i = 0; i < params.size(); i++) if (!params.get(i).optional) r = i + 1;
            return r;
        }

        boolean variadic() { return !params.isEmpty() && params.get(params.size() - 1).variadic; }
    }

    static Sig parse(String s) {
        String[] parts = s.split(String.valueOf(SEP), -1);
        List<Param> ps = new ArrayList<>();
        for (int i = 3; i < parts.length; i++) {
            String[] f = parts[i].split(String.valueOf(FS), -1);
            int flags = Integer.parseInt(f[0]);
            ps.add(new Param(f[1], f[2], f[3], (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0));
        }
        return new Sig(Integer.parseInt(parts[0]), parts[1], parts[2].equals("1"), ps);
    }

    /** The line of {@code m}'s declaration (an inherited one's too, as php), else the class's. */
    static int line(MethodInfo m, ClassTemplate tpl) {
        return m.signature != null ? parse(m.signature).line() : tpl.line;
    }

    /** php's text of a declaration: {@code A::f(int $x, &...$rest = 5): string}. */
    static String display(MethodInfo m, Sig s) {
        StringBuilder sb = new StringBuilder(m.declaring.name).append("::").append(m.name).append('(');
        for (int i = 0; i < s.params.size(); i++) {
            Param p = s.params.get(i);
            if (i > 0) sb.append(", ");
            if (!p.type.isEmpty()) sb.append(p.type).append(' ');
            if (p.byRef) sb.append('&');
            if (p.variadic) sb.append("...");
            sb.append('$').append(p.name);
            if (p.optional && !p.variadic) sb.append(" = ").append(p.def);
        }
        sb.append(')');
        if (!s.ret.isEmpty()) sb.append(": ").append(s.ret);
        return sb.toString();
    }

    /**
     * {@code child} (of class {@code cls}, being linked) overrides or implements {@code proto}: php's
     * static/non-static rule and signature compatibility, else its fatal error.
     */
    static void check(Context ctx, PhpClass cls, MethodInfo child, MethodInfo proto) {
        if (child.isStatic() != proto.isStatic()) {
            throw fatal(cls, child, "Cannot make " + (proto.isStatic() ? "static" : "non static") + " method "
                    + proto.display() + "() " + (proto.isStatic() ? "non static" : "static") + " in class " + cls.name);
        }
        if (child.isAbstract() && !proto.isAbstract() && (cls.tpl.flags & ClassTemplate.ABSTRACT) != 0
                && proto.declaring.kind != ClassTemplate.KIND_INTERFACE) {
            throw fatal(cls, child, "Cannot make non abstract method " + proto.display() + "() abstract in class " + cls.name);
        }
        if (child.signature == null || proto.signature == null) return;
        // constructors only follow an abstract or interface one
        if (child.name.equalsIgnoreCase("__construct") && !proto.isAbstract()
                && proto.declaring.kind != ClassTemplate.KIND_INTERFACE) return;
        Sig f = parse(child.signature), p = parse(proto.signature);
        if (!compatible(ctx, cls, child, f, proto, p)) {
            throw fatal(cls, child, "Declaration of " + display(child, f) + " must be compatible with " + display(proto, p));
        }
    }

    private static FatalError fatal(PhpClass cls, MethodInfo child, String msg) {
        String file = child.signature != null && child.declaring.file != null ? child.declaring.file : cls.tpl.file;
        return new FatalError("Fatal error", msg, file, line(child, cls.tpl));
    }

    private static boolean compatible(Context ctx, PhpClass cls, MethodInfo child, Sig f, MethodInfo proto, Sig p) {
        if (p.required() < f.required()) return false;
        if (p.refReturn && !f.refReturn) return false;
        if (p.variadic() && !f.variadic()) return false;
        PhpClass fScope = scope(ctx, cls, child.declaring), pScope = scope(ctx, cls, proto.declaring);
        int pn = p.params.size(), fn = f.params.size();
        for (int i = 0; i < Math.max(pn, fn); i++) {
            Param pa = i < pn ? p.params.get(i) : p.variadic() ? p.params.get(pn - 1) : null;
            Param fa = i < fn ? f.params.get(i) : f.variadic() ? f.params.get(fn - 1) : null;
            if (pa == null) continue;
            if (fa == null) return false;
            if (!fa.type.isEmpty() && !fa.type.equals("mixed")) {
                if (pa.type.isEmpty() || !covariant(ctx, cls, pa.type, pScope, fa.type, fScope)) return false;
            }
            if (fa.byRef != pa.byRef) return false;
        }
        if (!p.ret.isEmpty()) {
            return !f.ret.isEmpty() && covariant(ctx, cls, f.ret, fScope, p.ret, pScope);
        }
        return true;
    }

    private static PhpClass scope(Context ctx, PhpClass cls, ClassTemplate t) {
        return t == cls.tpl ? cls : ctx.classOf(t);
    }

    private static final int NULL = 1, FALSE = 2, TRUE = 4, INT = 8, FLOAT = 16, STRING = 32, ARRAY = 64, CALLABLE = 128,
            OBJECT = 256, VOID = 512, NEVER = 1024, STATIC = 2048, MIXED = NULL | FALSE | TRUE | INT | FLOAT | STRING | ARRAY
            | CALLABLE | OBJECT | (1 << 12);

    /** A type as builtin bits plus class names (intersections kept as one {@code A&B} entry). */
    private record Type(int mask, List<String> classes) {}

    private static Type type(String spelling, PhpClass scope) {
        int mask = 0;
        List<String> classes = new ArrayList<>();
        String s = spelling;
        if (s.startsWith("?")) {
            mask |= NULL;
            s = s.substring(1);
        }
        for (String alt : s.split("\\|")) {
            String a = alt.trim();
            if (a.startsWith("(")) a = a.substring(1, a.length() - 1);
            switch (a.toLowerCase(Locale.ROOT)) {
                case "null" -> mask |= NULL;
                case "false" -> mask |= FALSE;
                case "true" -> mask |= TRUE;
                case "bool" -> mask |= FALSE | TRUE;
                case "int" -> mask |= INT;
                case "float" -> mask |= FLOAT;
                case "string" -> mask |= STRING;
                case "array" -> mask |= ARRAY;
                case "callable" -> mask |= CALLABLE;
                case "object" -> mask |= OBJECT;
                case "void" -> mask |= VOID;
                case "never" -> mask |= NEVER;
                case "static" -> mask |= STATIC;
                case "mixed" -> mask |= MIXED;
                case "iterable" -> {
                    mask |= ARRAY;
                    classes.add("traversable");
                }
                case "self" -> classes.add(scope == null ? "self" : scope.name.toLowerCase(Locale.ROOT));
                case "parent" -> classes.add(scope == null || scope.parent == null ? "parent"
                        : scope.parent.name.toLowerCase(Locale.ROOT));
                default -> classes.add(a.toLowerCase(Locale.ROOT));
            }
        }
        return new Type(mask, classes);
    }

    /** Whether type {@code fe} (declared in {@code fScope}) is a subtype of {@code proto} (in {@code pScope}). */
    private static boolean covariant(Context ctx, PhpClass cls, String fe, PhpClass fScope, String proto, PhpClass pScope) {
        Type f = type(fe, fScope), p = type(proto, pScope);
        if ((p.mask & MIXED) == MIXED && (f.mask & VOID) == 0) return true;
        int added = f.mask & ~p.mask;
        if ((added & STATIC) != 0 && permitsSelf(ctx, cls, p, fScope)) added &= ~STATIC;
        if (added == NEVER) return true;
        if (added != 0) return false;
        for (String c : f.classes) {
            if ((p.mask & OBJECT) != 0) continue;
            boolean ok = false;
            for (String q : p.classes) if (isSub(ctx, cls, c, q)) ok = true;
            if (!ok) return false;
        }
        return true;
    }

    private static boolean permitsSelf(Context ctx, PhpClass cls, Type p, PhpClass fScope) {
        if ((p.mask & OBJECT) != 0) return true;
        if (fScope == null) return false;
        for (String q : p.classes) if (isSub(ctx, cls, fScope.name.toLowerCase(Locale.ROOT), q)) return true;
        return false;
    }

    /** Whether class {@code a} is {@code b} or extends/implements it (lower-case names); unknown classes by name only. */
    private static boolean isSub(Context ctx, PhpClass cls, String a, String b) {
        if (a.equals(b)) return true;
        if (a.contains("&")) {
            for (String part : a.split("&")) if (isSub(ctx, cls, part, b)) return true;
            return false;
        }
        if (b.contains("&")) {
            for (String part : b.split("&")) if (!isSub(ctx, cls, a, part)) return false;
            return true;
        }
        PhpClass c = a.equals(cls.name.toLowerCase(Locale.ROOT)) ? cls : ctx.findClass(a);
        return c == null || c.isA(b);
    }
}
