package phpgoc.runtime.ext;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import phpgoc.runtime.Context;
import phpgoc.runtime.Ops;
import phpgoc.runtime.ParamInfo;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpFunction;
import phpgoc.runtime.Ref;
import phpgoc.runtime.Traces;
import phpgoc.runtime.Values;
import phpgoc.runtime.ext.standard.ArrayPointer;
import phpgoc.runtime.ext.standard.ArraySets;
import phpgoc.runtime.ext.standard.Arrays;
import phpgoc.runtime.ext.standard.Csv;
import phpgoc.runtime.ext.standard.Encodings;
import phpgoc.runtime.ext.standard.Dates;
import phpgoc.runtime.ext.standard.Html;
import phpgoc.runtime.ext.standard.Info;
import phpgoc.runtime.ext.standard.QueryStrings;
import phpgoc.runtime.ext.standard.Substrings;
import phpgoc.runtime.ext.standard.Versions;
import phpgoc.runtime.ext.standard.Callbacks;
import phpgoc.runtime.ext.standard.Files;
import phpgoc.runtime.ext.standard.Streams;
import phpgoc.runtime.ext.standard.Json;
import phpgoc.runtime.ext.standard.JsonDecode;
import phpgoc.runtime.ext.standard.Options;
import phpgoc.runtime.ext.standard.Math;
import phpgoc.runtime.ext.standard.Printf;
import phpgoc.runtime.ext.standard.Range;
import phpgoc.runtime.ext.standard.Sorting;
import phpgoc.runtime.ext.standard.StringCompare;
import phpgoc.runtime.ext.standard.Strings;
import phpgoc.runtime.ext.standard.Time;
import phpgoc.runtime.ext.standard.Types;
import phpgoc.runtime.ext.standard.Var;

/**
 * The one place that binds PHP function names to the Java methods implementing them. The compiler
 * reads {@link #overloads} at compile time to emit direct {@code invokestatic}s; dynamic calls
 * ({@code $f()}, callbacks) use {@link #function}.
 *
 * <p>Conventions every library method follows (the compiler relies on them):
 * <ul>
 *   <li>a library function is a {@code public static} method of a class of {@code ext.<extension>},
 *       named like the PHP function (lower case), or bound below under an explicit Java name;
 *   <li>an optional first parameter {@code Context ctx}, filled with the caller's context;
 *   <li>then one Java parameter per PHP parameter: {@code Object} for by-value (a PHP value, never a
 *       {@link Ref}), {@link Ref} for by-reference (the caller's box; a by-ref parameter given a
 *       non-variable gets a fresh Ref); a trailing {@code Object[]} is a PHP variadic {@code ...$values};
 *   <li>Java parameter names are PHP's own parameter names (the runtime is compiled with
 *       {@code -parameters}): they appear in error messages and match named arguments. A trailing
 *       {@code _} is dropped, for names that are Java keywords ({@code default_} is {@code $default});
 *   <li>optional PHP parameters are Java overloads with fewer parameters, one per accepted arity;
 *       if a call's arity falls between two overloads the dynamic path pads with
 *       {@link Values#UNDEF}, which such methods must read as "omitted";
 *   <li>the return type is {@code Object} (a PHP value) or {@code long}/{@code double}/{@code boolean}/
 *       {@code String}/{@code void} (PHP null);
 *   <li>library functions never mutate a {@code PhpArray} received by value: they build a new one or
 *       {@code copy()} first. Strings may arrive as {@code ConcatString}: read them with
 *       {@code Convert.toStr}/{@code Args.str}.
 * </ul>
 * Aliases whose error messages must carry their own name ({@code join}, {@code sizeof}) are small
 * Java methods of their own; the rest are bound to the original method here.
 */
public final class Builtins {
    private Builtins() {}

    private record Binding(Class<?> owner, String javaName) {}

    /** PHP lower-case name -> implementing method group. Filled once in the static initialiser, then read-only. */
    private static final Map<String, Binding> TABLE = new HashMap<>();

