package phpgoc.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import phpgoc.runtime.CompiledUnit;
import phpgoc.runtime.Includes;

/** The runner's exit codes and php's error output, with hand-assembled units (see {@link GenUnits}). */
class RunnerTest {
    private static final String FILE = "/abs/x.php";

    private record Result(int exit, String out) {}

    private static Result run(CompiledUnit unit) {
        return run(unit, List.of());
    }

    private static Result run(CompiledUnit unit, List<String> args) {
        var out = new ByteArrayOutputStream();
        var p = new Runner.Program(Path.of("/abs"), Path.of(FILE), FILE, "x.php", "x.php", c -> unit);
        int exit = Runner.run(p, args, Map.of(), out, new Compiler());
        return new Result(exit, out.toString(StandardCharsets.ISO_8859_1));
    }

    /** As bin/phpgoc runs a program (-Dphpgoc.virtualMain=true): on a virtual thread. */
    private static Result runVirtual(CompiledUnit unit) {
        var out = new ByteArrayOutputStream();
        var p = new Runner.Program(Path.of("/abs"), Path.of(FILE), FILE, "x.php", "x.php", c -> unit);
        int exit = Runner.run(p, List.of(), Map.of(), out, new Compiler(), true);
        return new Result(exit, out.toString(StandardCharsets.ISO_8859_1));
    }

    @Test
    void run_onVirtualThread_exitAndOutputAsOnPlatformThread() {
        Result r = runVirtual(GenUnits.file(FILE).main(a -> a.line(2).echo("before\n").line(3).exit(7)));
        assertEquals(new Result(7, "before\n"), r);
    }

    @Test
    void run_onVirtualThread_uncaughtPrintsPhpFatalError() {
        Result r = runVirtual(GenUnits.file(FILE).main(a -> a.line(3).throwError("Error", "boom")));
        assertEquals(255, r.exit());
        assertTrue(r.out().startsWith("\nFatal error: Uncaught Error: boom in /abs/x.php:3\n"), r.out());
    }

    @Test
    void run_onVirtualThread_infiniteRecursionReportsMemoryExhausted() {
        CompiledUnit u = GenUnits.file(FILE)
                .function("f", a -> a.line(2).call("f"))
                .main(a -> a.line(3).call("f"));
        assertEquals(new Result(255, "\nFatal error: Allowed memory size of 134217728 bytes exhausted"
                + " (tried to allocate 2097152 bytes) in /abs/x.php on line 2\n"), runVirtual(u));
    }

    @Test
    void virtualMain_neverWithParallelRoutines() {
        assertFalse(Runner.virtualMain(Map.of(Phpgoc.PARALLEL_INI, "1")));
    }

    @Test
    void run_plainScript_exitsZeroWithOutput() {
        Result r = run(GenUnits.file(FILE).main(a -> a.line(2).echo("hello\n").echo("world\n")));
        assertEquals(new Result(0, "hello\nworld\n"), r);
    }

    @Test
    void run_exit_returnsStatusAndKeepsOutput() {
        Result r = run(GenUnits.file(FILE).main(a -> a.line(2).echo("before\n").line(3).exit(7)));
        assertEquals(new Result(7, "before\n"), r);
    }

    @Test
    void run_uncaughtAtTopLevel_printsPhpFatalError() {
        Result r = run(GenUnits.file(FILE).main(a -> a.line(3).throwError("DivisionByZeroError", "Division by zero")));
        assertEquals(new Result(255, """

                Fatal error: Uncaught DivisionByZeroError: Division by zero in /abs/x.php:3
                Stack trace:
                #0 {main}
                  thrown in /abs/x.php on line 3
                """), r);
    }

    @Test
    void run_uncaughtInFunctions_printsTraceWithCallSites() {
        CompiledUnit u = GenUnits.file(FILE)
                .function("g", a -> a.line(4).throwError("Error", "boom"))
                .function("f", a -> a.line(3).call("g"))
                .main(a -> a.line(1).echo("start\n").line(7).call("f"));
        Result r = run(u);
        assertEquals(new Result(255, """
                start

                Fatal error: Uncaught Error: boom in /abs/x.php:4
                Stack trace:
                #0 /abs/x.php(3): g()
                #1 /abs/x.php(7): f()
                #2 {main}
                  thrown in /abs/x.php on line 4
                """), r);
    }

