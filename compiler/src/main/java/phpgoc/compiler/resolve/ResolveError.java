package phpgoc.compiler.resolve;

/** A PHP compile-time error found while resolving names; php prints "Fatal error: MESSAGE in FILE on line LINE". */
public final class ResolveError extends RuntimeException {
    public final int line;

    ResolveError(String message, int line) {
        super(message, null, false, false);
        this.line = line;
    }
}
