package phpgoc.compiler;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import phpgoc.runtime.FatalError;
import phpgoc.runtime.PhpPaths;

/**
 * The compiler's public API: run a PHP program as {@code php -n} would, check syntax, or compile
 * ahead of time for a jar. PHP-level errors never escape as Java exceptions: they are printed as
 * php prints them and reflected in the exit code.
 */
public final class Phpgoc {
    private Phpgoc() {}

    /**
     * The run option "phpgoc.parallel" = "1" in the ini map of {@code run}/{@code runCode}/{@code runAhead}
     * ({@code phpgoc run --parallel}, also kept by {@code build --parallel} in the jar): go routines run
     * in parallel ({@link phpgoc.runtime.Context#parallelRoutines}). It is not a php ini setting.
     */
    public static final String PARALLEL_INI = "phpgoc.parallel";

    /** php -r's name for the code in messages and {@code __FILE__}. */
    static final String COMMAND_LINE_CODE = "Command line code";

    /**
     * {@code php -n -d k=v... script args...}: compiles in memory, runs, returns the exit code (0,
     * the {@code exit} status, 255 after a fatal error or uncaught throwable, 1 if the script
     * cannot be opened). The program runs on a thread of its own with a large stack.
     */
    public static int run(Path script, List<String> args, Map<String, String> ini, OutputStream stdout) {
        return run(cwd(), script, args, ini, stdout, new Compiler());
    }

    /**
     * As {@link #run(Path, List, Map, OutputStream)} with {@code workDir} as the working directory
     * (php run after {@code cd workDir}): a relative {@code script} resolves against it and is
     * {@code $argv[0]} as given; relative includes resolve against it. The JVM's own working
     * directory is left alone, so runs with different directories can share one JVM.
     */
    public static int run(Path workDir, Path script, List<String> args, Map<String, String> ini, OutputStream stdout) {
        return run(workDir.toAbsolutePath().normalize(), script, args, ini, stdout, new Compiler());
    }

    private static int run(Path cwd, Path script, List<String> args, Map<String, String> ini, OutputStream stdout,
                           Compiler compiler) {
        Path real;
        try {
            real = cwd.resolve(script).toRealPath();
        } catch (IOException e) {
            real = null;
        }
        if (real == null || !Files.isRegularFile(real)) return couldNotOpen(script, stdout);
        Path main = real;
        String given = PhpPaths.toPhp(script.toString());
        var program = new Runner.Program(cwd, main, PhpPaths.toPhp(main), given, given, c -> c.compileFile(main));
        return Runner.run(program, args, ini, stdout, compiler);
    }

    private static Path cwd() {
        return Path.of(System.getProperty("user.dir"));
    }

    /** {@code php -n -r code args...}: {@code code} has no {@code <?php} tag; messages name it "Command line code". */
    public static int runCode(String code, List<String> args, Map<String, String> ini, OutputStream stdout) {
        String source = "<?php " + PhpPaths.toPhp(code);
        var program = new Runner.Program(cwd(), Path.of(COMMAND_LINE_CODE), null, "Standard input code", "",
                c -> c.compileCode(source, COMMAND_LINE_CODE));
        return Runner.run(program, args, ini, stdout, new Compiler());
    }

    /**
     * {@code php -n -l script}: prints "No syntax errors detected in SCRIPT" and returns 0, or the
     * parse (or compile) error followed by "Errors parsing SCRIPT" and returns 255; SCRIPT as given.
     */
    public static int lint(Path script, OutputStream stdout) {
        if (!Files.isRegularFile(script)) return couldNotOpen(script, stdout);
        String given = PhpPaths.toPhp(script.toString());
        String text;
        try {
            Compiler.compile(Compiler.read(script), given, Compiler.GEN_PACKAGE + "Lint_" + Compiler.sanitize(
                    String.valueOf(script.getFileName())));
            text = "No syntax errors detected in " + given + "\n";
        } catch (FatalError e) {
            text = "\n" + e.kind + ": " + e.getMessage() + " in " + given + " on line " + e.line
                    + "\nErrors parsing " + given + "\n";
        } catch (RuntimeException | StackOverflowError e) {
            if (Runner.debug()) e.printStackTrace();
            text = "\nFatal error: phpgoc internal error: " + e + " in " + given + " on line 0"
                    + "\nErrors parsing " + given + "\n";
        }
        write(stdout, text);
        return text.startsWith("No syntax errors") ? 0 : 255;
    }

    /**
     * Compiles a script, or every {@code .php} file under a directory, ahead of time. Returns the
     * class files by internal name ("phpgoc/gen/..."), plus the index that maps each PHP file's
     * absolute path to its class under the key {@link #AHEAD_INDEX}. Files with parse or compile
     * errors are left out, so running them compiles at run time and reports the error as php does.
     */
    public static Map<String, byte[]> compileAhead(Path scriptOrDir) {
        return compileAhead(scriptOrDir, new ArrayList<>());
    }

    /** As {@link #compileAhead(Path)}; each file left out adds php's error text to {@code errors}. */
    public static Map<String, byte[]> compileAhead(Path scriptOrDir, List<String> errors) {
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(scriptOrDir)) {
            try (Stream<Path> walk = Files.walk(scriptOrDir)) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> f.getFileName().toString().endsWith(".php"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            files.add(scriptOrDir);
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        Properties index = new Properties();
        int n = 0;
        for (Path f : files) {
            Path real;
            try {
                real = f.toRealPath();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String className = Compiler.className("A" + (++n), real);
            try {
                byte[] code = Compiler.compile(Compiler.read(real), PhpPaths.toPhp(real), className);
                out.put(className.replace('.', '/'), code);
                index.setProperty(real.toString(), className);
            } catch (FatalError e) {
                errors.add(e.kind + ": " + e.getMessage() + " in " + e.file + " on line " + e.line);
            }
        }
        out.put(AHEAD_INDEX, indexBytes(index));
        return out;
    }

    /** The index as a properties file without the date comment, so builds are reproducible. */
    private static byte[] indexBytes(Properties index) {
        StringWriter w = new StringWriter();
        try {
            index.store(w, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder sb = new StringBuilder();
        w.toString().lines().filter(l -> !l.startsWith("#")).sorted().forEach(l -> sb.append(l).append('\n'));
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Resource name (in a built jar) of the index written by {@link #compileAhead}. */
    public static final String AHEAD_INDEX = "META-INF/phpgoc/index.properties";

    /**
     * Runs {@code script} using classes compiled ahead (found through {@link #AHEAD_INDEX} on the
     * class path), compiling at run time only files that were not compiled ahead.
     */
    public static int runAhead(Path script, List<String> args, Map<String, String> ini, OutputStream stdout) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) loader = Phpgoc.class.getClassLoader();
        return run(cwd(), script, args, ini, stdout, new Compiler(AheadIndex.load(loader)));
    }

    private static int couldNotOpen(Path script, OutputStream stdout) {
        write(stdout, "Could not open input file: " + PhpPaths.toPhp(script.toString()) + "\n");
        return 1;
    }

    private static void write(OutputStream stdout, String text) {
        try {
            stdout.write(text.getBytes(StandardCharsets.ISO_8859_1));
            stdout.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
