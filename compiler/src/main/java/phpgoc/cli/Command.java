package phpgoc.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** What one {@code phpgoc} invocation asks for, as parsed by {@link CommandLine}. */
sealed interface Command {

    /** {@code phpgoc [run] [options] [-f] file [--] [args...]}. */
    record RunScript(Path script, List<String> args, Map<String, String> ini) implements Command {}

    /** {@code phpgoc [run] [options] -r code [--] [args...]}. */
    record RunCode(String code, List<String> args, Map<String, String> ini) implements Command {}

    /** {@code phpgoc -l file}. */
    record Lint(Path script) implements Command {}

    /** {@code phpgoc build [-d k=v]... -o app.jar [--main file] file|dir}; {@code main} is null when not given. */
    record Build(Path output, Path input, Path main, Map<String, String> ini) implements Command {}

    /** {@code phpgoc --version}. */
    record ShowVersion() implements Command {}

    /** {@code phpgoc --help}. */
    record ShowHelp() implements Command {}
}
