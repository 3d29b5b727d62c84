package phpgoc.runtime.ext;

import java.util.HashMap;
import java.util.Map;
import phpgoc.runtime.Values;

/**
 * PHP's builtin constants (core and standard), by exact, case-sensitive name. {@code true},
 * {@code false} and {@code null} are the compiler's. Values are as php 8.2.36 on 64-bit Linux
 * reports them ({@code php -n -r 'var_export(constant("X"));'}).
 */
public final class Constants {
    private Constants() {}

    private static final Map<String, Object> TABLE = new HashMap<>();

    private static void def(String name, Object value) { TABLE.put(name, value); }
    private static void def(String name, long value) { TABLE.put(name, value); }
    private static void def(String name, double value) { TABLE.put(name, value); }

    static {
        def("PHP_VERSION", "8.2.36");
        def("PHP_MAJOR_VERSION", 8);
        def("PHP_MINOR_VERSION", 2);
        def("PHP_RELEASE_VERSION", 36);
        def("PHP_VERSION_ID", 80236);
        def("PHP_EXTRA_VERSION", "");
        def("PHP_OS", "Linux");
        def("PHP_OS_FAMILY", "Linux");
        def("PHP_EOL", "\n");
        def("DIRECTORY_SEPARATOR", "/");
        def("PATH_SEPARATOR", ":");
        def("PHP_MAXPATHLEN", 4096);
        def("PHP_DEBUG", 0);
        def("PHP_ZTS", 0);
        for (String[] f : phpgoc.runtime.ext.date.DateTimes.formats()) def("DATE_" + f[0], f[1]);
        def("PHP_INT_MAX", Long.MAX_VALUE);
        def("PHP_INT_MIN", Long.MIN_VALUE);
        def("PHP_INT_SIZE", 8);
        def("PHP_FLOAT_EPSILON", java.lang.Math.ulp(1.0));
        def("PHP_FLOAT_MAX", Double.MAX_VALUE);
        def("PHP_FLOAT_MIN", Double.MIN_NORMAL);
        def("PHP_FLOAT_DIG", 15);
        def("NAN", Double.NaN);
        def("INF", Double.POSITIVE_INFINITY);

        def("E_ERROR", 1);
        def("E_WARNING", 2);
        def("E_PARSE", 4);
        def("E_NOTICE", 8);
        def("E_CORE_ERROR", 16);
        def("E_CORE_WARNING", 32);
        def("E_COMPILE_ERROR", 64);
        def("E_COMPILE_WARNING", 128);
        def("E_USER_ERROR", 256);
        def("E_USER_WARNING", 512);
        def("E_USER_NOTICE", 1024);
        def("E_STRICT", 2048);
        def("E_RECOVERABLE_ERROR", 4096);
        def("E_DEPRECATED", 8192);
        def("E_USER_DEPRECATED", 16384);
        def("E_ALL", 32767);
        def("DEBUG_BACKTRACE_PROVIDE_OBJECT", 1);
        def("DEBUG_BACKTRACE_IGNORE_ARGS", 2);

        def("M_PI", java.lang.Math.PI);
        def("M_E", java.lang.Math.E);
        def("M_LOG2E", 1.4426950408889634);
        def("M_LOG10E", 0.4342944819032518);
        def("M_LN2", 0.6931471805599453);
        def("M_LN10", 2.302585092994046);
        def("M_PI_2", 1.5707963267948966);
        def("M_PI_4", 0.7853981633974483);
        def("M_1_PI", 0.3183098861837907);
        def("M_2_PI", 0.6366197723675814);
        def("M_SQRTPI", 1.772453850905516);
        def("M_2_SQRTPI", 1.1283791670955126);
        def("M_SQRT2", 1.4142135623730951);
        def("M_SQRT3", 1.7320508075688772);
        def("M_SQRT1_2", 0.7071067811865476);
        def("M_LNPI", 1.1447298858494002);
        def("M_EULER", 0.5772156649015329);
        def("PHP_ROUND_HALF_UP", 1);
        def("PHP_ROUND_HALF_DOWN", 2);
        def("PHP_ROUND_HALF_EVEN", 3);
        def("PHP_ROUND_HALF_ODD", 4);
        def("MT_RAND_MT19937", 0);
        def("MT_RAND_PHP", 1);

        def("SORT_REGULAR", 0);
        def("SORT_NUMERIC", 1);
        def("SORT_STRING", 2);
        def("LC_CTYPE", 0);
        def("LC_NUMERIC", 1);
        def("LC_TIME", 2);
        def("LC_COLLATE", 3);
        def("LC_MONETARY", 4);
        def("LC_MESSAGES", 5);
        def("LC_ALL", 6);
        String[] langinfo = {"ABDAY_1", "ABDAY_2", "ABDAY_3", "ABDAY_4", "ABDAY_5", "ABDAY_6", "ABDAY_7", "DAY_1", "DAY_2",
            "DAY_3", "DAY_4", "DAY_5", "DAY_6", "DAY_7", "ABMON_1", "ABMON_2", "ABMON_3", "ABMON_4", "ABMON_5", "ABMON_6",
            "ABMON_7", "ABMON_8", "ABMON_9", "ABMON_10", "ABMON_11", "ABMON_12", "MON_1", "MON_2", "MON_3", "MON_4",
            "MON_5", "MON_6", "MON_7", "MON_8", "MON_9", "MON_10", "MON_11", "MON_12", "AM_STR", "PM_STR", "D_T_FMT",
            "D_FMT", "T_FMT", "T_FMT_AMPM", "ERA"};
        for (int i = 0; i < langinfo.length; i++) def(langinfo[i], 131072 + i);
        def("ERA_D_FMT", 131118);
        def("ALT_DIGITS", 131119);
        def("ERA_D_T_FMT", 131120);
        def("ERA_T_FMT", 131121);
        def("CRNCYSTR", 262159);
        def("RADIXCHAR", 65536);
        def("THOUSEP", 65537);
        def("YESEXPR", 327680);
        def("NOEXPR", 327681);
        def("CODESET", 14);
        def("HASH_HMAC", 1);
        def("PASSWORD_DEFAULT", "2y");
        def("PASSWORD_BCRYPT", "2y");
        def("PASSWORD_BCRYPT_DEFAULT_COST", 10);
        def("HTML_SPECIALCHARS", 0);
        def("HTML_ENTITIES", 1);
        def("ENT_COMPAT", 2);
        def("ENT_QUOTES", 3);
        def("ENT_NOQUOTES", 0);
        def("ENT_IGNORE", 4);
        def("ENT_SUBSTITUTE", 8);
        def("ENT_DISALLOWED", 128);
        def("ENT_HTML401", 0);
        def("ENT_XML1", 16);
        def("ENT_XHTML", 32);
        def("ENT_HTML5", 48);
        def("SORT_LOCALE_STRING", 5);
        def("SORT_NATURAL", 6);
        def("SORT_FLAG_CASE", 8);
        def("SORT_ASC", 4);
        def("SORT_DESC", 3);
        def("COUNT_NORMAL", 0);
        def("COUNT_RECURSIVE", 1);
        def("EXTR_OVERWRITE", 0);
        def("EXTR_SKIP", 1);
        def("EXTR_PREFIX_SAME", 2);
        def("EXTR_PREFIX_ALL", 3);
        def("EXTR_PREFIX_INVALID", 4);
        def("EXTR_PREFIX_IF_EXISTS", 5);
        def("EXTR_IF_EXISTS", 6);
        def("EXTR_REFS", 256);
        def("CASE_LOWER", 0);
        def("CASE_UPPER", 1);
        def("ARRAY_FILTER_USE_BOTH", 1);
        def("ARRAY_FILTER_USE_KEY", 2);
        def("JSON_HEX_TAG", 1);
        def("JSON_HEX_AMP", 2);
        def("JSON_HEX_APOS", 4);
        def("JSON_HEX_QUOT", 8);
        def("JSON_FORCE_OBJECT", 16);
        def("JSON_NUMERIC_CHECK", 32);
        def("JSON_UNESCAPED_SLASHES", 64);
        def("JSON_PRETTY_PRINT", 128);
        def("JSON_UNESCAPED_UNICODE", 256);
        def("JSON_PARTIAL_OUTPUT_ON_ERROR", 512);
        def("JSON_PRESERVE_ZERO_FRACTION", 1024);
        def("JSON_UNESCAPED_LINE_TERMINATORS", 2048);
        def("JSON_OBJECT_AS_ARRAY", 1);
        def("JSON_BIGINT_AS_STRING", 2);
        def("JSON_INVALID_UTF8_IGNORE", 1048576);
        def("JSON_INVALID_UTF8_SUBSTITUTE", 2097152);
        def("JSON_THROW_ON_ERROR", 4194304);
        def("PREG_PATTERN_ORDER", 1);
        def("PREG_SET_ORDER", 2);
        def("PREG_OFFSET_CAPTURE", 256);
        def("PREG_UNMATCHED_AS_NULL", 512);
        def("PREG_SPLIT_NO_EMPTY", 1);
        def("PREG_SPLIT_DELIM_CAPTURE", 2);
        def("PREG_SPLIT_OFFSET_CAPTURE", 4);
        def("PREG_GREP_INVERT", 1);
        def("PREG_NO_ERROR", 0);
        def("PREG_INTERNAL_ERROR", 1);
        def("PREG_BACKTRACK_LIMIT_ERROR", 2);
        def("PREG_RECURSION_LIMIT_ERROR", 3);
        def("PREG_BAD_UTF8_ERROR", 4);
        def("PREG_BAD_UTF8_OFFSET_ERROR", 5);
        def("PREG_JIT_STACKLIMIT_ERROR", 6);
        def("PCRE_VERSION", "10.42 2022-12-11");
        def("PCRE_VERSION_MAJOR", 10);
        def("PCRE_VERSION_MINOR", 42);
        def("PCRE_JIT_SUPPORT", true);
        def("JSON_ERROR_NONE", 0);
        def("JSON_ERROR_DEPTH", 1);
        def("JSON_ERROR_STATE_MISMATCH", 2);
        def("JSON_ERROR_CTRL_CHAR", 3);
        def("JSON_ERROR_SYNTAX", 4);
        def("JSON_ERROR_UTF8", 5);
        def("JSON_ERROR_INF_OR_NAN", 7);
        def("STR_PAD_LEFT", 0);
        def("STR_PAD_RIGHT", 1);
        def("STR_PAD_BOTH", 2);
        def("SEEK_SET", 0);
        def("SEEK_CUR", 1);
        def("SEEK_END", 2);
        def("LOCK_SH", 1);
        def("LOCK_EX", 2);
        def("LOCK_UN", 3);
        def("FILE_USE_INCLUDE_PATH", 1);
        def("FILE_IGNORE_NEW_LINES", 2);
        def("FILE_SKIP_EMPTY_LINES", 4);
        def("FILE_APPEND", 8);
        def("FILE_NO_DEFAULT_CONTEXT", 16);
        def("PATHINFO_DIRNAME", 1);
        def("PATHINFO_BASENAME", 2);
        def("PATHINFO_EXTENSION", 4);
        def("PATHINFO_FILENAME", 8);
        def("PHP_URL_SCHEME", 0);
        def("PHP_URL_HOST", 1);
        def("PHP_URL_PORT", 2);
        def("PHP_URL_USER", 3);
        def("PHP_URL_PASS", 4);
        def("PHP_URL_PATH", 5);
        def("PHP_URL_QUERY", 6);
        def("PHP_URL_FRAGMENT", 7);
        def("PHP_QUERY_RFC1738", 1);
        def("PHP_QUERY_RFC3986", 2);
        def("FNM_NOESCAPE", 2);
        def("FNM_PATHNAME", 1);
        def("FNM_PERIOD", 4);
        def("FNM_CASEFOLD", 16);
        def("INI_SCANNER_NORMAL", 0);
        def("INI_SCANNER_RAW", 1);
        def("INI_SCANNER_TYPED", 2);
        def("LOCK_NB", 4);
        def("GLOB_BRACE", 1024);
        def("GLOB_MARK", 2);
        def("GLOB_NOSORT", 4);
        def("GLOB_NOCHECK", 16);
        def("GLOB_NOESCAPE", 64);
        def("GLOB_ERR", 1);
        def("GLOB_ONLYDIR", 8192);
        def("GLOB_AVAILABLE_FLAGS", 9303);
        def("SCANDIR_SORT_ASCENDING", 0);
        def("SCANDIR_SORT_DESCENDING", 1);
        def("SCANDIR_SORT_NONE", 2);
        def("INPUT_POST", 0);
        def("INPUT_GET", 1);
        def("INPUT_COOKIE", 2);
        def("INPUT_ENV", 4);
        def("INPUT_SERVER", 5);
        def("FILTER_FLAG_NONE", 0);
        def("FILTER_REQUIRE_SCALAR", 33554432);
        def("FILTER_REQUIRE_ARRAY", 16777216);
        def("FILTER_FORCE_ARRAY", 67108864);
        def("FILTER_NULL_ON_FAILURE", 134217728);
        def("FILTER_VALIDATE_INT", 257);
        def("FILTER_VALIDATE_BOOLEAN", 258);
        def("FILTER_VALIDATE_BOOL", 258);
        def("FILTER_VALIDATE_FLOAT", 259);
        def("FILTER_VALIDATE_REGEXP", 272);
        def("FILTER_VALIDATE_DOMAIN", 277);
        def("FILTER_VALIDATE_URL", 273);
        def("FILTER_VALIDATE_EMAIL", 274);
        def("FILTER_VALIDATE_IP", 275);
        def("FILTER_VALIDATE_MAC", 276);
        def("FILTER_DEFAULT", 516);
        def("FILTER_UNSAFE_RAW", 516);
        def("FILTER_SANITIZE_STRING", 513);
        def("FILTER_SANITIZE_STRIPPED", 513);
        def("FILTER_SANITIZE_ENCODED", 514);
        def("FILTER_SANITIZE_SPECIAL_CHARS", 515);
        def("FILTER_SANITIZE_FULL_SPECIAL_CHARS", 522);
        def("FILTER_SANITIZE_EMAIL", 517);
        def("FILTER_SANITIZE_URL", 518);
        def("FILTER_SANITIZE_NUMBER_INT", 519);
        def("FILTER_SANITIZE_NUMBER_FLOAT", 520);
        def("FILTER_SANITIZE_ADD_SLASHES", 523);
        def("FILTER_CALLBACK", 1024);
        def("FILTER_FLAG_ALLOW_OCTAL", 1);
        def("FILTER_FLAG_ALLOW_HEX", 2);
        def("FILTER_FLAG_STRIP_LOW", 4);
        def("FILTER_FLAG_STRIP_HIGH", 8);
        def("FILTER_FLAG_STRIP_BACKTICK", 512);
        def("FILTER_FLAG_ENCODE_LOW", 16);
        def("FILTER_FLAG_ENCODE_HIGH", 32);
        def("FILTER_FLAG_ENCODE_AMP", 64);
        def("FILTER_FLAG_NO_ENCODE_QUOTES", 128);
        def("FILTER_FLAG_EMPTY_STRING_NULL", 256);
        def("FILTER_FLAG_ALLOW_FRACTION", 4096);
        def("FILTER_FLAG_ALLOW_THOUSAND", 8192);
        def("FILTER_FLAG_ALLOW_SCIENTIFIC", 16384);
        def("FILTER_FLAG_PATH_REQUIRED", 262144);
        def("FILTER_FLAG_QUERY_REQUIRED", 524288);
        def("FILTER_FLAG_IPV4", 1048576);
        def("FILTER_FLAG_IPV6", 2097152);
        def("FILTER_FLAG_NO_RES_RANGE", 4194304);
        def("FILTER_FLAG_NO_PRIV_RANGE", 8388608);
        def("FILTER_FLAG_GLOBAL_RANGE", 268435456);
        def("FILTER_FLAG_HOSTNAME", 1048576);
        def("FILTER_FLAG_EMAIL_UNICODE", 1048576);
    }

    /** The value of builtin constant {@code name}, or {@link Values#UNDEF} if there is none. */
    public static Object get(String name) {
        Object v = TABLE.get(name);
        return v == null ? Values.UNDEF : v;
    }

    /** Whether {@code name} is a builtin constant. */
    public static boolean exists(String name) { return TABLE.containsKey(name); }
}
