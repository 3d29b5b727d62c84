package phpgoc.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import phpgoc.compiler.Phpgoc;

/** {@code phpgoc build -o app.jar file.php|dir}: compile ahead of time, then {@link JarBuilder}. */
final class BuildCommand {
    private BuildCommand() {}

    static int build(Command.Build b, OutputStream stdout, PrintStream stderr) throws IOException {
        Path input = b.input();
        if (!Files.exists(input)) {
            stderr.println("phpgoc build: cannot open '" + input + "': no such file or directory");
            return 1;
        }
        Path dir = b.output().toAbsolutePath().getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            stderr.println("phpgoc build: cannot write '" + b.output() + "': directory " + dir + " does not exist");
            return 1;
        }
        Path main;
        try {
            main = mainScript(input, b.main());
        } catch (UsageException e) {
            stderr.println("phpgoc build: " + e.getMessage());
            return 1;
        }
        List<String> errors = new ArrayList<>();
        Map<String, byte[]> compiled = Phpgoc.compileAhead(input, errors);
        for (String error : errors) {
            stderr.println("phpgoc build: warning: PHP " + error);
            stderr.println("phpgoc build: warning: that file is left out; php reports the error when it runs");
        }
        String key = indexKey(compiled, main);
        JarBuilder.write(b.output(), key, b.ini(), compiled, OwnClassPath.locations());
        return 0;
    }

    /** The script a jar built from {@code input} runs. */
    static Path mainScript(Path input, Path mainOption) throws UsageException {
        if (Files.isRegularFile(input)) {
            if (mainOption != null) {
                throw new UsageException("--main only applies when building a directory");
            }
            return input;
        }
        if (mainOption != null) {
            Path main = mainOption.isAbsolute() || Files.isRegularFile(mainOption) ? mainOption : input.resolve(mainOption);
            if (!Files.isRegularFile(main)) {
                throw new UsageException("--main " + mainOption + ": no such file");
            }
            return main;
        }
        for (String name : new String[] {"index.php", "main.php"}) {
            if (Files.isRegularFile(input.resolve(name))) {
                return input.resolve(name);
            }
        }
        throw new UsageException("'" + input + "' is a directory without index.php or main.php: say which script runs with --main <file>");
    }

    /**
     * The main script's path as the index spells it (absolute, possibly with symbolic links
     * resolved); falls back to the real path when the index does not list it.
     */
    static String indexKey(Map<String, byte[]> compiled, Path main) throws IOException {
        String real = main.toRealPath().toString();
        String absolute = main.toAbsolutePath().normalize().toString();
        byte[] index = compiled.get(Phpgoc.AHEAD_INDEX);
        if (index != null) {
            Properties p = new Properties();
            p.load(new ByteArrayInputStream(index));
            if (p.containsKey(absolute) && !p.containsKey(real)) {
                return absolute;
            }
        }
        return real;
    }
}
