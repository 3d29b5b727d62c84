package phpgoc.ast;

/**
 * A PHP name: {@code text} never has a leading backslash or {@code namespace\} prefix; {@code kind}
 * says how it was written ({@code Foo}, {@code A\B}, {@code \A\B}, {@code namespace\A}).
 * After name resolution ({@code phpgoc.compiler.resolve}) class names and imported or qualified
 * function/constant names are {@code FULLY_QUALIFIED}; an unqualified function or constant name in
 * a namespace stays {@code UNQUALIFIED} with the namespaced text ({@code A\B\f}), which means php's
 * run-time fallback: {@code A\B\f} if it exists, else the global {@link #fallback()} {@code f}.
 */
public record Name(String text, Kind kind, Span span) {
    public enum Kind { UNQUALIFIED, QUALIFIED, FULLY_QUALIFIED, RELATIVE }

    /** The name without a leading backslash or {@code namespace\} prefix. */
    public String bare() { return text; }

    /**
     * The global name a resolved unqualified function or constant name falls back to (the text after
     * the last backslash), or null when there is no fallback (qualified names, or no namespace).
     */
    public String fallback() {
        if (kind != Kind.UNQUALIFIED) return null;
        int i = text.lastIndexOf('\\');
        return i < 0 ? null : text.substring(i + 1);
    }

    public boolean isSpecialClass() {
        String l = text.toLowerCase();
        return kind == Kind.UNQUALIFIED && (l.equals("self") || l.equals("parent") || l.equals("static"));
    }
}
