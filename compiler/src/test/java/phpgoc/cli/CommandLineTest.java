package phpgoc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    private static Command.RunScript runScript(String... argv) throws UsageException {
        return assertInstanceOf(Command.RunScript.class, CommandLine.parse(argv));
    }

    @Test
    void parse_runSubcommand_givesScriptAndArgs() throws Exception {
        Command.RunScript r = runScript("run", "a.php", "x", "y");
        assertEquals(Path.of("a.php"), r.script());
        assertEquals(List.of("x", "y"), r.args());
        assertTrue(r.ini().isEmpty());
    }

    @Test
    void parse_noSubcommand_behavesAsRun() throws Exception {
        assertEquals(new Command.RunScript(Path.of("a.php"), List.of("1"), Map.of()), CommandLine.parse("a.php", "1"));
    }

    @Test
    void parse_everythingAfterScript_belongsToScript() throws Exception {
        Command.RunScript r = runScript("-n", "a.php", "-d", "x=1", "--", "-l", "--version");
        assertEquals(List.of("-d", "x=1", "--", "-l", "--version"), r.args());
        assertTrue(r.ini().isEmpty());
    }

    @Test
    void parse_iniOptions_bothSpellingsAndBareKey() throws Exception {
        Command.RunScript r = runScript("run", "-d", "precision=17", "-dmemory_limit=1G", "-d", "flag", "a.php");
        assertEquals(Map.of("precision", "17", "memory_limit", "1G", "flag", "1"), r.ini());
    }

    @Test
    void parse_iniValueWithEquals_keepsRest() throws Exception {
        assertEquals(Map.of("k", "a=b"), runScript("-d", "k=a=b", "a.php").ini());
    }

    @Test
    void parse_iniOrder_isKept() throws Exception {
        assertEquals(List.of("b", "a"), List.copyOf(runScript("-db=1", "-da=2", "a.php").ini().keySet()));
    }

    @Test
    void parse_dashF_takesFileAndDashDashIsConsumed() throws Exception {
        Command.RunScript r = runScript("-f", "a.php", "--", "-x", "y");
        assertEquals(Path.of("a.php"), r.script());
        assertEquals(List.of("-x", "y"), r.args());
    }

    @Test
    void parse_dashDashBeforeScript_endsOptions() throws Exception {
        Command.RunScript r = runScript("--", "-weird.php", "z");
        assertEquals(Path.of("-weird.php"), r.script());
        assertEquals(List.of("z"), r.args());
    }

    @Test
    void parse_dashR_givesCodeAndArgs() throws Exception {
        Command.RunCode r = assertInstanceOf(Command.RunCode.class,
                CommandLine.parse("-d", "precision=3", "-r", "echo 1;", "a", "--", "b"));
        assertEquals("echo 1;", r.code());
        assertEquals(List.of("a", "--", "b"), r.args());
        assertEquals(Map.of("precision", "3"), r.ini());
    }

    @Test
    void parse_dashRThenDashDash_dashDashConsumed() throws Exception {
        Command.RunCode r = assertInstanceOf(Command.RunCode.class, CommandLine.parse("-r", "echo 1;", "--", "-a"));
        assertEquals(List.of("-a"), r.args());
    }

    @Test
    void parse_dashL_givesLint() throws Exception {
        assertEquals(new Command.Lint(Path.of("a.php")), CommandLine.parse("-l", "a.php"));
        assertEquals(new Command.Lint(Path.of("a.php")), CommandLine.parse("-n", "-l", "-f", "a.php"));
    }

    @Test
    void parse_versionAndHelp() throws Exception {
        for (String v : new String[] {"--version", "-v"}) {
            assertInstanceOf(Command.ShowVersion.class, CommandLine.parse(v));
        }
        for (String h : new String[] {"--help", "-h", "help"}) {
            assertInstanceOf(Command.ShowHelp.class, CommandLine.parse(h));
        }
        assertInstanceOf(Command.ShowVersion.class, CommandLine.parse("run", "--version"));
        assertInstanceOf(Command.ShowHelp.class, CommandLine.parse("build", "--help"));
    }

    @Test
    void parse_parallel_isTheRunOption() throws Exception {
        Command.RunScript r = assertInstanceOf(Command.RunScript.class, CommandLine.parse("run", "--parallel", "a.php"));
        assertEquals("1", r.ini().get(phpgoc.compiler.Phpgoc.PARALLEL_INI));
        Command.Build b = assertInstanceOf(Command.Build.class, CommandLine.parse("build", "--parallel", "-o", "a.jar", "a.php"));
        assertEquals("1", b.ini().get(phpgoc.compiler.Phpgoc.PARALLEL_INI));
    }

    @Test
    void parse_unknownOption_isUsageError() {
        UsageException e = assertThrows(UsageException.class, () -> CommandLine.parse("--bogus", "a.php"));
        assertTrue(e.getMessage().contains("--bogus"), e.getMessage());
        assertThrows(UsageException.class, () -> CommandLine.parse("run", "-x", "a.php"));
    }

    @Test
    void parse_unknownSubcommand_isUsageError() {
        UsageException e = assertThrows(UsageException.class, () -> CommandLine.parse("biuld", "-o", "x.jar", "a.php"));
        assertTrue(e.getMessage().contains("biuld"), e.getMessage());
    }

    @Test
    void parse_missingOptionValue_isUsageError() {
        assertThrows(UsageException.class, () -> CommandLine.parse("-d"));
        assertThrows(UsageException.class, () -> CommandLine.parse("-r"));
        assertThrows(UsageException.class, () -> CommandLine.parse("-f"));
        assertThrows(UsageException.class, () -> CommandLine.parse("-d", "=1", "a.php"));
    }

    @Test
    void parse_noScript_isUsageError() {
        assertThrows(UsageException.class, () -> CommandLine.parse());
        assertThrows(UsageException.class, () -> CommandLine.parse("run"));
        assertThrows(UsageException.class, () -> CommandLine.parse("-n", "-d", "a=1"));
    }

    @Test
    void parse_dashRWithFile_isUsageError() {
        assertThrows(UsageException.class, () -> CommandLine.parse("-f", "a.php", "-r", "echo 1;"));
    }

    @Test
    void parse_build_allOptions() throws Exception {
        Command.Build b = assertInstanceOf(Command.Build.class,
                CommandLine.parse("build", "-d", "precision=17", "-o", "app.jar", "--main", "m.php", "src"));
        assertEquals(Path.of("app.jar"), b.output());
        assertEquals(Path.of("src"), b.input());
        assertEquals(Path.of("m.php"), b.main());
        assertEquals(Map.of("precision", "17"), b.ini());
    }

    @Test
    void parse_build_optionsAfterInputAndJoinedSpellings() throws Exception {
        Command.Build b = assertInstanceOf(Command.Build.class,
                CommandLine.parse("build", "a.php", "-oapp.jar", "-dx=1"));
        assertEquals(Path.of("app.jar"), b.output());
        assertEquals(Path.of("a.php"), b.input());
        assertNull(b.main());
        assertEquals(Map.of("x", "1"), b.ini());
    }

    @Test
    void parse_buildWithoutOutput_isUsageError() {
        UsageException e = assertThrows(UsageException.class, () -> CommandLine.parse("build", "a.php"));
        assertTrue(e.getMessage().contains("-o"), e.getMessage());
    }

    @Test
    void parse_buildWithoutInputOrWithTwo_isUsageError() {
        assertThrows(UsageException.class, () -> CommandLine.parse("build", "-o", "app.jar"));
        assertThrows(UsageException.class, () -> CommandLine.parse("build", "-o", "app.jar", "a.php", "b.php"));
        assertThrows(UsageException.class, () -> CommandLine.parse("build", "-o", "app.jar", "--bogus", "a.php"));
    }
}
