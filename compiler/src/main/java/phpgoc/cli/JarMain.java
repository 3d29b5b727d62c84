package phpgoc.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import phpgoc.compiler.Phpgoc;

/**
 * Main class of jars written by {@code phpgoc build}: {@code java -jar app.jar args...} runs the
 * main script named in the manifest with the classes compiled ahead; every argument belongs to
 * the script.
 */
public final class JarMain {
    private JarMain() {}

    public static void main(String[] args) {
        OutputStream stdout = new FileOutputStream(FileDescriptor.out);
        int code = Failures.guard(stdout, System.err, () -> run(Arrays.asList(args), stdout));
        System.exit(code);
    }

    private static int run(List<String> args, OutputStream stdout) throws Exception {
        String script = mainScript();
        if (script == null) {
            System.err.println("phpgoc: this jar has no " + JarBuilder.MAIN_SCRIPT
                    + " manifest attribute; rebuild it with `phpgoc build`");
            return 1;
        }
        Map<String, String> ini = ini();
        return Phpgoc.runAhead(Path.of(script), args, ini, stdout);
    }

    private static String mainScript() throws IOException {
        var urls = JarMain.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
        while (urls.hasMoreElements()) {
            try (InputStream in = urls.nextElement().openStream()) {
                Attributes a = new Manifest(in).getMainAttributes();
                String script = a.getValue(JarBuilder.MAIN_SCRIPT);
                if (script != null) {
                    return script;
                }
            }
        }
        return null;
    }

    private static Map<String, String> ini() throws IOException {
        Properties p = new Properties();
        try (InputStream in = JarMain.class.getClassLoader().getResourceAsStream(JarBuilder.INI_RESOURCE)) {
            if (in != null) {
                p.load(in);
            }
        }
        Map<String, String> ini = new LinkedHashMap<>();
        new TreeMap<>(p).forEach((k, v) -> ini.put((String) k, (String) v));
        return ini;
    }
}
