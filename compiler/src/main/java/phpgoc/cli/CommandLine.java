package phpgoc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import phpgoc.compiler.Phpgoc;

/**
 * Parses phpgoc's command line. Without a subcommand (or with {@code run}) it follows php's own
 * rules: options are read up to the first non-option or {@code --}; the first non-option is the
 * script (unless {@code -f} or {@code -r} gave it) and everything after it belongs to the script.
 */
final class CommandLine {
    private CommandLine() {}

    static Command parse(List<String> argv) throws UsageException {
        if (argv.isEmpty()) {
            throw new UsageException("no script given");
        }
        String first = argv.get(0);
        List<String> rest = argv.subList(1, argv.size());
        return switch (first) {
            case "run" -> parsePhp(rest);
            case "build" -> parseBuild(rest);
            case "help", "--help", "-h" -> new Command.ShowHelp();
            case "version", "--version", "-v" -> new Command.ShowVersion();
            default -> {
                if (looksLikeMisspeltCommand(first)) {
                    throw new UsageException("unknown command '" + first + "' (commands: run, build)");
                }
                yield parsePhp(argv);
            }
        };
    }

    /** A bare word such as {@code biuld} that is not an existing file is a command typo, not a script. */
    private static boolean looksLikeMisspeltCommand(String word) {
        return word.matches("[A-Za-z][A-Za-z0-9_-]*") && !Files.exists(Path.of(word));
    }

    private static Command parsePhp(List<String> argv) throws UsageException {
        Map<String, String> ini = new LinkedHashMap<>();
        String file = null;
        String code = null;
        boolean lint = false;
        int i = 0;
        while (i < argv.size()) {
            String a = argv.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            i++;
            switch (a) {
                case "-n" -> { /* no ini files: always the case */ }
                case "-l" -> lint = true;
                case "-h", "--help" -> { return new Command.ShowHelp(); }
                case "-v", "--version" -> { return new Command.ShowVersion(); }
                case "-d" -> putIni(ini, value(argv, i++, "-d"));
                case "-f" -> file = value(argv, i++, "-f");
                case "-r" -> code = value(argv, i++, "-r");
                case "--parallel" -> ini.put(Phpgoc.PARALLEL_INI, "1");
                default -> {
                    if (a.startsWith("-d")) {
                        putIni(ini, a.substring(2));
                    } else if (a.startsWith("-f") && !a.startsWith("--")) {
                        file = a.substring(2);
                    } else if (a.startsWith("-r") && !a.startsWith("--")) {
                        code = a.substring(2);
                    } else {
                        throw new UsageException("unknown option '" + a + "'");
                    }
                }
            }
        }
        List<String> rest = argv.subList(i, argv.size());
        if (code != null) {
            if (file != null || lint) {
                throw new UsageException("-r cannot be combined with " + (lint ? "-l" : "-f"));
            }
            return new Command.RunCode(code, List.copyOf(rest), ini);
        }
        if (file == null) {
            if (rest.isEmpty()) {
                throw new UsageException("no script given");
            }
            file = rest.get(0);
            rest = rest.subList(1, rest.size());
        }
        if (lint) {
            return new Command.Lint(Path.of(file));
        }
        return new Command.RunScript(Path.of(file), List.copyOf(rest), ini);
    }

    private static Command parseBuild(List<String> argv) throws UsageException {
        Map<String, String> ini = new LinkedHashMap<>();
        String output = null;
        String main = null;
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("--")) {
                inputs.addAll(argv.subList(i + 1, argv.size()));
                break;
            }
            switch (a) {
                case "-o" -> output = value(argv, ++i, "-o");
                case "--main" -> main = value(argv, ++i, "--main");
                case "-d" -> putIni(ini, value(argv, ++i, "-d"));
                case "-n" -> { /* accepted as for run */ }
                case "--parallel" -> ini.put(Phpgoc.PARALLEL_INI, "1");
                case "-h", "--help" -> { return new Command.ShowHelp(); }
                default -> {
                    if (a.startsWith("--main=")) {
                        main = a.substring("--main=".length());
                    } else if (a.startsWith("-o") && a.length() > 2) {
                        output = a.substring(2);
                    } else if (a.startsWith("-d") && a.length() > 2) {
                        putIni(ini, a.substring(2));
                    } else if (a.startsWith("-") && !a.equals("-")) {
                        throw new UsageException("build: unknown option '" + a + "'");
                    } else {
                        inputs.add(a);
                    }
                }
            }
        }
        if (output == null) {
            throw new UsageException("build: missing -o <app.jar>");
        }
        if (inputs.isEmpty()) {
            throw new UsageException("build: missing the script or directory to compile");
        }
        if (inputs.size() > 1) {
            throw new UsageException("build: one script or directory expected, got " + String.join(" ", inputs));
        }
        return new Command.Build(Path.of(output), Path.of(inputs.get(0)), main == null ? null : Path.of(main), ini);
    }

    private static String value(List<String> argv, int i, String option) throws UsageException {
        if (i >= argv.size()) {
            throw new UsageException("option " + option + " needs an argument");
        }
        return argv.get(i);
    }

    /** {@code -d foo=bar} sets foo to "bar"; {@code -d foo} sets it to "1", as php does. */
    private static void putIni(Map<String, String> ini, String setting) throws UsageException {
        int eq = setting.indexOf('=');
        String key = eq < 0 ? setting : setting.substring(0, eq);
        if (key.isBlank()) {
            throw new UsageException("-d needs foo[=bar], got '" + setting + "'");
        }
        ini.put(key.strip(), eq < 0 ? "1" : setting.substring(eq + 1));
    }

    static Command parse(String... argv) throws UsageException {
        return parse(Arrays.asList(argv));
    }
}
