package phpgoc.cli;

/** phpgoc's version line and help text. */
final class Version {
    private Version() {}

    static final String VERSION = "0.1.0";

    static final String LINE = "phpgoc " + VERSION + " (PHP 8.2 compatible)";

    static final String HELP = """
            Usage: phpgoc [options] [-f] <file> [--] [args...]
                   phpgoc [options] -r <code> [--] [args...]
                   phpgoc [options] -l <file>
                   phpgoc run [options] <file> [--] [args...]
                   phpgoc build [-d foo[=bar]]... [--parallel] -o <app.jar> [--main <file>] <file>|<dir>

            phpgoc compiles PHP 8.2 to JVM bytecode and runs it, as `php -n` would.

            Commands:
              run              Compile <file> in memory and run it (the default without a command)
              build            Compile ahead of time into a runnable jar; run it with
                               `java -jar <app.jar> [args...]` (Java 21+)

            Options (as php's):
              -d foo[=bar]     Define INI entry foo with value 'bar' (repeatable; -dfoo=bar works too)
              -n               No configuration (ini) files: accepted, phpgoc never reads any
              -f <file>        Parse and execute <file>
              -r <code>        Run PHP <code> without using script tags <?..?>
              -l               Syntax check only (lint)
              --parallel       Run the script's go routines on all cores at once, as goroutines
                               (default: one at a time, switching only where one blocks); shared
                               PHP data then needs go\\Mutex or channels (see docs/go.md)
              -h, --help       This help
              -v, --version    Version number
              --               End of options: what follows are the script's arguments

              args...          Arguments passed to script; everything after <file> is the script's

            Build options:
              -o <app.jar>     The jar to write (required)
              --main <file>    With a directory: the script the jar runs (default: index.php or
                               main.php in the directory)
              -d foo[=bar]     INI entries the jar applies when it runs
              --parallel       The jar runs go routines in parallel, as `run --parallel`
            """;
}
