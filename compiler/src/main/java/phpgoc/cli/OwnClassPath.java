package phpgoc.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Where phpgoc's own classes come from, so {@code phpgoc build} can copy them into a jar: the
 * shaded {@code phpgoc.jar} (one location for everything), or, when run from an IDE or the test
 * class path, the class directories and jars of each module and library.
 */
final class OwnClassPath {
    private OwnClassPath() {}

    /** One class from each module and library that built programs need at run time. */
    private static final List<String> ANCHORS = List.of(
            "phpgoc.cli.Main",
            "phpgoc.compiler.Phpgoc",
            "phpgoc.runtime.Context",
            "phpgoc.parse.Parser",
            "phpgoc.ast.Span",
            "org.antlr.v4.runtime.Lexer",
            "org.objectweb.asm.ClassWriter",
            "org.objectweb.asm.commons.GeneratorAdapter",
            "org.objectweb.asm.tree.ClassNode",
            "org.objectweb.asm.tree.analysis.Analyzer",
            "org.objectweb.asm.util.CheckClassAdapter");

    static List<Path> locations() {
        List<Path> result = new ArrayList<>();
        for (String name : ANCHORS) {
            Path p = locationOf(name);
            if (p != null && !result.contains(p)) {
                result.add(p);
            }
        }
        return result;
    }

    private static Path locationOf(String className) {
        try {
            Class<?> c = Class.forName(className, false, OwnClassPath.class.getClassLoader());
            CodeSource cs = c.getProtectionDomain().getCodeSource();
            return cs == null || cs.getLocation() == null ? null : Path.of(cs.getLocation().toURI());
        } catch (ClassNotFoundException | LinkageError | URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
