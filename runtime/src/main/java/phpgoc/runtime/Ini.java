package phpgoc.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * The ini settings of one run, with php's built-in defaults (as {@code php -n}). Every known
 * setting keeps the string it was last set to ({@code ini_get} returns it as is); the ones phpgoc
 * honours are also kept parsed in the public fields.
 */
public final class Ini {
    public int errorReporting = Context.E_ALL;
    public boolean displayErrors = true;
    public int precision = 14;
    public int serializePrecision = -1;
    /** zend.assertions: 1 runs assertions, 0 skips them, -1 (php.ini only) compiles them out. */
    public int assertions = 1;
    public boolean assertException = true;
    /** zend.exception_string_param_max_len: how much of a string argument traces show. */
    public int traceStringLimit = 15;
    /** zend.exception_ignore_args: exception traces carry no arguments. */
    public boolean exceptionIgnoreArgs;

    /** The settings php -n knows (core ones that exist in every build), with their default strings. */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("precision", "14"),
            Map.entry("serialize_precision", "-1"),
            Map.entry("error_reporting", ""), // php -n: no value, E_ALL in effect
            Map.entry("display_errors", "1"),
            Map.entry("display_startup_errors", "1"),
            Map.entry("memory_limit", "128M"),
            Map.entry("max_execution_time", "0"),
            Map.entry("max_input_time", "-1"),
            Map.entry("default_charset", "UTF-8"),
            Map.entry("html_errors", "0"),
            Map.entry("log_errors", "0"),
            Map.entry("error_log", ""),
            Map.entry("short_open_tag", "1"),
            Map.entry("zend.assertions", "1"),
            Map.entry("assert.exception", "1"),
            Map.entry("assert.active", "1"),
            Map.entry("assert.warning", "1"),
            Map.entry("assert.bail", "0"),
            Map.entry("assert.callback", ""),
            Map.entry("zend.exception_ignore_args", "0"),
            Map.entry("zend.exception_string_param_max_len", "15"),
            Map.entry("ignore_repeated_errors", "0"),
            Map.entry("track_errors", "0"),
            Map.entry("error_prepend_string", ""),
            Map.entry("error_append_string", ""),
            Map.entry("output_buffering", "0"),
            Map.entry("implicit_flush", "1"),
            Map.entry("include_path", ".:/usr/share/php"),
            Map.entry("arg_separator.output", "&"),
            Map.entry("default_socket_timeout", "60"),
            Map.entry("register_argc_argv", "1"));

    private final Map<String, String> values = new HashMap<>(DEFAULTS);
    private final Context ctx;

    /** The settings of {@code ctx} (null: a defaults-only instance that applies nothing). */
    public Ini(Context ctx) { this.ctx = ctx; }

    /** Whether {@code key} is a setting php knows ({@code ini_get} of an unknown one is false). */
    public boolean known(String key) { return values.containsKey(key); }

    /** The current string of a known setting, or null if unknown. */
    public String get(String key) { return values.get(key); }

    /**
     * Applies {@code -d key=value} or {@code ini_set}; unknown keys are ignored, as php does.
     * {@code error_reporting} accepts php's ini expressions of constants ({@code E_ALL & ~E_NOTICE}),
     * and keeps their value as its string, as php's ini parser does.
     */
    public void set(String key, String value) {
        if (!values.containsKey(key)) return;
        switch (key) {
            case "error_reporting" -> {
                errorReporting = (int) errorLevel(value);
                if (!isPlainInt(value)) value = Integer.toString(errorReporting);
            }
            case "display_errors" -> displayErrors = parseBool(value);
            case "precision" -> precision = (int) Convert.toLong(value);
            case "serialize_precision" -> serializePrecision = (int) Convert.toLong(value);
            case "zend.assertions" -> assertions = (int) Convert.toLong(value);
            case "assert.exception" -> assertException = parseBool(value);
            case "zend.exception_string_param_max_len" -> traceStringLimit = (int) Convert.toLong(value);
            case "zend.exception_ignore_args" -> exceptionIgnoreArgs = parseBool(value);
            case "max_execution_time" -> phpgoc.runtime.ext.standard.TimeLimit.start(ctx, Convert.toLong(value));
            default -> { }
        }
        values.put(key, value);
    }

    /** {@code ini_restore}: the setting's php -n default again. */
    public void restore(String key) {
        String d = DEFAULTS.get(key);
        if (d == null) return;
        if (key.equals("error_reporting")) {
            errorReporting = Context.E_ALL; // no value: E_ALL in effect
            values.put(key, d);
        } else {
            set(key, d);
        }
    }

    /** {@code error_reporting(level)}: the new level, kept as its decimal string. */
    public void setErrorReporting(long level) {
        errorReporting = (int) level;
        values.put("error_reporting", Long.toString(level));
    }

    private static boolean isPlainInt(String s) { return !s.isEmpty() && s.trim().matches("-?\\d+"); }

    /** An ini expression of E_* constants and integers with | & ^ ~ ! and parentheses. */
    static long errorLevel(String expr) {
        return new LevelParser(expr).parse();
    }

    private static final class LevelParser {
        private final String s;
        private int i;

        LevelParser(String s) { this.s = s; }

        long parse() {
            long v = or();
            return v;
        }

        private long or() {
            long v = xor();
            while (peek() == '|') { i++; v |= xor(); }
            return v;
        }

        private long xor() {
            long v = and();
            while (peek() == '^') { i++; v ^= and(); }
            return v;
        }

        private long and() {
            long v = unary();
            while (peek() == '&') { i++; v &= unary(); }
            return v;
        }

        private long unary() {
            char c = peek();
            if (c == '~') { i++; return ~unary(); }
            if (c == '!') { i++; return unary() == 0 ? 1 : 0; }
            if (c == '(') {
                i++;
                long v = or();
                if (peek() == ')') i++;
                return v;
            }
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '-')) i++;
            String tok = s.substring(start, i);
            if (tok.isEmpty()) { i = Math.max(i, start + 1); return 0; }
            Object c2 = phpgoc.runtime.ext.Constants.get(tok);
            if (c2 instanceof Long l) return l;
            return Convert.toLong(tok);
        }

        private char peek() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
            return i < s.length() ? s.charAt(i) : '\0';
        }
    }

    private static boolean parseBool(String v) {
        String s = v.trim().toLowerCase(java.util.Locale.ROOT);
        return s.equals("1") || s.equals("on") || s.equals("yes") || s.equals("true") || s.equals("stdout");
    }
}
