package phpgoc.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Properties;
import phpgoc.runtime.CompiledUnit;

/**
 * The classes compiled ahead ({@link Phpgoc#compileAhead}) found on the class path through the
 * index resource {@link Phpgoc#AHEAD_INDEX}: PHP file (absolute path) -> generated class name.
 */
final class AheadIndex {
    private final Properties index = new Properties();
    private final ClassLoader loader;

    private AheadIndex(ClassLoader loader) {
        this.loader = loader;
    }

    /** Every index on {@code loader}'s class path, merged (empty if there is none). */
    static AheadIndex load(ClassLoader loader) {
        AheadIndex a = new AheadIndex(loader);
        try {
            Enumeration<URL> urls = loader.getResources(Phpgoc.AHEAD_INDEX);
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    a.index.load(in);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return a;
    }

    /** The unit compiled ahead for {@code abs}, or null if it was not. */
    CompiledUnit lookup(Path abs) {
        String name = index.getProperty(abs.toString());
        if (name == null) {
            try {
                name = index.getProperty(abs.toRealPath().toString());
            } catch (IOException e) {
                return null;
            }
        }
        if (name == null) return null;
        try {
            return UnitLoader.instantiate(Class.forName(name, true, loader));
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
