package phpgoc.compiler.resolve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import phpgoc.ast.Name;
import phpgoc.ast.Stmt;
import phpgoc.parse.Diagnostic;

/**
 * The current namespace and its import tables (as php's {@code FC(current_namespace)}, {@code
 * FC(imports)}, {@code FC(imports_function)}, {@code FC(imports_const)}), the symbols the file has
 * declared so far, and the resolution of one name per PHP's rules (zend_compile.c:
 * {@code zend_resolve_class_name}, {@code zend_resolve_non_class_name}).
 */
final class Namespaces {
    /** The current namespace as written, "" for the global namespace. */
    private String ns = "";
    /** Class aliases by lower-case alias; function aliases likewise; constant aliases case-sensitive. */
    private final Map<String, String> classes = new HashMap<>(), functions = new HashMap<>(), consts = new HashMap<>();
    /** Symbols declared earlier in the file (php's seen symbols): lower-case names, constants with a lower-case namespace. */
    private final Set<String> seenClasses = new HashSet<>(), seenFunctions = new HashSet<>(), seenConsts = new HashSet<>();

    String current() { return ns; }

    /** Enters namespace {@code name} ("" for the global one) with empty import tables. */
    void enter(String name) {
        ns = name;
        classes.clear();
        functions.clear();
        consts.clear();
    }

    private String prefix(String name) { return ns.isEmpty() ? name : ns + "\\" + name; }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }

    /** A constant's key: namespace part lower-case, the constant's own name as written. */
    private static String constKey(String full) {
        int i = full.lastIndexOf('\\');
        return i < 0 ? full : lower(full.substring(0, i)) + full.substring(i);
    }

    // ---- use

    /** {@code use [function|const] Old [as New];} */
    void use(Stmt.UseItem it, List<Diagnostic> diagnostics) {
        String old = it.name().text();
        int line = it.span().line();
        String alias = it.alias();
        if (alias == null) {
            int i = old.lastIndexOf('\\');
            alias = old.substring(i + 1);
            if (i < 0 && ns.isEmpty()) {
                diagnostics.add(Diagnostic.warning("The use statement with non-compound name '" + alias + "' has no effect", line, false));
            }
        }
        String type = switch (it.kind()) {
            case CLASS -> "";
            case FUNCTION -> " function";
            case CONST -> " const";
        };
        String lookup = it.kind() == Stmt.UseKind.CONST ? alias : lower(alias);
        if (it.kind() == Stmt.UseKind.CLASS && isSpecialClass(alias)) {
            throw new ResolveError("Cannot use " + old + " as " + alias + " because '" + alias + "' is a special class name", line);
        }
        Set<String> seen = switch (it.kind()) {
            case CLASS -> seenClasses;
            case FUNCTION -> seenFunctions;
            case CONST -> seenConsts;
        };
        String seenName = ns.isEmpty() ? lookup : lower(ns) + "\\" + lookup;
        if (seen.contains(seenName) && !old.equalsIgnoreCase(seenName)) {
            throw new ResolveError("Cannot use" + type + " " + old + " as " + alias + " because the name is already in use", line);
        }
        Map<String, String> table = switch (it.kind()) {
            case CLASS -> classes;
            case FUNCTION -> functions;
            case CONST -> consts;
        };
        if (table.putIfAbsent(lookup, old) != null) {
            throw new ResolveError("Cannot use" + type + " " + old + " as " + alias + " because the name is already in use", line);
        }
    }

    static boolean isSpecialClass(String name) {
        String l = lower(name);
        return l.equals("self") || l.equals("parent") || l.equals("static");
    }

    // ---- declarations

    /** The full name of function {@code name} declared here; php's error if an import takes its name. */
    String declareFunction(String name, int line) {
        String full = prefix(name);
        String imported = functions.get(lower(name));
        if (imported != null && !imported.equalsIgnoreCase(full)) {
            throw new ResolveError("Cannot declare function " + full + " because the name is already in use", line);
        }
        seenFunctions.add(lower(full));
        return full;
    }

    String declareClass(String name, int line) {
        String full = prefix(name);
        String imported = classes.get(lower(name));
        if (imported != null && !imported.equalsIgnoreCase(full)) {
            throw new ResolveError("Cannot declare class " + full + " because the name is already in use", line);
        }
        seenClasses.add(lower(full));
        return full;
    }

    String declareConst(String name, int line) {
        String full = prefix(name);
        String imported = consts.get(name);
        if (imported != null && !imported.equals(full)) {
            throw new ResolveError("Cannot declare const " + full + " because the name is already in use", line);
        }
        seenConsts.add(constKey(full));
        return full;
    }

    /** A closure's name: {@code A\B\{closure}}. */
    String closureName() { return prefix("{closure}"); }

    // ---- references

    /** A class name: fully qualified, or self/parent/static unchanged. No fallback. */
    Name cls(Name n) {
        String text = n.text();
        if (isSpecialClass(text)) {
            switch (n.kind()) {
                case FULLY_QUALIFIED -> throw new ResolveError("'\\" + text + "' is an invalid class name", n.span().line());
                case RELATIVE -> throw new ResolveError("'namespace\\" + text + "' is an invalid class name", n.span().line());
                default -> { return n; }
            }
        }
        String full = switch (n.kind()) {
            case FULLY_QUALIFIED -> text;
            case RELATIVE -> prefix(text);
            case QUALIFIED -> importedPrefix(text);
            case UNQUALIFIED -> {
                String imported = classes.get(lower(text));
                yield imported != null ? imported : prefix(text);
            }
        };
        return qualified(full, n);
    }

    /** A called function's name; an unqualified one in a namespace keeps the global fallback. */
    Name function(Name n) { return nonClass(n, functions.get(lower(n.text()))); }

    /** A constant's name; {@code true}, {@code false} and {@code null} unchanged. */
    Name constant(Name n) {
        if (n.kind() == Name.Kind.UNQUALIFIED) {
            String l = lower(n.text());
            if (l.equals("true") || l.equals("false") || l.equals("null")) return n;
        }
        return nonClass(n, consts.get(n.text()));
    }

    private Name nonClass(Name n, String imported) {
        String text = n.text();
        return switch (n.kind()) {
            case FULLY_QUALIFIED -> n;
            case RELATIVE -> qualified(prefix(text), n);
            case QUALIFIED -> qualified(importedPrefix(text), n);
            case UNQUALIFIED -> imported != null ? qualified(imported, n)
                    : ns.isEmpty() ? n : new Name(prefix(text), Name.Kind.UNQUALIFIED, n.span());
        };
    }

    /** {@code A\rest}: A replaced by the class import it names, else the namespace prefixed. */
    private String importedPrefix(String text) {
        int i = text.indexOf('\\');
        String imported = classes.get(lower(text.substring(0, i)));
        return imported != null ? imported + text.substring(i) : prefix(text);
    }

    private static Name qualified(String full, Name n) {
        return new Name(full, Name.Kind.FULLY_QUALIFIED, n.span());
    }
}
