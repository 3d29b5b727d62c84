package phpgoc.runtime.ext.core;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import phpgoc.runtime.Args;
import phpgoc.runtime.ClassTemplate;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpClass;
import phpgoc.runtime.PhpPaths;
import phpgoc.runtime.ScopeFunctions;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.Builtins;
import phpgoc.runtime.ext.Constants;
import phpgoc.runtime.ext.standard.Streams;

/**
 * What a program can learn of the symbol tables: declared classes, interfaces and traits, defined
 * functions and constants, loaded extensions and their functions, included files.
 *
 * <p>Built-in symbols are listed in php's own order: {@code php-symbols.txt} (a resource next to
 * this class) holds php -n 8.2's function, constant, class and interface tables, and only those
 * phpgoc provides are reported. The loaded extensions are those of php -n whose functions or
 * classes phpgoc implements ({@link #EXTENSIONS}); phpgoc has nothing of libxml, openssl, zlib,
 * pcntl, session or sodium, so {@code extension_loaded('zlib')} is false, as it is for a
 * php built without them. Library functions phpgoc adds (go, select, ...) come last in
 * {@code get_defined_functions()['internal']}.
 */
public final class Symbols {
    private Symbols() {}

    /** The extensions phpgoc reports as loaded, in php -n's order. */
    static final List<String> EXTENSIONS = List.of("Core", "date", "pcre", "filter", "hash", "json", "random",
            "Reflection", "SPL", "standard");

    /** php's tables, read once from the resource (immutable static data). */
    private static final class Table {
        static final List<String[]> FUNCTIONS = new ArrayList<>(); // {ext, name}
        static final List<String[]> CONSTANTS = new ArrayList<>(); // {ext, name}
        static final List<String> CLASSES = new ArrayList<>();
        static final List<String> INTERFACES = new ArrayList<>();

