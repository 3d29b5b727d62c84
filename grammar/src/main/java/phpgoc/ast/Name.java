package phpgoc.ast;

/** A PHP name as written: {@code Foo}, {@code A\B}, {@code \A\B} or {@code namespace\A}. */
public record Name(String text, Kind kind, Span span) {
    public enum Kind { UNQUALIFIED, QUALIFIED, FULLY_QUALIFIED, RELATIVE }

    /** The name without a leading backslash or {@code namespace\} prefix. */
    public String bare() { return text; }

    public boolean isSpecialClass() {
        String l = text.toLowerCase();
        return kind == Kind.UNQUALIFIED && (l.equals("self") || l.equals("parent") || l.equals("static"));
    }
}