    static {
        register(Strings.class, "strlen", "str_repeat", "str_pad", "substr", "strpos", "stripos", "strrpos",
                "str_replace", "str_ireplace", "str_contains", "str_starts_with", "str_ends_with", "strtoupper",
                "strtolower", "ucfirst", "lcfirst", "ucwords", "trim", "ltrim", "rtrim", "implode", "join",
                "explode", "str_split", "strrev", "nl2br", "chr", "ord", "str_word_count", "wordwrap",
                "substr_count");
        register(phpgoc.runtime.ext.core.Intrinsics.class, "define", "defined", "constant", "get_object_vars",
                "get_class_vars", "get_called_class", "forward_static_call", "forward_static_call_array");
        register(phpgoc.runtime.ext.core.Symbols.class, "get_declared_classes", "get_declared_interfaces",
                "get_declared_traits", "class_alias", "extension_loaded", "get_loaded_extensions", "get_extension_funcs",
                "zend_version", "get_defined_functions", "get_defined_constants", "get_included_files",
                "get_required_files", "get_resource_type", "get_resource_id");
        register(phpgoc.runtime.ext.core.Gc.class, "gc_status");
        register(phpgoc.runtime.ext.standard.StringsMore.class, "chunk_split", "similar_text", "levenshtein", "soundex",
                "quotemeta", "addcslashes", "stripcslashes", "substr_compare", "strripos", "strtok", "count_chars",
                "strcoll");
        register(phpgoc.runtime.ext.standard.Locales.class, "setlocale", "localeconv", "nl_langinfo");
        register(phpgoc.runtime.ext.standard.Randoms.class, "str_shuffle", "random_bytes", "lcg_value", "uniqid");
        register(phpgoc.runtime.ext.standard.TransferEncodings.class, "quoted_printable_encode",
                "quoted_printable_decode", "convert_uuencode", "convert_uudecode");
        register(phpgoc.runtime.ext.hash.Hash.class, "hash", "hash_file", "hash_hmac", "hash_hmac_file", "hash_algos",
                "hash_hmac_algos", "hash_equals", "hash_pbkdf2", "hash_hkdf", "hash_init", "hash_update",
                "hash_update_file", "hash_update_stream", "hash_final", "hash_copy", "md5_file", "sha1_file");
        register(phpgoc.runtime.ext.hash.Passwords.class, "password_hash", "password_verify", "password_get_info",
                "password_needs_rehash", "password_algos");
        register(phpgoc.runtime.ext.standard.StripTags.class, "strip_tags");
        register(phpgoc.runtime.ext.standard.HtmlEntities.class, "htmlentities", "html_entity_decode",
                "get_html_translation_table");
        register(phpgoc.runtime.ext.standard.Scanf.class, "sscanf");
        register(phpgoc.runtime.ext.standard.Metaphone.class, "metaphone");
        register(phpgoc.runtime.ext.standard.Hebrev.class, "hebrev");
        register(Substrings.class, "strstr", "stristr", "strrchr", "strpbrk", "strspn", "strcspn", "strtr",
                "substr_replace");
        register("strchr", Substrings.class, "strstr");
        register(Encodings.class, "md5", "sha1", "crc32", "base64_encode", "base64_decode", "bin2hex", "hex2bin",
                "urlencode", "rawurlencode", "urldecode", "rawurldecode", "addslashes", "stripslashes", "str_rot13");
        register(Html.class, "htmlspecialchars", "htmlspecialchars_decode");
        register(Csv.class, "str_getcsv");
        register(QueryStrings.class, "parse_str");
        register(Dates.class, "date", "gmdate", "mktime", "gmmktime", "checkdate", "date_default_timezone_get",
                "date_default_timezone_set");
        register(phpgoc.runtime.ext.date.DateFunctions.class, "strtotime", "date_create", "date_create_immutable",
                "date_create_from_format", "date_create_immutable_from_format", "date_format", "date_modify", "date_add",
                "date_sub", "date_diff", "date_timestamp_get", "date_timestamp_set", "date_timezone_get", "date_timezone_set",
                "date_offset_get", "date_date_set", "date_time_set", "date_get_last_errors", "date_interval_format",
                "date_interval_create_from_date_string", "timezone_open", "timezone_name_get", "timezone_offset_get",
                "timezone_identifiers_list");
        register(phpgoc.runtime.ext.date.DateInfo.class, "getdate", "localtime", "idate", "date_parse");
        register(phpgoc.runtime.ext.date.Strftime.class, "strftime", "gmstrftime");
        register(Info.class, "phpversion", "php_sapi_name", "php_uname", "gethostname", "memory_get_usage",
                "memory_get_peak_usage", "getenv", "putenv");
        register(ArraySets.class, "array_diff", "array_diff_key", "array_diff_assoc", "array_intersect",
                "array_intersect_key", "array_intersect_assoc", "array_udiff", "array_uintersect", "array_diff_ukey",
                "array_intersect_ukey", "array_replace", "array_replace_recursive", "array_merge_recursive");
        register(ArrayPointer.class, "current", "pos", "key", "next", "prev", "reset", "end");
        register(Versions.class, "version_compare");
        register(StringCompare.class, "strcmp", "strcasecmp", "strncmp", "strncasecmp", "strnatcmp", "strnatcasecmp");
        register("chop", Strings.class, "rtrim");
        register(Printf.class, "printf", "sprintf", "vprintf", "vsprintf");
        register(Var.class, "var_dump", "print_r", "var_export");
        register(Math.class, "intdiv", "abs", "max", "min", "floor", "ceil", "round", "sqrt", "pow", "fmod",
                "fdiv", "pi", "mt_rand", "rand", "random_int", "mt_srand", "srand", "mt_getrandmax",
                "getrandmax", "is_nan", "is_infinite", "is_finite", "base_convert", "log", "log10", "log2",
                "exp", "sin", "cos", "tan", "asin", "acos", "atan", "atan2", "sinh", "cosh", "tanh", "hypot",
                "deg2rad", "rad2deg", "number_format", "dechex", "hexdec", "decbin", "bindec", "decoct", "octdec");
        register(Sorting.class, "sort", "rsort", "ksort", "krsort", "asort", "arsort", "natsort", "natcasesort");
        register(Range.class, "range");
        register(Arrays.class, "count", "sizeof", "array_keys", "array_values", "in_array", "array_key_exists", "key_exists", "array_search",
                "array_merge", "array_combine", "array_flip", "array_reverse", "array_slice", "array_splice",
                "array_sum", "array_product", "array_push", "array_pop", "array_shift",
                "array_unshift", "array_fill", "array_fill_keys", "array_pad", "array_unique",
                "array_count_values", "array_key_first", "array_key_last", "array_is_list", "array_column",
                "array_chunk");
        register(Streams.class, "fopen", "fclose", "fwrite", "fputs", "fread", "fgets", "fgetc", "feof", "fflush",
                "ftell", "fseek", "rewind", "ftruncate");
        register(Files.class, "file_get_contents", "file_put_contents", "file", "file_exists", "is_file", "is_dir",
                "is_readable", "is_writable", "is_writeable", "unlink", "mkdir", "rmdir", "filesize", "basename", "dirname",
                "pathinfo", "realpath", "getcwd", "tempnam", "sys_get_temp_dir");
        register(Types.class, "is_resource");
        register(Types.class, "is_int", "is_float", "is_string", "is_bool", "is_array", "is_null",
                "is_numeric", "is_scalar", "is_iterable", "is_countable", "gettype", "get_debug_type", "intval",
                "floatval", "strval", "boolval", "settype");
        register("is_integer", Types.class, "is_int");
        register("is_long", Types.class, "is_int");
        register("is_double", Types.class, "is_float");
        register("doubleval", Types.class, "floatval");
        register(Callbacks.class, "usort", "uasort", "uksort", "array_map", "array_filter", "array_reduce",
                "array_walk", "array_walk_recursive", "call_user_func", "call_user_func_array", "is_callable", "function_exists");
        register(Options.class, "ini_get", "ini_set", "ini_alter", "ini_restore", "error_reporting");
        register(phpgoc.runtime.ext.standard.TimeLimit.class, "set_time_limit");
        register("assert", phpgoc.runtime.ext.standard.Assert.class, "assert_");
        register(phpgoc.runtime.ext.standard.Utf8.class, "utf8_encode", "utf8_decode");
        register(phpgoc.runtime.ext.standard.ErrorLog.class, "error_log");
        register(phpgoc.runtime.ext.core.ErrorFunctions.class, "set_error_handler", "restore_error_handler",
                "trigger_error", "user_error", "error_get_last", "error_clear_last");
        register(Json.class, "json_encode", "json_last_error", "json_last_error_msg");
        register(phpgoc.runtime.ext.standard.OutputControl.class, "ob_start", "ob_get_contents", "ob_get_length",
                "ob_get_level", "ob_get_clean", "ob_end_clean", "ob_clean", "ob_flush", "ob_end_flush", "ob_get_flush");
        register(phpgoc.runtime.ext.core.ExceptionHandlers.class, "set_exception_handler", "restore_exception_handler",
                "register_shutdown_function");
        register(phpgoc.runtime.ext.core.TickFunctions.class, "register_tick_function", "unregister_tick_function");
        register(JsonDecode.class, "json_decode");
        register(phpgoc.runtime.ext.standard.Serialize.class, "serialize", "unserialize");
        register(Time.class, "microtime", "hrtime", "time", "usleep", "sleep", "time_nanosleep");
        register(phpgoc.runtime.ext.core.ClassFunctions.class, "get_class", "get_parent_class", "method_exists",
                "property_exists", "class_exists", "interface_exists", "is_a", "is_subclass_of", "spl_object_id",
                "is_object");
        register(phpgoc.runtime.ext.spl.SplFunctions.class, "spl_autoload_register", "spl_autoload_unregister",
                "spl_autoload_functions", "spl_autoload_call", "class_implements", "class_parents", "iterator_to_array",
                "iterator_count", "iterator_apply", "spl_object_hash", "get_mangled_object_vars");
        register(phpgoc.runtime.ext.core.Backtraces.class, "debug_backtrace", "debug_print_backtrace");
        register(phpgoc.runtime.ext.core.Gc.class, "gc_collect_cycles", "gc_enabled", "gc_enable", "gc_disable",
                "gc_mem_caches");
        register(phpgoc.runtime.ext.pcre.Pcre.class, "preg_match", "preg_match_all", "preg_grep", "preg_quote",
                "preg_last_error", "preg_last_error_msg");
        register(phpgoc.runtime.ext.pcre.PcreReplace.class, "preg_replace", "preg_replace_callback",
                "preg_replace_callback_array", "preg_split");
        register(phpgoc.runtime.go.GoFunctions.class, "go", "goo", "select", "go_debug");
        register(phpgoc.runtime.ext.standard.ArraysMore.class, "array_multisort", "shuffle", "array_rand",
                "array_change_key_case", "array_diff_uassoc", "array_udiff_assoc", "array_udiff_uassoc",
                "array_intersect_uassoc", "array_uintersect_assoc", "array_uintersect_uassoc");
        register(phpgoc.runtime.ext.standard.Urls.class, "parse_url", "http_build_query");
        register(phpgoc.runtime.ext.standard.Net.class, "ip2long", "long2ip", "inet_pton", "inet_ntop", "gethostbyname",
                "gethostbynamel", "escapeshellarg", "escapeshellcmd");
        register(phpgoc.runtime.ext.standard.Headers.class, "header", "header_remove", "headers_list", "headers_sent",
                "http_response_code", "setcookie", "setrawcookie");
        register(phpgoc.runtime.ext.filter.Filter.class, "filter_var", "filter_var_array", "filter_list", "filter_id",
                "filter_has_var", "filter_input", "filter_input_array");
        register(phpgoc.runtime.ext.standard.FileInfo.class, "stat", "lstat", "filemtime", "fileatime", "filectime",
                "fileperms", "fileowner", "filegroup", "fileinode", "filetype", "is_link", "is_executable", "clearstatcache",
                "touch", "chmod", "copy", "rename", "chdir", "readlink", "symlink", "link", "umask", "disk_free_space",
                "diskfreespace", "disk_total_space");
        register(phpgoc.runtime.ext.standard.Dirs.class, "scandir", "opendir", "readdir", "rewinddir", "closedir", "glob", "fnmatch");
        register(phpgoc.runtime.ext.standard.Pack.class, "pack", "unpack");
        register(phpgoc.runtime.ext.standard.Processes.class, "exec", "system", "passthru", "shell_exec", "getmypid",
                "getmyuid", "getmygid", "getmyinode", "getlastmod", "get_current_user", "sys_getloadavg", "getrusage",
                "gettimeofday");
        register(phpgoc.runtime.ext.standard.Misc.class, "asinh", "acosh", "atanh", "expm1", "log1p", "get_include_path",
                "set_include_path", "ini_parse_quantity", "ob_get_status", "ob_list_handlers", "ob_implicit_flush", "flush",
                "getopt");
        register(phpgoc.runtime.ext.standard.StreamsMore.class, "fprintf", "vfprintf", "fputcsv", "fgetcsv", "readfile",
                "fpassthru", "stream_get_contents", "tmpfile", "flock", "fscanf", "stream_supports_lock");
        register(phpgoc.runtime.ext.standard.IniParse.class, "parse_ini_string", "parse_ini_file");
        register(phpgoc.runtime.ext.core.TraitEnumFunctions.class, "class_uses", "trait_exists", "enum_exists",
                "get_class_methods");
    }

