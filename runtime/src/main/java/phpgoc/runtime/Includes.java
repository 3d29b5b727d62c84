package phpgoc.runtime;

/** {@code include}, {@code require} and their {@code _once} forms. */
public final class Includes {
    private Includes() {}
    public static final int INCLUDE = 0, INCLUDE_ONCE = 1, REQUIRE = 2, REQUIRE_ONCE = 3;

    /**
     * Resolves {@code path} as php does (absolute; ./ and ../ against the working directory;
     * otherwise the include_path ".", then the including file's directory), compiles the file
     * through {@link Context#compiler()} (cached), runs it with {@code scope}, and returns its value
     * (1, its return value, true for an already-included _once file, false after a failed include's
     * warnings). A failed require is a fatal error.
     */
    public static Object include(Context ctx, Object path, int kind, String currentFile, SymbolTable scope) { throw Convert.todo(); }
}
