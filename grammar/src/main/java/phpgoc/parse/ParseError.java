package phpgoc.parse;

/**
 * A syntax error or a purely syntactic compile-time fatal error, in php's words:
 * {@code kind()} is "Parse error" or "Fatal error", {@code message()} what php prints after it.
 */
public final class ParseError extends Exception {
    private final String kind;
    private final String message;
    private final int line;

    public ParseError(String kind, String message, int line) {
        super(kind + ": " + message + " on line " + line);
        this.kind = kind;
        this.message = message;
        this.line = line;
    }

    static ParseError syntax(String message, int line) { return new ParseError("Parse error", message, line); }

    static ParseError fatal(String message, int line) { return new ParseError("Fatal error", message, line); }

    public String kind() { return kind; }

    public String message() { return message; }

    public int line() { return line; }
}
