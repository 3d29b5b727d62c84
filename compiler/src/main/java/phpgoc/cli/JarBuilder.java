package phpgoc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import phpgoc.compiler.Phpgoc;

/**
 * Writes a runnable jar: phpgoc's own classes (runtime, compiler for include/eval, their
 * libraries), the classes compiled ahead, the index {@link Phpgoc#AHEAD_INDEX}, the ini settings,
 * and a manifest whose {@code Main-Class} is {@link JarMain} and whose {@value #MAIN_SCRIPT}
 * attribute names the script to run.
 */
final class JarBuilder {
    private JarBuilder() {}

    /** Manifest attribute: absolute path of the main script as compiled (the key in the index). */
    static final String MAIN_SCRIPT = "Phpgoc-Main-Script";

    /** Resource with the {@code -d} settings given to {@code phpgoc build} (a properties file). */
    static final String INI_RESOURCE = "META-INF/phpgoc/ini.properties";

    /**
     * Writes {@code jar} (atomically: to a temporary file next to it, then moved).
     *
     * @param compiled  what {@link Phpgoc#compileAhead} returned: class files by internal name, and the index
     * @param classpath jars or class directories to copy entries from (first one wins on duplicates)
     */
    static void write(Path jar, String mainScript, Map<String, String> ini, Map<String, byte[]> compiled,
            List<Path> classpath) throws IOException {
        Path dir = jar.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, ".phpgoc-build", ".jar");
        try {
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(tmp), manifest(mainScript))) {
                Set<String> written = new HashSet<>();
                written.add(JarFile.MANIFEST_NAME);
                for (Map.Entry<String, byte[]> e : compiled.entrySet()) {
                    put(out, written, entryName(e.getKey()), e.getValue());
                }
                put(out, written, INI_RESOURCE, iniBytes(ini));
                for (Path source : classpath) {
                    copyFrom(source, out, written);
                }
            }
            Files.move(tmp, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Manifest manifest(String mainScript) {
        Manifest m = new Manifest();
        Attributes a = m.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.put(Attributes.Name.MAIN_CLASS, JarMain.class.getName());
        a.put(new Attributes.Name(MAIN_SCRIPT), mainScript);
        a.put(new Attributes.Name("Created-By"), Version.LINE);
        return m;
    }

    /** Class files come keyed by internal name ("phpgoc/gen/Foo"); resources (the index) by their path. */
    static String entryName(String key) {
        if (key.equals(Phpgoc.AHEAD_INDEX) || key.startsWith("META-INF/") || key.endsWith(".class")) {
            return key;
        }
        return key + ".class";
    }

    private static byte[] iniBytes(Map<String, String> ini) throws IOException {
        Properties p = new Properties();
        p.putAll(ini);
        var bytes = new java.io.ByteArrayOutputStream();
        p.store(bytes, "phpgoc build -d settings");
        return bytes.toByteArray();
    }

    private static void copyFrom(Path source, JarOutputStream out, Set<String> written) throws IOException {
        if (Files.isDirectory(source)) {
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    String name = source.relativize(f).toString().replace('\\', '/');
                    if (keep(name)) {
                        put(out, written, name, Files.readAllBytes(f));
                    }
                }
            }
            return;
        }
        try (JarFile jar = new JarFile(source.toFile())) {
            for (JarEntry e : jar.stream().toList()) {
                if (!e.isDirectory() && keep(e.getName()) && !written.contains(e.getName())) {
                    try (InputStream in = jar.getInputStream(e)) {
                        put(out, written, e.getName(), in.readAllBytes());
                    }
                }
            }
        }
    }

    /** Skips the source's manifest, signatures (they would not match) and any stale ahead-of-time state. */
    private static boolean keep(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (upper.equals(JarFile.MANIFEST_NAME) || upper.equals("MODULE-INFO.CLASS")) {
            return false;
        }
        if (upper.startsWith("META-INF/") && (upper.endsWith(".SF") || upper.endsWith(".DSA")
                || upper.endsWith(".RSA") || upper.endsWith(".EC"))) {
            return false;
        }
        return !name.startsWith("META-INF/phpgoc/") && !name.startsWith("phpgoc/gen/");
    }

    private static void put(JarOutputStream out, Set<String> written, String name, byte[] bytes) throws IOException {
        if (!written.add(name)) {
            return;
        }
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
