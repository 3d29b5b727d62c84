package phpgoc.compiler.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import phpgoc.ast.Stmt;

/**
 * php's runtime-definition-key counter ({@code CG(rtd_key_counter)}), which numbers anonymous
 * classes: {@code class@anonymous<NUL>/path/file.php:LINE$N} with N in hex. php 8.2 takes a key,
 * in compile (source) order, for each anonymous class (before its body) and each class declaration
 * that is not bound at compile time (after its body): one below the top level, or a top-level one
 * with interfaces (enums have theirs), traits, or a parent that is not known yet. The counter is per file here (php's runs over a request's
 * compilations, so anonymous classes in included files may show other numbers).
 */
final class RuntimeKeys {
    private int next;
    /** Whether the statement being resolved is at the top level (a plain block or namespace body there is too). */
    private boolean top = true;
    /** Lower-case names of top-level classes of this file bound at compile time. */
    private final Set<String> bound = new HashSet<>();
    /** Lower-case unqualified names of every class this file declares. */
    private final Set<String> declared = new HashSet<>();

    /** Notes the class declarations of {@code ast} (top-level statements), before it is resolved. */
    RuntimeKeys(List<Stmt> ast) {
        for (Stmt s : ast) collect(s);
    }

    private void collect(Stmt s) {
        switch (s) {
            case Stmt.ClassDecl c -> declared.add(last(c.name()));
            case Stmt.Namespace n -> { if (n.body() != null) for (Stmt t : n.body()) collect(t); }
            case Stmt.Block b -> { for (Stmt t : b.stmts()) collect(t); }
            default -> { }
        }
    }

    /** The key of an anonymous class. */
    int anonymous() { return next++; }

    /** Entering statement {@code st}; returns the state {@link #leave} restores. */
    boolean enter(Stmt st) {
        boolean wasTop = top;
        if (!(st instanceof Stmt.Block)) top = false;
        return wasTop;
    }

    /** Leaving a statement, resolved as {@code resolved}. */
    void leave(boolean wasTop, Stmt resolved) {
        top = wasTop;
        if (!(resolved instanceof Stmt.ClassDecl c)) return;
        String lower = bare(c.name());
        if (wasTop && boundEarly(c)) bound.add(lower); else next++;
    }

    private boolean boundEarly(Stmt.ClassDecl c) {
        if (c.kind() == Stmt.ClassKind.ENUM || !c.interfaces().isEmpty()) return false;
        for (Stmt.Member m : c.members()) if (m instanceof Stmt.TraitUse) return false;
        if (c.parent() == null) return true;
        String p = bare(c.parent().text());
        // a parent this file does not declare (at its top level) is taken as a built-in or already declared class
        return bound.contains(p) || !declared.contains(last(p));
    }

    private static String last(String name) {
        return name.substring(name.lastIndexOf('\\') + 1).toLowerCase(Locale.ROOT);
    }

    private static String bare(String name) {
        return (name.startsWith("\\") ? name.substring(1) : name).toLowerCase(Locale.ROOT);
    }
}
