package phpgoc.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One golden case: {@code <case>.php} with its expected stdout ({@code <case>.out}, the case's
 * directory written as {@code %DIR%}), expected exit code ({@code <case>.exit}, 0 when absent),
 * command-line arguments ({@code <case>.args}, one per line) and {@code -d} settings
 * ({@code <case>.ini}, one {@code key=value} per line). The format is the one
 * {@code tests/regen-goldens} writes.
 *
 * @param script absolute path of the {@code .php} file
 * @param name path relative to the tests directory, with {@code /} separators, e.g. {@code lang/arrays/cow.php}
 */
record GoldenCase(Path script, String name, List<String> args, Map<String, String> ini) {

    static GoldenCase load(Path testsDir, Path script) {
        Path abs = script.toAbsolutePath().normalize();
        String name = testsDir.toAbsolutePath().normalize().relativize(abs).toString().replace('\\', '/');
        List<String> args = new ArrayList<>();
        Path argsFile = sibling(abs, ".args");
        if (Files.exists(argsFile)) {
            args.addAll(lines(argsFile));
        }
        Map<String, String> ini = new LinkedHashMap<>();
        Path iniFile = sibling(abs, ".ini");
        if (Files.exists(iniFile)) {
            for (String line : lines(iniFile)) {
                if (line.isEmpty()) {
                    continue;
                }
                int eq = line.indexOf('=');
                if (eq < 0) {
                    ini.put(line, "1");
                } else {
                    ini.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        }
        return new GoldenCase(abs, name, List.copyOf(args), ini);
    }

    /** The case's directory: the one php runs in and the one written as {@code %DIR%} in goldens. */
    Path dir() {
        return script.getParent();
    }

    /** The golden stdout, bytes as read from {@code <case>.out}. */
    byte[] expectedOut() {
        Path out = sibling(script, ".out");
        if (!Files.exists(out)) {
            throw new AssertionError(name + ": golden " + out.getFileName() + " is missing; run tests/regen-goldens " + name);
        }
        try {
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The golden exit code: the content of {@code <case>.exit}, or 0 when there is none. */
    int expectedExit() {
        Path exit = sibling(script, ".exit");
        if (!Files.exists(exit)) {
            return 0;
        }
        try {
            return Integer.parseInt(Files.readString(exit, StandardCharsets.US_ASCII).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code -d key=value} options, in file order, as a command line wants them. */
    List<String> iniOptions() {
        List<String> options = new ArrayList<>();
        ini.forEach((k, v) -> {
            options.add("-d");
            options.add(k + "=" + v);
        });
        return options;
    }

    private static Path sibling(Path script, String ext) {
        String file = script.getFileName().toString();
        return script.resolveSibling(file.substring(0, file.length() - ".php".length()) + ext);
    }

    /** Lines as regen-goldens reads them: split on \n, no trailing empty line; bytes kept as UTF-8. */
    private static List<String> lines(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
