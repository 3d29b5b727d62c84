package phpgoc.runtime;

/**
 * Library functions that work on the calling scope's variables by name: compiled as intrinsics
 * that pass the caller's {@link SymbolTable} (sema gives such scopes one). Only compact() so far;
 * extract() and get_defined_vars() are still to do.
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
}
