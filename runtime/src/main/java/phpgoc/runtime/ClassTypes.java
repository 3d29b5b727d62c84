package phpgoc.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class part of a declared type: whether an object is an instance of one of the classes
 * (or of all classes of an intersection) named in php's spelling of the type
 * ({@code ?Foo}, {@code Foo|int|null}, {@code A&B}, {@code Traversable|array}). {@code object},
 * {@code self}, {@code static} and {@code parent} accept any object: callers resolve them first
 * (the compiler in classes, {@code TypeCheck.retStatic} and the trait checks at run time).
 */
final class ClassTypes {
    private ClassTypes() {}

    /** Parsed type spellings: the alternatives' lower-case class names (an intersection is one alternative). */
    private static final ConcurrentHashMap<String, String[][]> PARSED = new ConcurrentHashMap<>();

    static boolean accepts(Object v, String type) {
        if (type == null) return true;
        String[][] alts = PARSED.computeIfAbsent(type, ClassTypes::parse);
        if (alts == null) return true;
        for (String[] all : alts) {
            boolean ok = true;
            for (String c : all) {
                if (!isA(v, c)) {
                    ok = false;
                    break;
                }
            }
            if (ok) return true;
        }
        return false;
    }

    private static boolean isA(Object v, String lower) {
        if (v instanceof PhpObject o) return o.cls.isA(lower) || lower.equals("stringable") && ObjectOps.instanceOf(o, lower);
        return false;
    }

    /** null when some alternative accepts every object. */
    private static String[][] parse(String type) {
        String t = type.startsWith("?") ? type.substring(1) : type;
        List<String[]> out = new ArrayList<>();
        for (String alt : t.split("\\|")) {
            String a = alt.trim();
            if (a.startsWith("(") && a.endsWith(")")) a = a.substring(1, a.length() - 1);
            String lower = a.toLowerCase(Locale.ROOT);
            switch (lower) {
                case "int", "float", "string", "bool", "false", "true", "null", "array", "callable", "iterable", "mixed",
                     "void", "never" -> { }
                case "object", "self", "static", "parent" -> { return null; }
                default -> {
                    String[] parts = lower.split("&");
                    for (int i = 0; i < parts.length; i++) {
                        String p = parts[i].trim();
                        parts[i] = p.startsWith("\\") ? p.substring(1) : p;
                    }
                    out.add(parts);
                }
            }
        }
        return out.toArray(new String[0][]);
    }
}
