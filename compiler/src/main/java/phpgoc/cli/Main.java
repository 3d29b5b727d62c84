package phpgoc.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.Arrays;
import phpgoc.compiler.Phpgoc;

/**
 * The {@code phpgoc} command: {@code run} (the default), {@code build}, php's {@code -r}/{@code -l}.
 * Exit codes are php's: the script's exit status, 255 on a fatal error, 1 for a usage error or a
 * missing script (Phpgoc prints php's messages). No Java stack trace reaches the user (set {@code PHPGOC_DEBUG=1} to see them).
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        int code = execute(Arrays.asList(args), stdout, System.err);
        System.exit(code);
    }

    /** Runs one command line; returns the process exit code. */
    static int execute(java.util.List<String> argv, OutputStream stdout, PrintStream stderr) {
        Command command;
        try {
            command = CommandLine.parse(argv);
        } catch (UsageException e) {
            stderr.println("phpgoc: " + e.getMessage());
            stderr.println("Try 'phpgoc --help' for more information.");
            return 1;
        }
        return Failures.guard(stdout, stderr, () -> dispatch(command, stdout, stderr));
    }

    private static int dispatch(Command command, OutputStream stdout, PrintStream stderr) throws Exception {
        return switch (command) {
            case Command.ShowHelp h -> print(stdout, Version.HELP);
            case Command.ShowVersion v -> print(stdout, Version.LINE + "\n");
            case Command.RunScript r -> Phpgoc.run(r.script(), r.args(), r.ini(), stdout);
            case Command.RunCode r -> Phpgoc.runCode(r.code(), r.args(), r.ini(), stdout);
            case Command.Lint l -> Phpgoc.lint(l.script(), stdout);
            case Command.Build b -> BuildCommand.build(b, stdout, stderr);
        };
    }

    private static int print(OutputStream stdout, String text) throws IOException {
        stdout.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        stdout.flush();
        return 0;
    }
}
