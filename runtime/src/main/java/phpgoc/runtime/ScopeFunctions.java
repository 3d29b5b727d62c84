package phpgoc.runtime;

/**
 * Library functions that work on the calling scope's variables by name: compiled as intrinsics
 * that pass the caller's {@link SymbolTable} (sema gives such scopes one): compact(), extract(),
 * get_defined_vars().
 */
public final class ScopeFunctions {
    private ScopeFunctions() {}

    /**
     * {@code compact(...$var_names)} over the calling scope {@code scope}: name => value (copied) of
     * each defined variable named by a string or (recursively) an array of them; php's warnings for
     * undefined names and other values.
     */
    public static PhpArray compact(Context ctx, SymbolTable scope, Object[] names) {
        PhpArray out = new PhpArray();
        for (int i = 0; i < names.length; i++) add(ctx, scope, Values.deref(names[i]), i + 1, out);
        return out;
    }

    private static void add(Context ctx, SymbolTable scope, Object v, int argNo, PhpArray out) {
        if (Values.isString(v)) {
            String n = Convert.toStr(v);
            Ref r = scope.find(n);
            if (r != null && r.isDefined()) out.putStr(n, Values.copyOnAssign(r.get()));
            else ctx.warning("compact(): Undefined variable $" + n);
        } else if (v instanceof PhpArray a) {
            for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) add(ctx, scope, Values.deref(a.valueAt(p)), argNo, out);
        } else {
            ctx.warning("compact(): Argument #" + argNo + " must be string or array of strings, " + Values.typeName(v) + " given");
        }
    }

    static final int EXTR_OVERWRITE = 0, EXTR_SKIP = 1, EXTR_PREFIX_SAME = 2, EXTR_PREFIX_ALL = 3,
            EXTR_PREFIX_INVALID = 4, EXTR_PREFIX_IF_EXISTS = 5, EXTR_IF_EXISTS = 6, EXTR_REFS = 256;

    /**
     * {@code extract($array, $flags, $prefix)} into {@code scope}: {@code args[0]} is the array,
     * a Ref when the argument is a variable (EXTR_REFS binds its elements); returns how many
     * variables were set. Invalid names are skipped, {@code $this} is never assigned.
     */
    public static Object extract(Context ctx, SymbolTable scope, Object[] args) {
        Object a0 = args[0];
        PhpArray arr = a0 instanceof Ref r ? Args.array(r.get(), "extract", 1, "array") : Args.array(a0, "extract", 1, "array");
        long flags = args.length > 1 ? Args.toInt(args[1], "extract", 2, "flags") : EXTR_OVERWRITE;
        boolean refs = (flags & EXTR_REFS) != 0;
        long type = flags & 0xff;
        if (type < EXTR_OVERWRITE || type > EXTR_IF_EXISTS) {
            throw new PhpError("ValueError", "extract(): Argument #2 ($flags) must be a valid extract type");
        }
        if (type > EXTR_SKIP && type <= EXTR_PREFIX_IF_EXISTS && args.length < 3) {
            throw new PhpError("ValueError", "extract(): Argument #3 ($prefix) is required when using this extract type");
        }
        String prefix = args.length > 2 ? Args.str(args[2], "extract", 3, "prefix") : "";
        if (!prefix.isEmpty() && !validName(prefix)) {
            throw new PhpError("ValueError", "extract(): Argument #3 ($prefix) must be a valid identifier");
        }
        if (refs && a0 instanceof Ref r) arr = (PhpArray) r.get();
        long count = 0;
        for (int p = arr.firstPos(); p >= 0; p = arr.nextPos(p)) {
            Object key = arr.keyAt(p);
            String target = target(scope, key, (int) type, prefix);
            if (target == null) continue;
            if (target.equals("this")) {
                if (type == EXTR_SKIP || type == EXTR_IF_EXISTS || type == EXTR_PREFIX_IF_EXISTS) continue;
                throw new PhpError("Error", "Cannot re-assign $this");
            }
            if (refs) {
                Ref elem = arr.refAtPos(p);
                scope.bind(target, elem);
            } else {
                scope.lookup(target).set(Values.copyOnAssign(arr.valueAt(p)));
            }
            count++;
        }
        return Long.valueOf(count);
    }

    /** The variable an element with {@code key} goes to under {@code type}, or null to skip it. */
    private static String target(SymbolTable scope, Object key, int type, String prefix) {
        if (!(key instanceof String name)) {
            if (type != EXTR_PREFIX_ALL && type != EXTR_PREFIX_INVALID) return null;
            return prefixed(prefix, key.toString());
        }
        boolean defined = scope.isDefined(name);
        // php's prefix-same takes $this for an existing name even where there is none
        return switch (type) {
            case EXTR_OVERWRITE -> validName(name) ? name : null;
            case EXTR_SKIP -> validName(name) && !defined ? name : null;
            case EXTR_IF_EXISTS -> defined && validName(name) ? name : null;
            case EXTR_PREFIX_SAME -> !validName(name) ? null : defined || name.equals("this") ? prefixed(prefix, name) : name;
            case EXTR_PREFIX_ALL -> name.isEmpty() ? null : prefixed(prefix, name);
            case EXTR_PREFIX_INVALID -> validName(name) && !name.equals("this") ? name : prefixed(prefix, name);
            case EXTR_PREFIX_IF_EXISTS -> defined && validName(name) ? prefixed(prefix, name) : null;
            default -> null;
        };
    }

    private static String prefixed(String prefix, String name) {
        String n = prefix + "_" + name;
        return validName(n) ? n : null;
    }

    /** php's variable-name rule: {@code [a-zA-Z_\x7f-\xff][a-zA-Z0-9_\x7f-\xff]*}. */
    static boolean validName(String n) {
        if (n.isEmpty()) return false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x7f || i > 0 && c >= '0' && c <= '9';
            if (!ok) return false;
        }
        return true;
    }

    /**
     * {@code get_defined_vars()}: the scope's defined variables in definition order (copies; shared references stay references). In the
     * global scope php's lazily created {@code $_ENV} and {@code $_REQUEST} are left out, as php -n
     * shows them when the script does not name them.
     */
    public static PhpArray getDefinedVars(Context ctx, SymbolTable scope) {
        PhpArray out = new PhpArray();
        boolean global = scope == ctx.globals;
        for (java.util.Map.Entry<String, Ref> en : scope.entries().entrySet()) {
            Ref r = en.getValue();
            if (!r.isDefined()) continue;
            String n = en.getKey();
            if (global && (n.equals("_ENV") || n.equals("_REQUEST"))) continue;
            // a reference shared with another name stays one in the result, as in php
            if (r.isShared()) out.putRef(n, r); else out.putStr(n, Values.copyOnAssign(r.get()));
        }
        return out;
    }

    // ---- func_get_args(), func_get_arg(), func_num_args()

    /**
     * How many arguments the function was called with: its fixed parameters up to the last one not
     * defaulted (bit i of {@code defaulted} set: parameter i took its default), all of them when
     * there are extra arguments ({@code rest}: the hidden or declared variadic parameter's positional part).
     */
    private static int passed(int fixed, int defaulted, PhpArray rest) {
        int extra = rest == null ? 0 : positional(rest);
        if (extra > 0) return fixed + extra;
        int n = 0;
        for (int i = 0; i < fixed; i++) if (i >= 32 || (defaulted & (1 << i)) == 0) n = i + 1;
        return n;
    }

    private static int positional(PhpArray rest) {
        int n = 0;
        for (int p = rest.firstPos(); p >= 0; p = rest.nextPos(p)) if (rest.keyAt(p) instanceof Long) n++;
        return n;
    }

    public static long funcNumArgs(Object[] values, int defaulted, PhpArray rest) {
        return passed(values.length, defaulted, rest);
    }

    /** {@code func_get_args()}: the passed parameters' current values, then the extra arguments (named ones left out). */
    public static PhpArray funcGetArgs(Object[] values, int defaulted, PhpArray rest) {
        int n = passed(values.length, defaulted, rest);
        PhpArray out = new PhpArray();
        for (int i = 0; i < Math.min(n, values.length); i++) out.append(Values.copyOnAssign(Values.deref(values[i]) == Values.UNDEF ? null : Values.deref(values[i])));
        if (rest != null && n > values.length) {
            for (int p = rest.firstPos(); p >= 0; p = rest.nextPos(p)) {
                if (rest.keyAt(p) instanceof Long) out.append(Values.copyOnAssign(Values.deref(rest.valueAt(p))));
            }
        }
        return out;
    }

    public static Object funcGetArg(Object[] values, int defaulted, PhpArray rest, Object position) {
        long k = Args.toInt(position, "func_get_arg", 1, "position");
        if (k < 0) throw new PhpError("ValueError", "func_get_arg(): Argument #1 ($position) must be greater than or equal to 0");
        int n = passed(values.length, defaulted, rest);
        if (k >= n) {
            throw new PhpError("ValueError", "func_get_arg(): Argument #1 ($position) must be less than the number of the"
                    + " arguments passed to the currently executed function");
        }
        if (k < values.length) {
            Object v = Values.deref(values[(int) k]);
            return v == Values.UNDEF ? null : Values.copyOnAssign(v);
        }
        long skip = k - values.length;
        for (int p = rest.firstPos(); p >= 0; p = rest.nextPos(p)) {
            if (!(rest.keyAt(p) instanceof Long)) continue;
            if (skip-- == 0) return Values.copyOnAssign(Values.deref(rest.valueAt(p)));
        }
        return null;
    }

    /** func_get_args()/func_get_arg()/func_num_args() in the global scope (top-level or eval'd code). */
    public static PhpError outsideFunction(String fn) {
        return new PhpError("Error", fn + (fn.equals("func_num_args") ? "() must be called from a function context"
                : "() cannot be called from the global scope"));
    }

    /** The functions that work on their caller's scope: php refuses to call them dynamically. */
    public static boolean scopeFunction(String lower) {
        return switch (lower) {
            case "compact", "extract", "get_defined_vars", "func_get_args", "func_get_arg", "func_num_args" -> true;
            default -> false;
        };
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, PhpFunction> DYNAMIC = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Such a function as a callable value (call_user_func('compact', ...), array_map, {@code $f()}):
     * it exists for php (is_callable, function_exists), and calling it fails with {@link #calledDynamically}.
     */
    static PhpFunction dynamicStub(String lower) {
        return DYNAMIC.computeIfAbsent(lower, n -> new PhpFunction(n, new ParamInfo[0]) {
            @Override public Object call(Context ctx, Object[] args) { throw calledDynamically(name, args); }
        });
    }

    /** {@code $f()} of such a function: php's Error, with the function's frame. */
    public static PhpError calledDynamically(String name, Object[] args) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        int min = switch (lower) { case "compact", "extract", "func_get_arg" -> 1; default -> 0; };
        int max = switch (lower) { case "compact" -> Integer.MAX_VALUE; case "extract" -> 3; case "func_get_arg" -> 1; default -> 0; };
        int n = 0;
        for (Object a : args) if (a != Values.UNDEF) n++;
        PhpError e;
        if (n < min || n > max) {
            String bound = min == max ? "exactly" : n < min ? "at least" : "at most";
            int k = n < min ? min : max;
            e = new PhpError("ArgumentCountError", lower + "() expects " + bound + " " + k + " argument" + (k == 1 ? "" : "s")
                    + ", " + n + " given");
        } else if (lower.equals("extract") && !(Values.deref(args[0]) instanceof PhpArray)) {
            e = new PhpError("TypeError", "extract(): Argument #1 ($array) must be of type array, "
                    + Values.typeName(Values.deref(args[0])) + " given");
        } else {
            e = new PhpError("Error", "Cannot call " + lower + "() dynamically");
        }
        return Traces.builtinFrame(e, lower, args, null, 0);
    }
}
