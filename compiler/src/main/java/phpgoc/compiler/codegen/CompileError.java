package phpgoc.compiler.codegen;

/** A PHP compile-time error; php prints it as "Fatal error: MESSAGE in FILE on line LINE". */
public final class CompileError extends RuntimeException {
    public final int line;

    public CompileError(String message, int line) {
        super(message, null, false, false);
        this.line = line;
    }
}
