package phpgoc.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs a smaller set of cases (see {@link Corpus#cliCases()}) through the real launcher and
 * through a built jar, comparing exactly as {@link GoldenTest} does:
 * <ul>
 *   <li>{@code bin/phpgoc run [-d k=v]... /abs/<case>.php args...}, in the case's directory, with the
 *       absolute path as php was run by {@code regen-goldens} (so {@code $argv[0]} matches);</li>
 *   <li>{@code bin/phpgoc build [-d k=v]... -o <tmp>/app.jar <case>}, then
 *       {@code java -jar app.jar args...} with the java running these tests.</li>
 * </ul>
 * The cases of {@code tests/parallel-cases.txt} also run as {@code bin/phpgoc run --parallel ...}.
 * The launcher is {@code ${phpgoc.root}/bin/phpgoc}; when it is missing every test fails (not skips).
 * Per-process timeout: system property {@code phpgoc.cliTimeoutSeconds}, default 120.
 */
class CliTest {

    private static Duration timeout() {
        return Duration.ofSeconds(Long.getLong("phpgoc.cliTimeoutSeconds", 120));
    }

    private static Path launcher() {
        Path bin = Corpus.root().resolve("bin").resolve("phpgoc");
        if (!Files.isRegularFile(bin)) {
            fail("launcher " + bin + " does not exist: CLI tests need bin/phpgoc (set -Dphpgoc.root=<repo> if it lives elsewhere)");
        }
        if (!Files.isExecutable(bin)) {
            fail("launcher " + bin + " is not executable (chmod +x bin/phpgoc)");
        }
        return bin;
    }

    @TestFactory
    Stream<DynamicNode> cli() {
        List<GoldenCase> cases = Corpus.cliCases();
        if (cases.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("cli-cases",
                    () -> fail("no CLI cases: add some to tests/cli-cases.txt or a cli/ directory")));
        }
        return cases.stream().map(c -> DynamicContainer.dynamicContainer(c.name(), c.script().toUri(), Stream.of(
                DynamicTest.dynamicTest("bin/phpgoc run", c.script().toUri(), () -> launcherRun(c)),
                DynamicTest.dynamicTest("built jar", c.script().toUri(), () -> builtJar(c)))));
    }

    /** The cases of tests/parallel-cases.txt through {@code bin/phpgoc run --parallel}: the same goldens. */
    @TestFactory
    Stream<DynamicNode> parallel() {
        return Corpus.parallelCases().stream().map(c -> DynamicTest.dynamicTest(c.name() + " [run --parallel]",
                c.script().toUri(), () -> launcherRun(c, true)));
    }

    private static void launcherRun(GoldenCase c) { launcherRun(c, false); }

    private static void launcherRun(GoldenCase c, boolean parallel) {
        List<String> cmd = new ArrayList<>();
        cmd.add(launcher().toString());
        cmd.add("run");
        if (parallel) {
            cmd.add("--parallel");
        }
        cmd.addAll(c.iniOptions());
        cmd.add(c.script().toString());
        cmd.addAll(c.args());
        ProcessRun r = ProcessRun.run(cmd, c.dir(), timeout());
        if (r.timedOut()) {
            fail(c.name() + (parallel ? " [bin/phpgoc run --parallel]" : " [bin/phpgoc run]") + ": timed out after " + timeout().toSeconds() + " s\n" + r.stderrSection());
        }
        GoldenAssert.assertMatches(c, parallel ? "bin/phpgoc run --parallel" : "bin/phpgoc run", r.stdout(), r.exitCode(), r.stderrSection());
    }

    private static void builtJar(GoldenCase c) throws IOException {
        Path launcher = launcher();
        Path tmp = Files.createTempDirectory("phpgoc-cli");
        try {
            Path jar = tmp.resolve("app.jar");
            List<String> build = new ArrayList<>();
            build.add(launcher.toString());
            build.add("build");
            build.addAll(c.iniOptions());
            build.add("-o");
            build.add(jar.toString());
            build.add(c.script().toString());
            ProcessRun b = ProcessRun.run(build, c.dir(), timeout());
            if (b.timedOut() || b.exitCode() != 0 || !Files.isRegularFile(jar)) {
                fail(c.name() + " [built jar]: `" + String.join(" ", build) + "` "
                        + (b.timedOut() ? "timed out" : "exited with " + b.exitCode())
                        + (Files.isRegularFile(jar) ? "" : " and wrote no jar") + "\n"
                        + new String(b.stdout(), java.nio.charset.StandardCharsets.ISO_8859_1) + b.stderrSection());
            }
            List<String> cmd = new ArrayList<>(List.of(ProcessRun.currentJava(), "-jar", jar.toString()));
            cmd.addAll(c.args());
            ProcessRun r = ProcessRun.run(cmd, c.dir(), timeout());
            if (r.timedOut()) {
                fail(c.name() + " [built jar]: timed out after " + timeout().toSeconds() + " s\n" + r.stderrSection());
            }
            GoldenAssert.assertMatches(c, "built jar", r.stdout(), r.exitCode(), r.stderrSection());
        } finally {
            deleteTree(tmp);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