        static {
            try (InputStream in = Symbols.class.getResourceAsStream("php-symbols.txt");
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1))) {
                for (String line; (line = r.readLine()) != null; ) {
                    String[] f = line.split(" ");
                    switch (f[0]) {
                        case "f" -> FUNCTIONS.add(new String[] {f[1], f[2]});
                        case "k" -> CONSTANTS.add(new String[] {f[1], f[2]});
                        case "c" -> CLASSES.add(f[1]);
                        case "i" -> INTERFACES.add(f[1]);
                        default -> { }
                    }
                }
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("php-symbols.txt missing from the runtime", e);
            }
        }
    }

    // ---- classes

    public static PhpArray get_declared_classes(Context ctx) { return declared(ctx, Table.CLASSES, false); }

    public static PhpArray get_declared_interfaces(Context ctx) { return declared(ctx, Table.INTERFACES, true); }

    public static PhpArray get_declared_traits(Context ctx) {
        PhpArray out = new PhpArray();
        for (PhpClass c : userClasses(ctx)) if (c.tpl.kind == ClassTemplate.KIND_TRAIT) out.append(c.name);
        return out;
    }

    /**
     * The declared user classes in php's class table order: php enters every class of a file when it
     * compiles it, in source order (those bound later keep their place), and lists only the bound
     * ones. So: by file (the script, then included files in include order), then by line.
     */
    private static List<PhpClass> userClasses(Context ctx) {
        PhpArray inc = get_included_files(ctx);
        List<String> files = new ArrayList<>(inc.size());
        for (int p = inc.firstPos(); p >= 0; p = inc.nextPos(p)) files.add(phpgoc.runtime.Convert.toStr(inc.valueAt(p)));
        List<PhpClass> out = new ArrayList<>();
        for (PhpClass c : ctx.userClasses()) out.add(c);
        out.sort(java.util.Comparator.comparingInt((PhpClass c) -> {
            int i = files.indexOf(c.tpl.file);
            return i < 0 ? Integer.MAX_VALUE : i;
        }).thenComparingInt(c -> c.tpl.line));
        return out;
    }

    private static PhpArray declared(Context ctx, List<String> builtin, boolean interfaces) {
        PhpArray out = new PhpArray();
        for (String n : builtin) {
            PhpClass c = ctx.findClass(n);
            if (c != null && c.tpl.file == null && c.isInterface() == interfaces) out.append(c.name);
        }
        for (PhpClass c : userClasses(ctx)) {
            if (c.tpl.kind == ClassTemplate.KIND_TRAIT || c.isInterface() != interfaces) continue;
            if (c.name.contains("@anonymous")) continue;
            out.append(c.name);
        }
        return out;
    }

    public static boolean class_alias(Context ctx, Object class_, Object alias) { return class_alias(ctx, class_, alias, true); }

    public static boolean class_alias(Context ctx, Object class_, Object alias, Object autoload) {
        String cn = Args.str(class_, "class_alias", 1, "class");
        String an = Args.str(alias, "class_alias", 2, "alias");
        boolean load = autoload == Values.UNDEF || Args.toBool(autoload, "class_alias", 3, "autoload");
        PhpClass c = load ? ctx.loadClass(cn) : ctx.findClass(cn);
        if (c == null) {
            ctx.warning("Class \"" + cn + "\" not found");
            return false;
        }
        if (c.tpl.file == null) {
            throw new phpgoc.runtime.PhpError("ValueError",
                    "class_alias(): Argument #1 ($class) must be a user-defined class name, internal class name given");
        }
        String plain = an.startsWith("\\") ? an.substring(1) : an;
        if (ctx.findClass(plain) != null || !ctx.aliasClass(plain, c)) {
            ctx.warning("Cannot declare " + kind(c) + " " + plain + ", because the name is already in use");
            return false;
        }
        return true;
    }

    private static String kind(PhpClass c) {
        return switch (c.tpl.kind) {
            case ClassTemplate.KIND_INTERFACE -> "interface";
            case ClassTemplate.KIND_TRAIT -> "trait";
            case ClassTemplate.KIND_ENUM -> "enum";
            default -> "class";
        };
    }

    // ---- extensions

    public static boolean extension_loaded(Object extension) {
        return loaded(Args.str(extension, "extension_loaded", 1, "extension")) != null;
    }

    /** The loaded extension named {@code name} (any case), or null. */
    private static String loaded(String name) {
        for (String e : EXTENSIONS) if (e.equalsIgnoreCase(name)) return e;
        return null;
    }

    public static PhpArray get_loaded_extensions() { return get_loaded_extensions(false); }

    public static PhpArray get_loaded_extensions(Object zend_extensions) {
        PhpArray out = new PhpArray();
        if (zend_extensions != Values.UNDEF && Args.toBool(zend_extensions, "get_loaded_extensions", 1, "zend_extensions")) {
            return out;
        }
        for (String e : EXTENSIONS) out.append(e);
        return out;
    }

    public static Object get_extension_funcs(Object extension) {
        String n = Args.str(extension, "get_extension_funcs", 1, "extension");
        String ext = n.regionMatches(true, 0, "zend", 0, 4) ? "Core" : loaded(n);
        if (ext == null) return Boolean.FALSE;
        PhpArray out = new PhpArray();
        for (String[] f : Table.FUNCTIONS) if (f[0].equals(ext) && provided(f[1])) out.append(f[1]);
        return out.size() == 0 ? Boolean.FALSE : out;
    }

    private static boolean provided(String lower) { return Builtins.exists(lower) || ScopeFunctions.scopeFunction(lower); }

    public static String zend_version() { return "4.2.36"; }

    // ---- functions and constants

    public static PhpArray get_defined_functions(Context ctx) { return get_defined_functions(ctx, true); }

    public static PhpArray get_defined_functions(Context ctx, Object exclude_disabled) {
        if (exclude_disabled != Values.UNDEF && !Args.toBool(exclude_disabled, "get_defined_functions", 1, "exclude_disabled")) {
            ctx.deprecated("get_defined_functions(): Setting $exclude_disabled to false has no effect");
        }
        PhpArray internal = new PhpArray();
        Set<String> seen = new LinkedHashSet<>();
        for (String[] f : Table.FUNCTIONS) if (provided(f[1]) && seen.add(f[1])) internal.append(f[1]);
        for (String n : new TreeSet<>(Builtins.names())) if (seen.add(n)) internal.append(n);
        PhpArray user = new PhpArray();
        for (String n : ctx.userFunctions()) user.append(n);
        PhpArray out = new PhpArray();
        out.putStr("internal", internal);
        out.putStr("user", user);
        return out;
    }

    public static PhpArray get_defined_constants(Context ctx) { return get_defined_constants(ctx, false); }

    public static PhpArray get_defined_constants(Context ctx, Object categorize) {
        boolean byExt = categorize != Values.UNDEF && Args.toBool(categorize, "get_defined_constants", 1, "categorize");
        Map<String, PhpArray> groups = new LinkedHashMap<>();
        PhpArray flat = new PhpArray();
        for (String[] k : Table.CONSTANTS) {
            Object v = Constants.get(k[1]);
            if (v == Values.UNDEF) v = Streams.stdConstant(ctx, k[1]);
            if (v == null || v == Values.UNDEF) continue;
            (byExt ? groups.computeIfAbsent(k[0], e -> new PhpArray()) : flat).putStr(k[1], v);
        }
        for (Map.Entry<String, Object> e : ctx.userConstants().entrySet()) {
            (byExt ? groups.computeIfAbsent("user", x -> new PhpArray()) : flat).putStr(e.getKey(), Values.copyOnAssign(e.getValue()));
        }
        if (!byExt) return flat;
        PhpArray out = new PhpArray();
        for (Map.Entry<String, PhpArray> e : groups.entrySet()) out.putStr(e.getKey(), e.getValue());
        return out;
    }

    // ---- files and resources

    public static PhpArray get_included_files(Context ctx) {
        PhpArray out = new PhpArray();
        Set<String> files = new LinkedHashSet<>();
        if (ctx.script != null) {
            java.nio.file.Path p = ctx.script.toAbsolutePath().normalize();
            try {
                p = p.toRealPath();
            } catch (java.io.IOException e) {
                // keep the absolute path
            }
            files.add(PhpPaths.toPhp(p));
        }
        files.addAll(ctx.includedFiles());
        for (String f : files) out.append(f);
        return out;
    }

    public static PhpArray get_required_files(Context ctx) { return get_included_files(ctx); }

    public static String get_resource_type(Object resource) {
        if (!(resource instanceof phpgoc.runtime.PhpResource r)) {
            throw Args.typeError("get_resource_type", 1, "resource", "resource", resource);
        }
        return r.type();
    }

    public static long get_resource_id(Object resource) {
        if (!(resource instanceof phpgoc.runtime.PhpResource r)) {
            throw Args.typeError("get_resource_id", 1, "resource", "resource", resource);
        }
        return r.id;
    }
}
