package phpgoc.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** {@code include}, {@code require} and their {@code _once} forms. */
public final class Includes {
    private Includes() {}
    public static final int INCLUDE = 0, INCLUDE_ONCE = 1, REQUIRE = 2, REQUIRE_ONCE = 3;

    /** php -n's built-in include_path, as its messages print it. */
    public static final String INCLUDE_PATH = ".:/usr/share/php";
    private static final String[] NAMES = {"include", "include_once", "require", "require_once"};

    /**
     * Resolves {@code path} as php does (absolute; ./ and ../ against the working directory;
     * otherwise the include_path ".", then the including file's directory), compiles the file
     * through {@link Context#compiler()} (cached), runs it with {@code scope}, and returns its value
     * (1, its return value, true for an already-included _once file, false after a failed include's
     * warnings). A failed require throws php's Error "Failed opening required ...".
     *
     * @param currentFile the including file's path as PHP sees it ({@code __FILE__})
     */
    public static Object include(Context ctx, Object path, int kind, String currentFile, SymbolTable scope) {
        return include(ctx, path, kind, currentFile, scope, null, null);
    }

    /**
     * {@link #include} from code of class {@code cls} ({@code thisOrStatic}: the caller's {@code $this}
     * or called class): the file runs with that class scope and {@code $this}, as php's does.
     */
    public static Object include(Context ctx, Object path, int kind, String currentFile, SymbolTable scope,
            ClassTemplate cls, Object thisOrStatic) {
        String name = Convert.toStr(path instanceof Ref r ? r.get() : path);
        if (name.isEmpty()) throw new PhpError("ValueError", "Path cannot be empty");
        int nul = name.indexOf('\0');
        if (nul >= 0) return failed(ctx, kind, name.substring(0, nul), null);

        Path found = resolve(name, currentFile, ctx.cwd);
        if (found == null) return failed(ctx, kind, name, "No such file or directory");
        if (Files.isDirectory(found)) return failed(ctx, kind, name, "Success");
        Path real;
        try {
            real = found.toRealPath();
        } catch (IOException e) {
            return failed(ctx, kind, name, "No such file or directory");
        }
        if (!Files.isReadable(real)) return failed(ctx, kind, name, "Permission denied");

        String key = PhpPaths.toPhp(real);
        boolean once = kind == INCLUDE_ONCE || kind == REQUIRE_ONCE;
        if (once && ctx.wasIncluded(key)) return Boolean.TRUE;
        ctx.markIncluded(key);
        CompiledUnit unit;
        try {
            unit = ctx.compiler().compileFile(real, cls);
        } catch (FatalError e) {
            throw parseError(e);
        }
        if (cls != null) scope.thisOrStatic = thisOrStatic;
        ctx.includeDepth++;
        try {
            return switch (kind) {
                case INCLUDE -> run$include(unit, ctx, scope);
                case INCLUDE_ONCE -> run$include_once(unit, ctx, scope);
                case REQUIRE -> run$require(unit, ctx, scope);
                default -> run$require_once(unit, ctx, scope);
            };
        } catch (PhpError e) {
            throw Traces.includeFrame(e, NAMES[kind], key);
        } finally {
            ctx.includeDepth--;
        }
    }

    /**
     * {@code eval(code)} at {@code line} of {@code currentFile}: compiles the code (php's name for it:
     * {@code currentFile(line) : eval()'d code}) and runs it with the caller's variables
     * {@code scope}; its value is what the code returns, null without a return (false for empty
     * code). In code of class {@code cls} the code has that class scope and the caller's
     * {@code $this} or called class {@code thisOrStatic}. A syntax error is a
     * ParseError thrown at the eval (its file and line the code's).
     */
    public static Object eval(Context ctx, Object code, String currentFile, int line, SymbolTable scope,
            ClassTemplate cls, Object thisOrStatic) {
        String src = Convert.toStr(code instanceof Ref r ? r.get() : code);
        if (src.isEmpty()) return Boolean.FALSE; // php compiles nothing, and eval gives false
        String file = currentFile + "(" + line + ") : eval()'d code";
        CompiledUnit unit;
        try {
            unit = ctx.compiler().compileEval(src, file, cls);
        } catch (FatalError e) {
            throw parseError(e);
        }
        if (cls != null) scope.thisOrStatic = thisOrStatic;
        ctx.includeDepth++;
        try {
            return run$eval(unit, ctx, scope);
        } finally {
            ctx.includeDepth--;
        }
    }

    /** A syntax error in included or eval'd code is a ParseError php throws at the include or eval; other compile errors stay fatal. */
    private static RuntimeException parseError(FatalError e) {
        return e.kind.equals("Parse error") ? new PhpError("ParseError", e.getMessage(), e.file, e.line) : e;
    }

    private static Object run$eval(CompiledUnit u, Context ctx, SymbolTable scope) { return u.run(ctx, scope); }

    // One method per kind, so stack traces can show the include frame as php does: "#0 a.php(3): include()".
    private static Object run$include(CompiledUnit u, Context ctx, SymbolTable scope) { return u.run(ctx, scope); }
    private static Object run$include_once(CompiledUnit u, Context ctx, SymbolTable scope) { return u.run(ctx, scope); }
    private static Object run$require(CompiledUnit u, Context ctx, SymbolTable scope) { return u.run(ctx, scope); }
    private static Object run$require_once(CompiledUnit u, Context ctx, SymbolTable scope) { return u.run(ctx, scope); }

    /** For stack traces: "include", "require_once", "eval"... if a JVM frame is the one running an included file or eval'd code, else null. */
    static String includeFrameKind(String className, String methodName) {
        if (!className.equals(Includes.class.getName()) || !methodName.startsWith("run$")) return null;
        return methodName.substring(4);
    }

    /**
     * The file {@code name} denotes, or null if there is none: absolute names as they are; names
     * starting with ./ or ../ against the working directory ({@link Context#cwd}) only; other relative names against each
     * include_path entry (".", the working directory, then /usr/share/php) and finally the
     * directory of the including file.
     */
    static Path resolve(String name, String currentFile, Path cwd) {
        Path p = PhpPaths.toPath(name);
        if (p == null) return null;
        if (p.isAbsolute()) return Files.exists(p) ? p : null;
        if (name.startsWith("./") || name.startsWith("../") || name.equals(".") || name.equals("..")) {
            Path c = cwd.resolve(p);
            return Files.exists(c) ? c : null;
        }
        for (String entry : INCLUDE_PATH.split(":")) {
            Path dir = entry.equals(".") ? cwd : Path.of(entry);
            Path c = dir.resolve(p);
            if (Files.exists(c)) return c;
        }
        if (currentFile != null) {
            Path cur = PhpPaths.toPath(currentFile);
            if (cur != null && cur.isAbsolute() && cur.getParent() != null) {
                Path c = cur.getParent().resolve(p);
                if (Files.exists(c)) return c;
            }
        }
        return null;
    }

    /**
     * php's warnings for a file that could not be opened ({@code reason} null: no stream warning,
     * as for a name with a NUL byte); include returns false, require throws.
     */
    private static Object failed(Context ctx, int kind, String name, String reason) {
        String fn = NAMES[kind];
        if (reason != null) ctx.warning(fn + "(" + name + "): Failed to open stream: " + reason);
        if (kind == REQUIRE || kind == REQUIRE_ONCE) {
            throw new PhpError("Error", "Failed opening required '" + name + "' (include_path='" + INCLUDE_PATH + "')");
        }
        ctx.warning(fn + "(): Failed opening '" + name + "' for inclusion (include_path='" + INCLUDE_PATH + "')");
        return Boolean.FALSE;
    }
}
