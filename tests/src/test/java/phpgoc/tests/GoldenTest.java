package phpgoc.tests;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import phpgoc.compiler.Phpgoc;

/**
 * Runs every golden case in-process through {@link Phpgoc#run}, each in its own run (the compiler
 * creates a fresh context per call), and compares stdout and exit code with the golden. One
 * container per directory, one test per case, named by its path relative to tests/.
 *
 * <p>Each case has a preemptive timeout (system property {@code phpgoc.caseTimeoutSeconds},
 * default 10) so a hang fails that case only. Cases run in parallel when JUnit parallel execution
 * is enabled (see {@code junit-platform.properties} and {@code tests/pom.xml}).
 *
 * <p>Cases listed in {@code tests/pending.txt} (work in progress, with the reason) must still
 * fail; see {@link Pending}.
 */
class GoldenTest {

    static Duration caseTimeout() {
        return Duration.ofSeconds(Long.getLong("phpgoc.caseTimeoutSeconds", 10));
    }

    @TestFactory
    Stream<DynamicNode> golden() {
        Map<String, List<GoldenCase>> byDir = new TreeMap<>();
        for (GoldenCase c : Corpus.all()) {
            int slash = c.name().lastIndexOf('/');
            String dir = slash < 0 ? "." : c.name().substring(0, slash);
            byDir.computeIfAbsent(dir, k -> new ArrayList<>()).add(c);
        }
        return byDir.entrySet().stream().map(e -> DynamicContainer.dynamicContainer(
                e.getKey(),
                Corpus.testsDir().resolve(e.getKey()).toUri(),
                e.getValue().stream().map(GoldenTest::inProcess)));
    }

    private static DynamicTest inProcess(GoldenCase c) {
        return DynamicTest.dynamicTest(c.name(), c.script().toUri(), () -> {
            String pending = Pending.reason(c.name());
            if (pending == null) {
                runAndCompare(c);
                return;
            }
            // a pending case must still fail (wrong output or a time-out); once it passes it comes
            // off tests/pending.txt
            try {
                runAndCompare(c);
            } catch (AssertionError expected) {
                return;
            }
            throw new AssertionError(c.name() + " passes now: remove it from tests/pending.txt (" + pending + ")");
        });
    }

    private static void runAndCompare(GoldenCase c) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int exit = assertTimeoutPreemptively(caseTimeout(),
                () -> Phpgoc.run(c.script(), c.args(), c.ini(), stdout),
                () -> c.name() + ": timed out after " + caseTimeout().toSeconds() + " s; output so far:\n"
                        + GoldenAssert.describeDiff(c.expectedOut(), GoldenAssert.normalize(stdout.toByteArray(), c)));
        GoldenAssert.assertMatches(c, "in-process", stdout.toByteArray(), exit, "");
    }
}
