package phpgoc.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Cases of work in progress, from {@code tests/pending.txt}: a line is a case path relative to
 * tests/ (or a directory prefix ending in {@code /}), then {@code #} and the reason (the issue that
 * will make it pass). A pending case still runs and must still FAIL: once it passes, the harness
 * fails it so that it is taken off the list. A line without a reason is an error.
 */
final class Pending {
    private Pending() {}

    private static volatile Map<String, String> entries;

    /** The reason {@code caseName} is pending, or null if it is not. */
    static String reason(String caseName) {
        for (Map.Entry<String, String> e : entries().entrySet()) {
            String key = e.getKey();
            if (key.endsWith("/") ? caseName.startsWith(key) : caseName.equals(key)) return e.getValue();
        }
        return null;
    }

    static Map<String, String> entries() {
        Map<String, String> m = entries;
        if (m == null) entries = m = load(Corpus.testsDir().resolve("pending.txt"));
        return m;
    }

    private static Map<String, String> load(Path file) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!Files.exists(file)) return m;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String s = line.strip();
                if (s.isEmpty() || s.startsWith("#")) continue;
                int hash = s.indexOf('#');
                String reason = hash < 0 ? "" : s.substring(hash + 1).strip();
                if (reason.isEmpty()) throw new IllegalStateException("tests/pending.txt: no reason given for: " + s);
                m.put(s.substring(0, hash).strip(), reason);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