    @Test
    void run_uncaughtWithEmptyMessage_omitsColon() {
        Result r = run(GenUnits.file(FILE).main(a -> a.line(2).throwError("Exception", "")));
        assertTrue(r.out().startsWith("\nFatal error: Uncaught Exception in /abs/x.php:2\n"), r.out());
    }

    @Test
    void run_infiniteRecursion_reportsMemoryExhaustedLikePhp() {
        CompiledUnit u = GenUnits.file(FILE)
                .function("f", a -> a.line(2).call("f"))
                .main(a -> a.line(3).call("f"));
        Result r = run(u);
        assertEquals(new Result(255, "\nFatal error: Allowed memory size of 134217728 bytes exhausted"
                + " (tried to allocate 2097152 bytes) in /abs/x.php on line 2\n"), r);
    }

    @Test
    void run_javaBug_isPhpStyleFatalNotStackTrace() {
        CompiledUnit u = GenUnits.file(FILE).main(a -> a.line(5).raw(g -> {
            g.visitInsn(org.objectweb.asm.Opcodes.ACONST_NULL);
            g.invokeVirtual(org.objectweb.asm.Type.getType(String.class),
                    org.objectweb.asm.commons.Method.getMethod("int length()"));
            g.pop();
        }));
        Result r = run(u);
        assertEquals(255, r.exit());
        assertTrue(r.out().startsWith("\nFatal error: phpgoc internal error: java.lang.NullPointerException"), r.out());
        assertTrue(r.out().endsWith(" in /abs/x.php on line 5\n"), r.out());
        assertFalse(r.out().contains("\tat "), r.out());
    }

    @Test
    void run_requireMissing_warnsThenUncaughtError() {
        CompiledUnit u = GenUnits.file(FILE).main(a -> a.line(1).echo("start\n")
                .line(3).include("nofile.php", Includes.REQUIRE).line(4).echo("never\n"));
        Result r = run(u);
        assertEquals(new Result(255, """
                start

                Warning: require(nofile.php): Failed to open stream: No such file or directory in /abs/x.php on line 3

                Fatal error: Uncaught Error: Failed opening required 'nofile.php' (include_path='.:/usr/share/php') in /abs/x.php:3
                Stack trace:
                #0 {main}
                  thrown in /abs/x.php on line 3
                """), r);
    }

    @Test
    void run_includeMissing_warnsTwiceAndContinues() {
        CompiledUnit u = GenUnits.file(FILE).main(a -> a.line(3).include("nofile.php", Includes.INCLUDE_ONCE)
                .line(4).echo("still running\n"));
        Result r = run(u);
        assertEquals(new Result(0, """

                Warning: include_once(nofile.php): Failed to open stream: No such file or directory in /abs/x.php on line 3

                Warning: include_once(): Failed opening 'nofile.php' for inclusion (include_path='.:/usr/share/php') in /abs/x.php on line 3
                still running
                """), r);
    }

    @Test
    void run_twoContextsConcurrently_haveIndependentOutput() throws Exception {
        CompiledUnit a = GenUnits.file("/abs/a.php").main(x -> {
            x.line(1);
            for (int i = 0; i < 2000; i++) x.echo("a");
        });
        CompiledUnit b = GenUnits.file("/abs/b.php").main(x -> {
            x.line(1);
            for (int i = 0; i < 2000; i++) x.echo("b");
            x.exit(3);
        });
        Result[] results = new Result[2];
        Thread ta = new Thread(() -> results[0] = run(a));
        Thread tb = new Thread(() -> results[1] = run(b));
        ta.start();
        tb.start();
        ta.join();
        tb.join();
        assertEquals(new Result(0, "a".repeat(2000)), results[0]);
        assertEquals(new Result(3, "b".repeat(2000)), results[1]);
    }
}
