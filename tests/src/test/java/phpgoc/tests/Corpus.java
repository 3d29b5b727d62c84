package phpgoc.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the golden cases under the tests directory: every {@code *.php} file except those under an
 * {@code inc/} directory (helpers that cases include), and except the harness's own {@code src/}
 * and {@code target/}. Same rule as {@code tests/regen-goldens}.
 */
final class Corpus {
    private Corpus() {}

    /** The tests directory: system property {@code phpgoc.testsDir}, else the working directory. */
    static Path testsDir() {
        String prop = System.getProperty("phpgoc.testsDir");
        Path dir = prop == null || prop.isBlank() ? Paths.get("") : Paths.get(prop);
        return dir.toAbsolutePath().normalize();
    }

    /** The repository root: system property {@code phpgoc.root}, else the parent of the tests directory. */
    static Path root() {
        String prop = System.getProperty("phpgoc.root");
        Path dir = prop == null || prop.isBlank() ? testsDir().getParent() : Paths.get(prop);
        return dir.toAbsolutePath().normalize();
    }

    /** All cases, sorted by name. */
    static List<GoldenCase> all() {
        Path tests = testsDir();
        try (Stream<Path> files = Files.walk(tests)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().endsWith(".php"))
                    .filter(p -> isCase(tests, p))
                    .map(p -> GoldenCase.load(tests, p))
                    .sorted(Comparator.comparing(GoldenCase::name))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isCase(Path tests, Path file) {
        Path rel = tests.relativize(file);
        String first = rel.getName(0).toString();
        if (first.equals("src") || first.equals("target")) {
            return false;
        }
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String part = rel.getName(i).toString();
            if (part.equals("inc") || part.startsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cases {@link CliTest} runs: every case whose path contains {@code /cli/} plus those listed
     * in {@code tests/cli-cases.txt} (one case path relative to tests/ a line; {@code #} comments).
     * A listed case that does not exist is an error, so the list cannot silently rot.
     */
    static List<GoldenCase> cliCases() { return listed("cli-cases.txt", true); }

    /** The cases in {@code tests/parallel-cases.txt}, run again with {@code --parallel} (same format). */
    static List<GoldenCase> parallelCases() { return listed("parallel-cases.txt", false); }

    private static List<GoldenCase> listed(String listName, boolean withCliDirs) {
        List<GoldenCase> all = all();
        Set<String> wanted = new LinkedHashSet<>();
        Path list = testsDir().resolve(listName);
        if (Files.exists(list)) {
            try {
                for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        wanted.add(entry);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        List<GoldenCase> cases = new ArrayList<>();
        for (GoldenCase c : all) {
            if ((withCliDirs && ("/" + c.name()).contains("/cli/")) || wanted.remove(c.name())) {
                cases.add(c);
            }
        }
        if (!wanted.isEmpty()) {
            throw new IllegalStateException("tests/" + listName + " lists cases that do not exist: " + wanted);
        }
        return cases;
    }
}
