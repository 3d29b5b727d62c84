package phpgoc.compiler.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import phpgoc.ast.TypeRef;
import phpgoc.runtime.TypeCheck;

/**
 * A declared parameter or return type as {@link TypeCheck} checks it: a mask of accepted kinds and
 * php's own spelling for messages (class names first, then callable, array, string, int, float,
 * bool/false/true, null; {@code ?T} for one type plus null; {@code iterable} is
 * {@code Traversable|array}).
 */
record TypeDecl(int mask, String name) {

    /** The check for {@code t}, or null when nothing is checked (no type, {@code mixed}, void, never). */
    static TypeDecl of(TypeRef t, boolean nullDefault) { return of(t, nullDefault, null); }

    /**
     * As {@link #of(TypeRef, boolean)} in the code of class {@code in} (null outside classes and in
     * traits): {@code self} and {@code parent} become the class names, as php checks and prints them.
     */
    static TypeDecl of(TypeRef t, boolean nullDefault, phpgoc.ast.Stmt.ClassDecl in) {
        if (t == null) return null;
        List<String> classes = new ArrayList<>();
        int mask = collect(t, classes);
        if (in != null && in.kind() != phpgoc.ast.Stmt.ClassKind.TRAIT) {
            for (int i = 0; i < classes.size(); i++) {
                String c = classes.get(i);
                if (c.equalsIgnoreCase("self")) classes.set(i, in.name());
                else if (c.equalsIgnoreCase("parent") && in.parent() != null) classes.set(i, bare(in.parent().text()));
            }
        }
        if ((mask & TypeCheck.MIXED) != 0 || mask == 0) return null;
        if (nullDefault) mask |= TypeCheck.NULL;
        List<String> parts = new ArrayList<>(classes);
        if ((mask & TypeCheck.CALLABLE) != 0) parts.add("callable");
        if ((mask & TypeCheck.ARRAY) != 0) parts.add("array");
        if ((mask & TypeCheck.STRING) != 0) parts.add("string");
        if ((mask & TypeCheck.INT) != 0) parts.add("int");
        if ((mask & TypeCheck.FLOAT) != 0) parts.add("float");
        if ((mask & TypeCheck.BOOL) == TypeCheck.BOOL) parts.add("bool");
        else if ((mask & TypeCheck.FALSE) != 0) parts.add("false");
        else if ((mask & TypeCheck.TRUE) != 0) parts.add("true");
        String name;
        if ((mask & TypeCheck.NULL) != 0) {
            name = parts.size() == 1 ? "?" + parts.get(0) : parts.isEmpty() ? "null" : String.join("|", parts) + "|null";
        } else {
            name = String.join("|", parts);
        }
        return new TypeDecl(mask, name);
    }

    private static int collect(TypeRef t, List<String> classes) {
        return switch (t) {
            case TypeRef.Nullable n -> collect(n.inner(), classes) | TypeCheck.NULL;
            case TypeRef.Union u -> {
                int m = 0;
                for (TypeRef p : u.types()) m |= collect(p, classes);
                yield m;
            }
            case TypeRef.Intersection i -> {
                List<String> names = new ArrayList<>();
                for (TypeRef p : i.types()) collect(p, names);
                classes.add(String.join("&", names));
                yield TypeCheck.OBJECT;
            }
            case TypeRef.Named n -> named(n.name().text(), classes);
        };
    }

    private static String bare(String name) { return name.startsWith("\\") ? name.substring(1) : name; }

    /** Whether {@code t} names {@code static} (checked against the called class at run time). */
    static boolean hasStatic(TypeRef t) {
        return switch (t) {
            case TypeRef.Nullable n -> hasStatic(n.inner());
            case TypeRef.Union u -> u.types().stream().anyMatch(TypeDecl::hasStatic);
            case TypeRef.Intersection i -> false;
            case TypeRef.Named n -> n.name().text().equalsIgnoreCase("static");
        };
    }

    /** Whether {@code t} names {@code self} or {@code parent} (resolved per using class in trait methods). */
    static boolean namesSelf(TypeRef t) {
        return switch (t) {
            case TypeRef.Nullable n -> namesSelf(n.inner());
            case TypeRef.Union u -> u.types().stream().anyMatch(TypeDecl::namesSelf);
            case TypeRef.Intersection i -> false;
            case TypeRef.Named n -> n.name().text().equalsIgnoreCase("self") || n.name().text().equalsIgnoreCase("parent");
        };
    }

    private static int named(String text, List<String> classes) {
        String bare = bare(text);
        return switch (bare.toLowerCase(Locale.ROOT)) {
            case "int" -> TypeCheck.INT;
            case "float" -> TypeCheck.FLOAT;
            case "string" -> TypeCheck.STRING;
            case "bool" -> TypeCheck.BOOL;
            case "false" -> TypeCheck.FALSE;
            case "true" -> TypeCheck.TRUE;
            case "null" -> TypeCheck.NULL;
            case "array" -> TypeCheck.ARRAY;
            case "callable" -> TypeCheck.CALLABLE;
            case "iterable" -> {
                classes.add("Traversable");
                yield TypeCheck.ARRAY | TypeCheck.OBJECT;
            }
            case "mixed" -> TypeCheck.MIXED;
            case "void", "never" -> 0;
            case "object" -> {
                classes.add("object");
                yield TypeCheck.OBJECT;
            }
            default -> {
                classes.add(bare);
                yield TypeCheck.OBJECT;
            }
        };
    }
}
