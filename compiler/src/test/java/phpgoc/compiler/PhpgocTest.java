package phpgoc.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The public API end to end: PHP source in, php's output and exit code out. */
class PhpgocTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out) {}

    private Path write(String name, String php) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, php, StandardCharsets.ISO_8859_1);
        return p;
    }

    private static Result run(Path script, String... args) {
        var out = new ByteArrayOutputStream();
        int exit = Phpgoc.run(script, List.of(args), Map.of(), out);
        return new Result(exit, out.toString(StandardCharsets.ISO_8859_1));
    }

    /** The real path, as php prints the script's name. */
    private String abs(Path p) throws IOException {
        return p.toRealPath().toString();
    }

    @Test
    void run_echo_exitsZero() throws IOException {
        assertEquals(new Result(0, "hello 3\n"), run(write("a.php", "<?php\n$x = 1 + 2;\necho \"hello $x\\n\";\n")));
    }

    @Test
    void run_exitStatus_isReturned() throws IOException {
        assertEquals(new Result(3, "a"), run(write("a.php", "<?php\necho 'a';\nexit(3);\necho 'b';\n")));
    }

    @Test
    void run_uncaughtError_printsPhpTraceAndExits255() throws IOException {
        Path p = write("x.php", "<?php\nfunction f($a) {\n    return intdiv($a, 0);\n}\nf(1);\n");
        String f = abs(p);
        // php also shows the builtin frame "#0 x.php(3): intdiv(1, 0)" and argument values ("f(1)"): not yet.
        Result r = run(p);
        assertEquals(255, r.exit());
        assertTrue(r.out().startsWith("\nFatal error: Uncaught DivisionByZeroError: Division by zero in " + f + ":3\n"
                + "Stack trace:\n"), r.out());
        assertTrue(r.out().endsWith(f + "(5): f()\n#1 {main}\n  thrown in " + f + " on line 3\n")
                || r.out().endsWith(f + "(5): f(1)\n#2 {main}\n  thrown in " + f + " on line 3\n"), r.out());
    }

    @Test
    void run_parseError_isPhpParseError() throws IOException {
        Path p = write("bad.php", "<?php\necho 1\necho 2;\n");
        assertEquals(new Result(255, "\nParse error: syntax error, unexpected token \"echo\", expecting \",\" or \";\" in "
                + abs(p) + " on line 3\n"), run(p));
    }

    @Test
    void run_missingScript_couldNotOpen() {
        assertEquals(new Result(1, "Could not open input file: " + dir.resolve("nope.php") + "\n"), run(dir.resolve("nope.php")));
    }

    @Test
    void run_argv_scriptAsGivenThenArgs() throws IOException {
        Path p = write("a.php", "<?php\necho $argc, ' ', implode('|', $argv), ' ', $_SERVER['argc'], ' ', count($_GET);\n");
        assertEquals(new Result(0, "3 " + p + "|x|y z 3 0"), run(p, "x", "y z"));
    }

    @Test
    void run_workDir_resolvesScriptAndIncludes() throws IOException {
        write("inc/a.inc", "<?php echo 'cwd ';");
        write("sub/inc/a.inc", "<?php echo 'sub ';");
        write("sub/main.php", "<?php\ninclude 'inc/a.inc';\ninclude './inc/a.inc';\necho $argv[0];\n");
        var out = new ByteArrayOutputStream();
        int exit = Phpgoc.run(dir, Path.of("sub/main.php"), List.of(), Map.of(), out);
        // "inc/a.inc" tries include_path "." (the working directory) first; "./inc/a.inc" only the working directory.
        assertEquals(new Result(0, "cwd cwd sub/main.php"), new Result(exit, out.toString(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void run_includeOnce_runsFileOnceAndReturnsTrue() throws IOException {
        write("lib.inc", "<?php\necho \"lib\\n\";\nreturn 5;\n");
        Path p = write("main.php", "<?php\nvar_dump(include_once 'lib.inc');\nvar_dump(include_once 'lib.inc');\n"
                + "var_dump(include 'lib.inc');\nvar_dump(require_once __FILE__);\n");
        assertEquals(new Result(0, "lib\nint(5)\nbool(true)\nlib\nint(5)\nbool(true)\n"), run(p));
    }

    @Test
    void run_includeSharesScopeAndFunctions() throws IOException {
        write("inc/vars.inc", "<?php\n$b = $a * 2;\nfunction helper($x) { return \"[$x]\"; }\n");
        Path p = write("main.php", "<?php\n$a = 21;\nrequire __DIR__ . '/inc/vars.inc';\necho $b, helper('h'), \"\\n\";\n");
        assertEquals(new Result(0, "42[h]\n"), run(p));
    }

    @Test
    void run_errorInIncludedFile_traceShowsIncludeFrame() throws IOException {
        write("inc/thrower.inc", "<?php\necho \"in\\n\";\n$x = 0;\necho 1 % $x;\n");
        Path p = write("main.php", "<?php\nfunction via() {\n    return include 'inc/thrower.inc';\n}\nvia();\n");
        String m = abs(p), t = abs(dir.resolve("inc/thrower.inc"));
        assertEquals(new Result(255, "in\n\nFatal error: Uncaught DivisionByZeroError: Modulo by zero in " + t + ":4\n"
                + "Stack trace:\n#0 " + m + "(3): include()\n#1 " + m + "(5): via()\n#2 {main}\n  thrown in " + t
                + " on line 4\n"), run(p));
    }

    @Test
    void run_callValue_notCallable() throws IOException {
        Path p = write("c.php", "<?php\n$f = 'strtoupper';\necho $f('ab'), \"\\n\";\n$x = 5;\n$x();\n");
        String f = abs(p);
        assertEquals(new Result(255, "AB\n\nFatal error: Uncaught Error: Value of type int is not callable in " + f
                + ":5\nStack trace:\n#0 {main}\n  thrown in " + f + " on line 5\n"), run(p));
    }

    @Test
    void runCode_namesCommandLineCode() {
        var out = new ByteArrayOutputStream();
        int exit = Phpgoc.runCode("echo $argv[0], count($argv), __FILE__; echo 1 % 0;", List.of("a"), Map.of(), out);
        assertEquals(255, exit);
        assertEquals("Standard input code2Command line code\nFatal error: Uncaught DivisionByZeroError: Modulo by zero"
                + " in Command line code:1\nStack trace:\n#0 {main}\n  thrown in Command line code on line 1\n",
                out.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void lint_reportsLikePhpL() throws IOException {
        Path good = write("good.php", "<?php echo 1;\n");
        Path bad = write("bad.php", "<?php\necho 1\necho 2;\n");
        var out = new ByteArrayOutputStream();
        assertEquals(0, Phpgoc.lint(good, out));
        assertEquals(255, Phpgoc.lint(bad, out));
        assertEquals("No syntax errors detected in " + good + "\n\nParse error: syntax error, unexpected token \"echo\","
                + " expecting \",\" or \";\" in " + bad + " on line 3\nErrors parsing " + bad + "\n",
                out.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void compileAhead_thenRunAhead_usesPrecompiledClasses() throws Exception {
        write("app/lib.inc", "<?php function twice($x) { return 2 * $x; }\n");
        Path main = write("app/main.php", "<?php\nrequire 'lib.inc';\necho twice(21), \"\\n\";\n");
        write("app/broken.php", "<?php echo (;\n");
        List<String> errors = new ArrayList<>();
        Map<String, byte[]> classes = Phpgoc.compileAhead(dir.resolve("app"), errors);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("Parse error: "), errors.get(0));
        Path out = dir.resolve("classes");
        for (var e : classes.entrySet()) {
            Path f = out.resolve(e.getKey().equals(Phpgoc.AHEAD_INDEX) ? e.getKey() : e.getKey() + ".class");
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        String index = new String(classes.get(Phpgoc.AHEAD_INDEX), StandardCharsets.ISO_8859_1);
        assertTrue(index.contains("main.php=phpgoc.gen.A"), index);
        Thread t = Thread.currentThread();
        ClassLoader saved = t.getContextClassLoader();
        try (var loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()}, saved)) {
            t.setContextClassLoader(loader);
            var stdout = new ByteArrayOutputStream();
            int exit = Phpgoc.runAhead(main, List.of(), Map.of(), stdout);
            assertEquals(new Result(0, "42\n"), new Result(exit, stdout.toString(StandardCharsets.ISO_8859_1)));
        } finally {
            t.setContextClassLoader(saved);
        }
    }

    @Test
    void run_manyContextsConcurrently_produceIndependentOutput() throws Exception {
        Path p = write("count.php", "<?php\n$n = (int) $argv[1];\nfor ($i = 0; $i < 500; $i++) { echo $n; }\nexit($n);\n");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Result>> results = new ArrayList<>();
            for (int i = 1; i <= 16; i++) {
                String n = Integer.toString(i % 10);
                results.add(pool.submit(() -> run(p, n)));
            }
            for (int i = 1; i <= 16; i++) {
                String n = Integer.toString(i % 10);
                assertEquals(new Result(i % 10, n.repeat(500)), results.get(i - 1).get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
