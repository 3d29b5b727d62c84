package phpgoc.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import phpgoc.compiler.Phpgoc;

class JarBuilderTest {

    @Test
    void write_containsCompiledClassesIndexIniManifestAndOwnClasses(@TempDir Path tmp) throws Exception {
        Path classes = tmp.resolve("classes");
        Files.createDirectories(classes.resolve("phpgoc/runtime"));
        Files.write(classes.resolve("phpgoc/runtime/Context.class"), new byte[] {1, 2});
        Files.createDirectories(classes.resolve("META-INF"));
        Files.writeString(classes.resolve("META-INF/MANIFEST.MF"), "Manifest-Version: 1.0\nMain-Class: other\n");
        byte[] index = "/src/a.php=phpgoc.gen.A\n".getBytes(StandardCharsets.ISO_8859_1);
        Map<String, byte[]> compiled = Map.of("phpgoc/gen/A", new byte[] {9}, Phpgoc.AHEAD_INDEX, index);
        Path jar = tmp.resolve("app.jar");

        JarBuilder.write(jar, "/src/a.php", Map.of("precision", "17"), compiled, List.of(classes));

        try (JarFile j = new JarFile(jar.toFile())) {
            assertEquals(JarMain.class.getName(), j.getManifest().getMainAttributes().getValue("Main-Class"));
            assertEquals("/src/a.php", j.getManifest().getMainAttributes().getValue(JarBuilder.MAIN_SCRIPT));
            assertArrayEquals(new byte[] {9}, j.getInputStream(j.getEntry("phpgoc/gen/A.class")).readAllBytes());
            assertArrayEquals(index, j.getInputStream(j.getEntry(Phpgoc.AHEAD_INDEX)).readAllBytes());
            assertNotNull(j.getEntry("phpgoc/runtime/Context.class"));
            Properties ini = new Properties();
            ini.load(j.getInputStream(j.getEntry(JarBuilder.INI_RESOURCE)));
            assertEquals("17", ini.getProperty("precision"));
        }
    }

    @Test
    void write_copiesJarEntriesButNotTheirManifestOrSignatures(@TempDir Path tmp) throws Exception {
        Path lib = tmp.resolve("lib");
        Files.createDirectories(lib.resolve("META-INF"));
        Files.createDirectories(lib.resolve("org/x"));
        Files.write(lib.resolve("org/x/Y.class"), new byte[] {7});
        Files.writeString(lib.resolve("META-INF/LIB.SF"), "sig");
        Path libJar = tmp.resolve("lib.jar");
        JarBuilder.write(libJar, "/ignored.php", Map.of(), Map.of(), List.of(lib));

        Path app = tmp.resolve("app.jar");
        JarBuilder.write(app, "/main.php", Map.of(), Map.of(), List.of(libJar));

        try (JarFile j = new JarFile(app.toFile())) {
            assertNotNull(j.getEntry("org/x/Y.class"));
            assertNull(j.getEntry("META-INF/LIB.SF"));
            assertEquals("/main.php", j.getManifest().getMainAttributes().getValue(JarBuilder.MAIN_SCRIPT));
        }
    }

    @Test
    void entryName_classesGetSuffixResourcesKeepTheirName() {
        assertEquals("phpgoc/gen/A.class", JarBuilder.entryName("phpgoc/gen/A"));
        assertEquals("phpgoc/gen/A.class", JarBuilder.entryName("phpgoc/gen/A.class"));
        assertEquals(Phpgoc.AHEAD_INDEX, JarBuilder.entryName(Phpgoc.AHEAD_INDEX));
    }

    @Test
    void mainScript_directoryDefaultsToIndexPhp(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("index.php"), "<?php\n");
        assertEquals(dir.resolve("index.php"), BuildCommand.mainScript(dir, null));
        assertEquals(dir.resolve("index.php"), BuildCommand.mainScript(dir, Path.of("index.php")));
    }

    @Test
    void indexKey_prefersTheSpellingInTheIndex(@TempDir Path dir) throws Exception {
        Path main = Files.writeString(dir.resolve("m.php"), "<?php\n");
        String abs = main.toAbsolutePath().normalize().toString();
        Properties p = new Properties();
        p.setProperty(abs, "phpgoc.gen.M");
        var bytes = new java.io.ByteArrayOutputStream();
        p.store(bytes, null);
        assertEquals(main.toRealPath().toString(), BuildCommand.indexKey(Map.of(), main));
        String key = BuildCommand.indexKey(Map.of(Phpgoc.AHEAD_INDEX, bytes.toByteArray()), main);
        assertEquals(abs, key);
    }
}
