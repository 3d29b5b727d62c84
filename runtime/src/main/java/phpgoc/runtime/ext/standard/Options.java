package phpgoc.runtime.ext.standard;

import phpgoc.runtime.Args;
import phpgoc.runtime.Context;
import phpgoc.runtime.Values;

/** php's "options and information" functions of ext/standard: ini settings and the error level. */
public final class Options {
    private Options() {}

    /** The setting's current string, or false if php does not know it. */
    public static Object ini_get(Context ctx, Object option) {
        String key = Args.str(option, "ini_get", 1, "option");
        String v = ctx.ini.get(key);
        return v == null ? Boolean.FALSE : v;
    }

    /** Sets a known setting and returns its previous string; false (nothing set) for an unknown one. */
    public static Object ini_set(Context ctx, Object option, Object value) {
        String key = Args.str(option, "ini_set", 1, "option");
        return set(ctx, key, iniValue(value, "ini_set"));
    }

    private static Object set(Context ctx, String key, String v) {
        String old = ctx.ini.get(key);
        if (old == null) return Boolean.FALSE;
        if (key.equals("zend.assertions") && (ctx.ini.assertions == -1) != (phpgoc.runtime.Convert.toLong(v) == -1)) {
            // whether assertions are compiled at all is fixed once the script is compiled
            ctx.warning("zend.assertions may be completely enabled or disabled only in php.ini");
            return Boolean.FALSE;
        }
        ctx.ini.set(key, v);
        return old;
    }

    /** Puts a setting back to its default. */
    public static void ini_restore(Context ctx, Object option) {
        ctx.ini.restore(Args.str(option, "ini_restore", 1, "option"));
    }

    /** {@code ini_set}'s value: string|int|float|bool|null, as a string (true is "1", false and null ""). */
    private static String iniValue(Object value, String fn) {
        Object v = value instanceof phpgoc.runtime.Ref r ? r.get() : value;
        if (v == null || v == Values.UNDEF) return "";
        if (v instanceof phpgoc.runtime.PhpArray) {
            // php's own message has no "..., array given" here
            throw new phpgoc.runtime.PhpError("TypeError", fn + "(): Argument #2 ($value) must be of type string|int|float|bool|null");
        }
        return Args.str(v, fn, 2, "value");
    }

    public static Object ini_alter(Context ctx, Object option, Object value) {
        String key = Args.str(option, "ini_alter", 1, "option");
        return set(ctx, key, iniValue(value, "ini_alter"));
    }

    /** The current error level. */
    public static long error_reporting(Context ctx) { return ctx.ini.errorReporting; }

    /** Sets the error level (null leaves it) and returns the previous one. */
    public static long error_reporting(Context ctx, Object error_level) {
        long old = ctx.ini.errorReporting;
        Object v = error_level instanceof phpgoc.runtime.Ref r ? r.get() : error_level;
        if (v == null || v == Values.UNDEF) return old;
        long level;
        try {
            level = Args.toInt(v, "error_reporting", 1, "error_level");
        } catch (phpgoc.runtime.PhpError e) {
            throw Args.typeError("error_reporting", 1, "error_level", "?int", v);
        }
        ctx.ini.setErrorReporting(level);
        return old;
    }
}
