package phpgoc.runtime.ext.standard;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.Values;

/** Facts about php and the machine: phpversion, php_sapi_name, php_uname, memory usage, environment. */
public final class Info {
    private Info() {}

    static final String VERSION = (String) phpgoc.runtime.ext.Constants.get("PHP_VERSION");

    /** Extensions phpgoc provides, by php's (lower-case) name, which report php's version. */
    private static final java.util.Set<String> EXTENSIONS = java.util.Set.of(
            "core", "standard", "date", "pcre", "spl", "json", "reflection", "random", "hash");

    public static Object phpversion() { return VERSION; }

    public static Object phpversion(Object extension) {
        if (extension == null || extension == Values.UNDEF) return VERSION;
        String e = Args.str(extension, "phpversion", 1, "extension").toLowerCase(java.util.Locale.ROOT);
        return EXTENSIONS.contains(e) ? VERSION : false;
    }

    public static String php_sapi_name() { return "cli"; }

    public static String php_uname() { return php_uname("a"); }

    /** uname(2)'s fields; an unknown mode gives them all, as php. */
    public static String php_uname(Object mode) {
        String m = Args.str(mode, "php_uname", 1, "mode");
        String sys = System.getProperty("os.name"), release = System.getProperty("os.version");
        String machine = switch (System.getProperty("os.arch")) {
            case "amd64" -> "x86_64";
            case String a -> a;
        };
        return switch (m.isEmpty() ? 'a' : m.charAt(0)) {
            case 's' -> sys;
            case 'n' -> hostname();
            case 'r' -> release;
            case 'v' -> procFile("version");
            case 'm' -> machine;
            default -> sys + " " + hostname() + " " + release + " " + procFile("version") + " " + machine;
        };
    }

    private static String procFile(String name) {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/" + name)).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "";
        }
    }

    private static String hostname() {
        String h = procFile("hostname");
        if (!h.isEmpty()) return h;
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            return "localhost";
        }
    }

    public static Object gethostname() { return hostname(); }

    /** The JVM's heap in use: php's numbers are its own allocator's, so only their kind matches. */
    public static long memory_get_usage() { return memory_get_usage(false); }
    public static long memory_get_usage(Object real) {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    public static long memory_get_peak_usage() { return memory_get_peak_usage(false); }
    public static long memory_get_peak_usage(Object real) { return Runtime.getRuntime().totalMemory(); }

    // ---- environment: the process's, overlaid by this run's putenv()

    private static final class Env {
        final Map<String, String> set = new HashMap<>();
        final java.util.Set<String> unset = new java.util.HashSet<>();
    }

    private static Env env(Context ctx) { return ctx.extensionState(Env.class, Env::new); }

    public static Object getenv(Context ctx) { return getenv(ctx, null, false); }
    public static Object getenv(Context ctx, Object name) { return getenv(ctx, name, false); }

    public static Object getenv(Context ctx, Object name, Object local_only) {
        Env env = env(ctx);
        if (name == null || name == Values.UNDEF) {
            PhpArray all = new PhpArray();
            System.getenv().forEach((k, v) -> { if (!env.unset.contains(k)) all.put(k, v); });
            env.set.forEach(all::put);
            return all;
        }
        String n = Args.str(name, "getenv", 1, "name");
        if (env.set.containsKey(n)) return env.set.get(n);
        if (env.unset.contains(n)) return false;
        String v = System.getenv(n);
        return v == null ? false : v;
    }

    /** "NAME=value" sets, "NAME" unsets. */
    public static boolean putenv(Context ctx, Object assignment) {
        String a = Args.str(assignment, "putenv", 1, "assignment");
        int eq = a.indexOf('=');
        if (eq == 0 || a.isEmpty()) {
            throw Strings.valueError("putenv", 1, "assignment", "must have a valid syntax");
        }
        Env env = env(ctx);
        if (eq < 0) {
            env.set.remove(a);
            env.unset.add(a);
        } else {
            env.set.put(a.substring(0, eq), a.substring(eq + 1));
            env.unset.remove(a.substring(0, eq));
        }
        return true;
    }
}
