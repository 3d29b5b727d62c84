package phpgoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... argv) {
        return Main.execute(List.of(argv), out, new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void execute_version_printsVersionLine() {
        assertEquals(0, run("--version"));
        assertEquals("phpgoc 0.1.0 (PHP 8.2 compatible)\n", out());
    }

    @Test
    void execute_help_listsOnlyWhatExists() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("build"));
        assertTrue(out().contains("--parallel"));
    }

    @Test
    void execute_missingScript_printsPhpMessageAndExits1() {
        assertEquals(1, run("run", "nofile.php"));
        assertEquals("Could not open input file: nofile.php\n", out());
    }

    @Test
    void execute_missingScriptForLint_printsPhpMessage() {
        assertEquals(1, run("-l", "nofile.php"));
        assertEquals("Could not open input file: nofile.php\n", out());
    }

    @Test
    void execute_usageError_goesToStderrWithExit1() {
        assertEquals(1, run("--bogus", "a.php"));
        assertEquals("", out());
        assertTrue(err().startsWith("phpgoc: unknown option '--bogus'"), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void execute_buildWithoutOutput_exit1() {
        assertEquals(1, run("build", "a.php"));
        assertTrue(err().contains("-o"), err());
    }

    @Test
    void execute_buildMissingInput_exit1() {
        assertEquals(1, run("build", "-o", "x.jar", "no/such/dir"));
        assertTrue(err().contains("no/such/dir"), err());
    }

    @Test
    void execute_buildIntoMissingDirectory_exit1(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("a.php"), "<?php\n");
        assertEquals(1, run("build", "-o", dir.resolve("no/such/app.jar").toString(), script.toString()));
        assertTrue(err().contains("does not exist"), err());
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void execute_buildDirectoryWithoutMain_exit1(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("lib.php"), "<?php\n");
        assertEquals(1, run("build", "-o", dir.resolve("app.jar").toString(), dir.toString()));
        assertTrue(err().contains("--main"), err());
    }

    @Test
    void execute_dashR_runsCodeWithIniAndArgs() {
        assertEquals(0, run("-d", "precision=3", "-r", "echo 1/3, ' ', $argv[1], ' ', $argc;", "x"));
        assertEquals("0.333 x 2", out());
    }

    @Test
    void execute_exitStatus_isTheProcessExitCode() {
        assertEquals(7, run("-r", "echo 'a'; exit(7);"));
        assertEquals("a", out());
    }

    @Test
    void execute_script_getsItsArguments(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("a.php"), "<?php echo implode(',', array_slice($argv, 1));");
        assertEquals(0, run("run", script.toString(), "-d", "--", "z"));
        assertEquals("-d,--,z", out());
    }

    @Test
    void execute_lint_reportsPhpMessages(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("good.php"), "<?php echo 1;\n");
        assertEquals(0, run("-l", good.toString()));
        assertEquals("No syntax errors detected in " + good + "\n", out());
        Path bad = Files.writeString(dir.resolve("bad.php"), "<?php echo 1\n");
        assertEquals(255, run("-l", bad.toString()));
        assertTrue(out().contains("Parse error: "), out());
        assertTrue(out().endsWith("Errors parsing " + bad + "\n"), out());
    }

    @Test
    void execute_build_writesRunnableJar(@TempDir Path dir) throws Exception {
        Path script = Files.writeString(dir.resolve("a.php"), "<?php echo 'hi';\n");
        Path jar = dir.resolve("app.jar");
        assertEquals(0, run("build", "-d", "precision=5", "-o", jar.toString(), script.toString()));
        try (var j = new java.util.jar.JarFile(jar.toFile())) {
            var attrs = j.getManifest().getMainAttributes();
            assertEquals("phpgoc.cli.JarMain", attrs.getValue("Main-Class"));
            assertEquals(script.toRealPath().toString(), attrs.getValue(JarBuilder.MAIN_SCRIPT));
            assertTrue(j.getEntry("phpgoc/cli/JarMain.class") != null);
            assertTrue(j.getEntry("phpgoc/runtime/Context.class") != null);
            assertTrue(j.getEntry("org/antlr/v4/runtime/Lexer.class") != null);
            assertTrue(j.getEntry("org/objectweb/asm/ClassWriter.class") != null);
            String index = new String(j.getInputStream(j.getEntry(phpgoc.compiler.Phpgoc.AHEAD_INDEX)).readAllBytes(),
                    StandardCharsets.ISO_8859_1);
            assertTrue(index.contains("a.php="), index);
        }
    }

    @Test
    void failures_guard_turnsExceptionsIntoMessages() {
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        int code = Failures.guard(out, e, () -> {
            throw new IllegalStateException("boom");
        });
        assertEquals(255, code);
        assertTrue(err().contains("boom"), err());
        assertFalse(err().contains("\tat "), err());
    }
}
