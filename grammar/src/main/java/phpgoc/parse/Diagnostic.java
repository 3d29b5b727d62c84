package phpgoc.parse;

/**
 * A warning or deprecation php prints while compiling a file, before it runs: {@code level} is
 * php's error level ({@code E_WARNING} = 2, {@code E_DEPRECATED} = 8192), {@code message} its text,
 * {@code line} where php reports it. {@code lexical} diagnostics come from php's scanner (so php
 * prints them before all others, and even before a parse error); the others from its compiler,
 * in source order.
 */
public record Diagnostic(int level, String message, int line, boolean lexical) {
    public static final int E_WARNING = 2, E_DEPRECATED = 8192;

    public static Diagnostic warning(String message, int line, boolean lexical) {
        return new Diagnostic(E_WARNING, message, line, lexical);
    }

    public static Diagnostic deprecated(String message, int line) {
        return new Diagnostic(E_DEPRECATED, message, line, false);
    }
}