    /** Binds each PHP name to the Java methods of the same name in {@code owner}. */
    private static void register(Class<?> owner, String... phpNames) {
        for (String n : phpNames) register(n, owner, n);
    }

    /** Binds PHP {@code phpName} to the methods {@code javaName} of {@code owner}. */
    private static void register(String phpName, Class<?> owner, String javaName) {
        if (TABLE.put(phpName, new Binding(owner, javaName)) != null) {
            throw new IllegalStateException("builtin bound twice: " + phpName);
        }
    }

    private static final ConcurrentHashMap<String, List<Method>> OVERLOADS = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<String, PhpFunction> FUNCTIONS = new ConcurrentHashMap<>();

    /** Whether {@code lowerName} is a builtin function. */
    public static boolean exists(String lowerName) { return TABLE.containsKey(lowerName); }

    /** Every builtin's PHP name (for {@code get_defined_functions} and diagnostics). */
    public static java.util.Set<String> names() { return java.util.Collections.unmodifiableSet(TABLE.keySet()); }

    /** The Java overloads (one per accepted arity) implementing PHP function {@code lowerName}; empty if none. */
    public static List<Method> overloads(String lowerName) {
        Binding b = TABLE.get(lowerName);
        if (b == null) return List.of();
        return OVERLOADS.computeIfAbsent(lowerName, k -> findOverloads(b));
    }

