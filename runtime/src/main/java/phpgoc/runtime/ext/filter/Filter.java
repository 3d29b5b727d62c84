package phpgoc.runtime.ext.filter;

import phpgoc.runtime.Args;
import phpgoc.runtime.Calls;
import phpgoc.runtime.Context;
import phpgoc.runtime.Convert;
import phpgoc.runtime.Magic;
import phpgoc.runtime.PhpArray;
import phpgoc.runtime.PhpError;
import phpgoc.runtime.PhpObject;
import phpgoc.runtime.Values;

/**
 * ext/filter: filter_var, filter_var_array, filter_list, filter_id and, for the CLI (which has no
 * GET/POST/COOKIE input), filter_has_var, filter_input and filter_input_array. The dispatch
 * follows php's {@code php_filter_call}/{@code php_zval_filter}; the filters are in
 * {@link Validators} and {@link Sanitizers}.
 */
public final class Filter {
    private Filter() {}

    static final long REQUIRE_SCALAR = 33554432, REQUIRE_ARRAY = 16777216, FORCE_ARRAY = 67108864,
            NULL_ON_FAILURE = 134217728;
    static final long DEFAULT = 516, CALLBACK = 1024;

    private static final String[] NAMES = {"int", "boolean", "float", "validate_regexp", "validate_domain", "validate_url",
        "validate_email", "validate_ip", "validate_mac", "string", "stripped", "encoded", "special_chars",
        "full_special_chars", "unsafe_raw", "email", "url", "number_int", "number_float", "add_slashes", "callback"};
    private static final long[] IDS = {257, 258, 259, 272, 277, 273, 274, 275, 276, 513, 513, 514, 515, 522, 516, 517, 518,
        519, 520, 523, 1024};

    static boolean known(long id) {
        for (long i : IDS) if (i == id) return true;
        return false;
    }

    public static PhpArray filter_list() {
        PhpArray out = new PhpArray();
        for (String n : NAMES) out.append(n);
        return out;
    }

