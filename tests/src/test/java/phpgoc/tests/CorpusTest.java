package phpgoc.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sanity checks on the golden corpus itself (not on the compiler). */
class CorpusTest {

    @Test
    void corpus_hasAtLeast250CasesInTotal() {
        List<GoldenCase> cases = Corpus.all();
        assertTrue(cases.size() >= 250, "expected at least 250 golden cases under " + Corpus.testsDir()
                + " (tests/lang + tests/stdlib), found " + cases.size());
    }

    @Test
    void everyCase_hasAGoldenOut() {
        List<String> missing = Corpus.all().stream()
                .filter(c -> !Files.exists(c.script().resolveSibling(
                        c.script().getFileName().toString().replaceFirst("\\.php$", ".out"))))
                .map(GoldenCase::name)
                .toList();
        assertEquals(List.of(), missing, "cases without a .out golden; run tests/regen-goldens on them");
    }

    @Test
    void pendingEntries_nameExistingCases() {
        List<String> names = Corpus.all().stream().map(GoldenCase::name).toList();
        List<String> stale = Pending.entries().keySet().stream()
                .filter(k -> k.endsWith("/") ? names.stream().noneMatch(n -> n.startsWith(k)) : !names.contains(k))
                .toList();
        assertEquals(List.of(), stale, "tests/pending.txt lists cases that do not exist");
    }

    @Test
    void cliCases_areFoundAndExist() {
        assertTrue(Corpus.cliCases().size() >= 5, "expected tests/cli-cases.txt to list at least 5 cases");
    }

    @Test
    void casesUnderInc_areNotCases() {
        assertTrue(Corpus.all().stream().noneMatch(c -> ("/" + c.name()).contains("/inc/")));
    }

    @Test
    void normalize_replacesCaseDirectory() {
        GoldenCase c = new GoldenCase(Path.of("/x/y/case.php"), "y/case.php", List.of(), java.util.Map.of());
        byte[] out = GoldenAssert.normalize("in /x/y/case.php:3 and /x/y\n".getBytes(), c);
        assertEquals("in %DIR%/case.php:3 and %DIR%\n", new String(out));
    }

    @Test
    void escape_showsNonPrintableBytes() {
        assertEquals("a\\tb\\0\\xC3\\xA9\\\\", GoldenAssert.escape("a\tb\0\u00c3\u00a9\\"));
    }
}