    private static List<Method> findOverloads(Binding b) {
        List<Method> ms = new ArrayList<>();
        for (Method m : b.owner().getMethods()) {
            if (m.getName().equals(b.javaName()) && Modifier.isStatic(m.getModifiers())) ms.add(m);
        }
        if (ms.isEmpty()) throw new IllegalStateException("no method " + b.owner().getName() + "." + b.javaName());
        ms.sort(Comparator.comparingInt(Method::getParameterCount));
        return List.copyOf(ms);
    }

    /** A callable for dynamic calls of builtin {@code lowerName}, or null if there is no such builtin. */
    public static PhpFunction function(String lowerName) {
        if (!TABLE.containsKey(lowerName)) return null;
        return FUNCTIONS.computeIfAbsent(lowerName, n -> BuiltinFunction.create(n, overloads(n)));
    }

    /** A PHP parameter name from a Java one: a trailing '_' (keyword escape) is dropped. */
    static String phpParamName(Parameter p) {
        String n = p.getName();
        return n.endsWith("_") ? n.substring(0, n.length() - 1) : n;
    }

    /** A builtin called dynamically: picks the overload by argument count and adapts the arguments. */
    static final class BuiltinFunction extends PhpFunction {
        /** One Java overload: its PHP arity, variadic-ness, and a handle of type (Object[])Object. */
        private record Overload(int arity, boolean variadic, boolean ctx, boolean[] byRef, MethodHandle mh) {}

