package phpgoc.runtime;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * File names between PHP and Java. A PHP string is a byte string (one char per byte); the file
 * system's names are Java strings decoded from UTF-8. PHP-visible paths ({@code __FILE__}, messages,
 * {@code $argv}) are the UTF-8 bytes of the Java name.
 */
public final class PhpPaths {
    private PhpPaths() {}

    /** The PHP byte string for a Java string (a path, an argument, an environment variable). */
    public static String toPhp(String javaString) {
        for (int i = 0; i < javaString.length(); i++) {
            if (javaString.charAt(i) >= 0x80) {
                return new String(javaString.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
            }
        }
        return javaString;
    }

    public static String toPhp(Path path) { return toPhp(path.toString()); }

    /** The Java string for a PHP byte string. */
    public static String toJava(String phpString) {
        for (int i = 0; i < phpString.length(); i++) {
            if (phpString.charAt(i) >= 0x80) {
                return new String(phpString.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
        }
        return phpString;
    }

    /** The path a PHP file name denotes, or null if the name is not a valid path here. */
    public static Path toPath(String phpString) {
        try {
            return Path.of(toJava(phpString));
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
