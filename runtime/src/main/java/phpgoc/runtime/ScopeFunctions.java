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
}