        private final Overload[] overloads; // by arity, ascending
        private final int min, max;         // max == Integer.MAX_VALUE when variadic

        private BuiltinFunction(String name, ParamInfo[] params, Overload[] overloads, int min, int max) {
            super(name, params);
            this.overloads = overloads;
            this.min = min;
            this.max = max;
        }

        static BuiltinFunction create(String name, List<Method> methods) {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Overload[] ovs = new Overload[methods.size()];
            Method widest = null;
            int widestArity = -1;
            int min = Integer.MAX_VALUE, max = 0;
            for (int i = 0; i < ovs.length; i++) {
                Method m = methods.get(i);
                Class<?>[] pt = m.getParameterTypes();
                boolean ctx = pt.length > 0 && pt[0] == Context.class;
                boolean variadic = pt.length > 0 && pt[pt.length - 1] == Object[].class;
                int first = ctx ? 1 : 0;
                int arity = pt.length - first - (variadic ? 1 : 0);
                boolean[] byRef = new boolean[arity];
                for (int j = 0; j < arity; j++) byRef[j] = pt[first + j] == Ref.class;
                MethodHandle mh;
                try {
                    mh = lookup.unreflect(m);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                mh = mh.asType(mh.type().changeReturnType(Object.class))
                        .asSpreader(Object[].class, pt.length)
                        .asType(MethodType.methodType(Object.class, Object[].class));
                ovs[i] = new Overload(arity, variadic, ctx, byRef, mh);
                min = java.lang.Math.min(min, arity);
                max = variadic ? Integer.MAX_VALUE : java.lang.Math.max(max, arity);
                int w = arity + (variadic ? 1 : 0);
                if (w > widestArity || (w == widestArity && variadic)) { widest = m; widestArity = w; }
            }
            java.util.Arrays.sort(ovs, Comparator.comparingInt(Overload::arity));
            return new BuiltinFunction(name, paramInfos(widest, min), ovs, min, max);
        }

        private static ParamInfo[] paramInfos(Method m, int min) {
            Parameter[] ps = m.getParameters();
            int first = ps.length > 0 && ps[0].getType() == Context.class ? 1 : 0;
            ParamInfo[] out = new ParamInfo[ps.length - first];
            for (int i = first; i < ps.length; i++) {
                int k = i - first;
                boolean variadic = i == ps.length - 1 && ps[i].getType() == Object[].class;
                out[k] = new ParamInfo(phpParamName(ps[i]), ps[i].getType() == Ref.class, variadic,
                        variadic || k >= min);
            }
            return out;
        }

        @Override
        public Object call(Context ctx, Object[] args) {
            int n = args.length;
            Overload o = pick(n);
            if (o == null) throw Traces.builtinFrame(Ops.builtinArgCount(name, min, max, n), name, args, null, 0);
            int fixed = o.arity;
            Object[] jargs = new Object[(o.ctx ? 1 : 0) + fixed + (o.variadic ? 1 : 0)];
            int p = 0;
            if (o.ctx) jargs[p++] = ctx;
            for (int i = 0; i < fixed; i++) {
                if (i >= n) { jargs[p++] = Values.UNDEF; continue; }
                Object a = args[i];
                if (o.byRef[i]) jargs[p++] = a instanceof Ref r ? r : new Ref(a);
                else jargs[p++] = a instanceof Ref r ? r.get() : a;
            }
            if (o.variadic) {
                Object[] rest = new Object[java.lang.Math.max(0, n - fixed)];
                for (int i = 0; i < rest.length; i++) {
                    Object a = args[fixed + i];
                    rest[i] = a instanceof Ref r ? r.get() : a;
                }
                jargs[p] = rest;
            }
            // a dynamic call from a strict_types file checks strictly (php: the caller decides); a callback
            // a library function calls does not
            boolean outer = ctx.strictArgs;
            ctx.strictArgs = ctx.strictCall;
            ctx.strictCall = false;
            try {
                return o.mh.invokeExact(jargs);
            } catch (PhpError e) {
                throw Traces.builtinFrame(e, name, args, null, 0);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            } finally {
                ctx.strictArgs = outer;
            }
        }

        /** The overload for {@code n} arguments: exact arity, else variadic, else the next wider one; null if none. */
        private Overload pick(int n) {
            if (n < min || n > max) return null;
            Overload variadic = null;
            for (Overload o : overloads) {
                if (o.arity == n && !o.variadic) return o;
                if (o.variadic && o.arity <= n) variadic = o;
            }
            if (variadic != null) return variadic;
            for (Overload o : overloads) if (o.arity > n) return o;
            return null;
        }
    }
}