    public static Object filter_id(Object name) {
        String n = Args.str(name, "filter_id", 1, "name");
        for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(n)) return IDS[i];
        return false;
    }

    // ---- filter_var

    public static Object filter_var(Context ctx, Object value) { return filter_var(ctx, value, DEFAULT, 0L); }
    public static Object filter_var(Context ctx, Object value, Object filter) { return filter_var(ctx, value, filter, 0L); }

    public static Object filter_var(Context ctx, Object value, Object filter, Object options) {
        long f = filter == Values.UNDEF ? DEFAULT : Args.toInt(filter, "filter_var", 2, "filter");
        PhpArray ht = null;
        long flagsArg = 0;
        Object o = Values.deref(options);
        if (o instanceof PhpArray a) ht = a;
        else if (o != Values.UNDEF) flagsArg = intOrArray(o, "filter_var", 3, "options");
        if (!known(f)) {
            ctx.warning("filter_var(): Unknown filter with ID " + f);
            return false;
        }
        return call(ctx, "filter_var", Values.copyOnAssign(Values.deref(value)), f, ht, flagsArg, REQUIRE_SCALAR);
    }

    private static long intOrArray(Object v, String fn, int argNo, String param) {
        if (v instanceof Long l) return l;
        if (v instanceof Double || v instanceof Boolean || Values.isString(v) || v == null) {
            try {
                return Args.toInt(v, fn, argNo, param);
            } catch (PhpError e) {
                throw Args.typeError(fn, argNo, param, "array|int", v);
            }
        }
        throw Args.typeError(fn, argNo, param, "array|int", v);
    }

    /** php_filter_call. {@code filter} -1: the filter comes from {@code ht} or {@code flagsArg}. */
    static Object call(Context ctx, String fn, Object value, long filter, PhpArray ht, long flagsArg, long flags) {
        Object options = null;
        if (ht == null) {
            if (filter != -1) {
                flags = flagsArg;
                if ((flags & (REQUIRE_ARRAY | FORCE_ARRAY)) == 0) flags |= REQUIRE_SCALAR;
            } else {
                filter = flagsArg;
            }
        } else {
            if (ht.containsKey("filter")) filter = Convert.toLong(Values.deref(ht.lookup("filter")));
            if (ht.containsKey("options")) {
                Object opt = Values.deref(ht.lookup("options"));
                if (filter != CALLBACK) {
                    if (opt instanceof PhpArray) options = opt;
                } else {
                    options = opt;
                    flags = 0;
                }
            }
            if (ht.containsKey("flags")) {
                flags = Convert.toLong(Values.deref(ht.lookup("flags")));
                if ((flags & (REQUIRE_ARRAY | FORCE_ARRAY)) == 0) flags |= REQUIRE_SCALAR;
            }
        }
        if (value instanceof PhpArray a) {
            if ((flags & REQUIRE_SCALAR) != 0) return (flags & NULL_ON_FAILURE) != 0 ? null : (Object) false;
            return recursive(ctx, fn, a, filter, flags, options, 0);
        }
        if ((flags & REQUIRE_ARRAY) != 0) return (flags & NULL_ON_FAILURE) != 0 ? null : (Object) false;
        Object r = one(ctx, fn, value, filter, flags, options);
        if ((flags & FORCE_ARRAY) != 0) return PhpArray.of(r);
        return r;
    }

    private static PhpArray recursive(Context ctx, String fn, PhpArray a, long filter, long flags, Object options, int depth) {
        PhpArray out = new PhpArray(a.size());
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object v = a.valueAt(p);
            if (v instanceof PhpArray inner) {
                if (depth > 256) {
                    ctx.warning("Cannot filter recursive arrays"); // not reached for acyclic arrays
                    continue;
                }
                out.put(a.keyAt(p), recursive(ctx, fn, inner, filter, flags, options, depth + 1));
            } else {
                out.put(a.keyAt(p), one(ctx, fn, v, filter, flags, options));
            }
        }
        return out;
    }

    /** php_zval_filter: one scalar (or object) through one filter, then the "default" option. */
    private static Object one(Context ctx, String fn, Object value, long filter, long flags, Object options) {
        if (!known(filter)) filter = DEFAULT;
        Object r;
        if (value instanceof PhpObject o && !(Magic.hasToString(o))) {
            r = (flags & NULL_ON_FAILURE) != 0 ? null : (Object) false;
        } else {
            String s = value instanceof PhpObject o ? Magic.toStr(o) : Convert.toStr(value);
            PhpArray opts = options instanceof PhpArray oa ? oa : null;
            r = apply(ctx, fn, s, filter, flags, opts, options);
        }
        if (options instanceof PhpArray oa && ((flags & NULL_ON_FAILURE) != 0 ? r == null : Boolean.FALSE.equals(r))
                && oa.containsKey("default")) {
            return Values.copyOnAssign(Values.deref(oa.lookup("default")));
        }
        return r;
    }

    private static Object apply(Context ctx, String fn, String s, long filter, long flags, PhpArray opts, Object rawOptions) {
        return switch ((int) filter) {
            case 257 -> Validators.intFilter(s, flags, opts);
            case 258 -> Validators.boolFilter(s, flags);
            case 259 -> Validators.floatFilter(fn, s, flags, opts);
            case 272 -> Validators.regexp(ctx, fn, s, flags, opts);
            case 277 -> Validators.domain(s, flags);
            case 273 -> Validators.url(s, flags);
            case 274 -> Validators.email(s, flags);
            case 275 -> Validators.ip(s, flags);
            case 276 -> Validators.mac(fn, s, flags, opts);
            case 513 -> Sanitizers.string(s, flags);
            case 514 -> Sanitizers.encoded(s, flags);
            case 515 -> Sanitizers.specialChars(s, flags);
            case 522 -> Sanitizers.fullSpecialChars(s, flags);
            case 517 -> Sanitizers.keep(s, Sanitizers.EMAIL_CHARS);
            case 518 -> Sanitizers.keep(s, Sanitizers.URL_CHARS);
            case 519 -> Sanitizers.keep(s, "0123456789+-");
            case 520 -> Sanitizers.numberFloat(s, flags);
            case 523 -> phpgoc.runtime.ext.standard.Encodings.addslashes(s);
            case 1024 -> callback(ctx, fn, s, rawOptions);
            default -> Sanitizers.unsafeRaw(s, flags);
        };
    }

    private static Object callback(Context ctx, String fn, String s, Object options) {
        if (options == null || !phpgoc.runtime.ext.standard.Callbacks.is_callable(ctx, options)) {
            throw new PhpError("TypeError", fn + "(): Option must be a valid callback");
        }
        return Values.deref(Calls.callValue(ctx, options, new Object[] {s}));
    }

    // ---- arrays and input

    public static Object filter_var_array(Context ctx, Object array) { return filter_var_array(ctx, array, DEFAULT, true); }
    public static Object filter_var_array(Context ctx, Object array, Object options) {
        return filter_var_array(ctx, array, options, true);
    }

    public static Object filter_var_array(Context ctx, Object array, Object options, Object add_empty) {
        PhpArray in = Args.array(array, "filter_var_array", 1, "array");
        Object o = Values.deref(options);
        boolean addEmpty = add_empty == Values.UNDEF || Args.toBool(add_empty, "filter_var_array", 3, "add_empty");
        if (!(o instanceof PhpArray ht)) {
            long f = o == Values.UNDEF ? DEFAULT : intOrArray(o, "filter_var_array", 2, "options");
            if (!known(f)) {
                ctx.warning("filter_var_array(): Unknown filter with ID " + f);
                return false;
            }
            return call(ctx, "filter_var_array", in.copy(), -1, null, f, REQUIRE_ARRAY);
        }
        PhpArray out = new PhpArray();
        for (int p = ht.firstPos(); p >= 0; p = ht.nextPos(p)) {
            Object k = ht.keyAt(p);
            if (!(k instanceof String key)) {
                throw new PhpError("TypeError", "filter_var_array(): Argument #2 ($options) must contain only string keys");
            }
            if (key.isEmpty()) throw new PhpError("ValueError", "filter_var_array(): Argument #2 ($options) cannot contain empty keys");
            if (!in.containsKey(key)) {
                if (addEmpty) out.put(key, null);
                continue;
            }
            Object elm = Values.deref(ht.valueAt(p));
            Object v = Values.copyOnAssign(Values.deref(in.lookup(key)));
            out.put(key, call(ctx, "filter_var_array", v, -1, elm instanceof PhpArray ea ? ea : null,
                    elm instanceof PhpArray ? 0 : Convert.toLong(elm), REQUIRE_SCALAR));
        }
        return out;
    }

    private static void checkType(Object type, String fn) {
        long t = Args.toInt(type, fn, 1, "type");
        if (t != 0 && t != 1 && t != 2 && t != 4 && t != 5) {
            throw new PhpError("ValueError", fn + "(): Argument #1 ($type) must be an INPUT_* constant");
        }
    }

    public static boolean filter_has_var(Object input_type, Object var_name) {
        checkType(input_type, "filter_has_var");
        Args.str(var_name, "filter_has_var", 2, "var_name");
        return false;
    }

    public static Object filter_input(Object type, Object var_name) { return filter_input(type, var_name, DEFAULT, 0L); }
    public static Object filter_input(Object type, Object var_name, Object filter) { return filter_input(type, var_name, filter, 0L); }

    /** The CLI has no request input: the variable is always missing (php's "default" or null/false). */
    public static Object filter_input(Object type, Object var_name, Object filter, Object options) {
        checkType(type, "filter_input");
        Args.str(var_name, "filter_input", 2, "var_name");
        if (filter != Values.UNDEF) Args.toInt(filter, "filter_input", 3, "filter");
        Object o = Values.deref(options);
        long flags = 0;
        if (o instanceof PhpArray ht) {
            if (ht.containsKey("flags")) flags = Convert.toLong(Values.deref(ht.lookup("flags")));
            if (Values.deref(ht.lookup("options")) instanceof PhpArray opt && opt.containsKey("default")) {
                return Values.copyOnAssign(Values.deref(opt.lookup("default")));
            }
        } else if (o != Values.UNDEF) {
            flags = intOrArray(o, "filter_input", 4, "options");
        }
        return (flags & NULL_ON_FAILURE) != 0 ? (Object) false : null;
    }

    public static Object filter_input_array(Object type) { return filter_input_array(type, DEFAULT, true); }
    public static Object filter_input_array(Object type, Object options) { return filter_input_array(type, options, true); }

    public static Object filter_input_array(Object type, Object options, Object add_empty) {
        checkType(type, "filter_input_array");
        Object o = Values.deref(options);
        long flags = 0;
        if (o instanceof PhpArray ht) {
            if (ht.containsKey("flags")) flags = Convert.toLong(Values.deref(ht.lookup("flags")));
        } else if (o != Values.UNDEF) {
            flags = intOrArray(o, "filter_input_array", 2, "options");
        }
        return (flags & NULL_ON_FAILURE) != 0 ? (Object) false : null;
    }
}
