package phpgoc.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The arguments of a call with named arguments or argument unpacking whose target is only known
 * at run time ({@code f(...$args)}, {@code f(a: 1)} of a function of another file, {@code $f(...)}),
 * with php 8.1 semantics: string keys of an unpacked array are named arguments. {@link #bind}
 * lays them out by the callee's parameter names ({@link PhpFunction#params()}), leaving
 * {@link Values#UNDEF} for skipped optional parameters.
 */
public final class ArgList {
    private final List<Object> positional = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<Object> values = new ArrayList<>();

    /** A positional argument (a Ref for a variable that may be passed by reference). */
    public ArgList add(Object v) {
        positional.add(v);
        return this;
    }

    /** {@code name: v}. */
    public ArgList addNamed(String name, Object v) {
        names.add(name);
        values.add(v);
        return this;
    }

    /** {@code ...v}: int keys are positional, string keys named. */
    public ArgList spread(Object v) {
        if (v instanceof Ref r) v = r.get();
        PhpArray a = v instanceof PhpArray arr ? arr : Spl.unpacked(v, "argument");
        if (a == null) throw new PhpError("Error", "Only arrays and Traversables can be unpacked");
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            Object k = a.keyAt(p);
            Object raw = a.rawValueAt(p);
            // a reference element ({@code ...[&$x]}) stays one, for a by-ref parameter
            Object val = raw instanceof Ref ? raw : Values.copyOnAssign(a.valueAt(p));
            if (k instanceof String s) {
                addNamed(s, val);
            } else {
                if (!names.isEmpty()) {
                    throw new PhpError("Error", "Cannot use positional argument after named argument during unpacking");
                }
                positional.add(val);
            }
        }
        return this;
    }

    /** An argument unpacked from an array variable: its element at {@code pos} ({@link #spreadVar}). */
    private record Source(PhpArray arr, int pos) {}

    /** Per positional argument, its Source (null if none); null when nothing was unpacked from a variable. */
    private List<Source> sources;
    /** Named arguments unpacked from variables: name -> Source. */
    private java.util.Map<String, Source> namedSources;

    /**
     * {@code ...$var} of an array variable (its own handle, not a copy): as {@link #spread}, and
     * a by-ref parameter then gets the element's reference ({@link #refs}), as php's SEND_UNPACK.
     */
    public ArgList spreadVar(PhpArray a) {
        int before = positional.size();
        spread(a);
        if (sources == null) sources = new ArrayList<>();
        while (sources.size() < before) sources.add(null);
        for (int p = a.firstPos(); p >= 0; p = a.nextPos(p)) {
            if (a.keyAt(p) instanceof String k) {
                if (namedSources == null) namedSources = new java.util.HashMap<>();
                namedSources.put(k, new Source(a, p));
            } else if (sources.size() < positional.size()) {
                sources.add(new Source(a, p));
            }
        }
        return this;
    }

    /** Replaces the arguments bound for {@code params} that come from an unpacked variable and are by-ref with the element's Ref. */
    public Object[] refs(ParamInfo[] params, Object[] out) {
        if (sources == null || params == null || params.length == 0) return out;
        for (int i = 0; i < out.length; i++) {
            ParamInfo pi = params[Math.min(i, params.length - 1)];
            if (!pi.byRef() || (i >= params.length && !pi.variadic())) continue;
            Source src = i < positional.size() ? (i < sources.size() ? sources.get(i) : null)
                    : namedSources != null && i < params.length && !pi.variadic() ? namedSources.get(pi.name()) : null;
            if (src != null) out[i] = src.arr().refAtPos(src.pos());
        }
        return out;
    }

    /** Whether some arguments come from an unpacked variable ({@link #spreadVar}). */
    boolean hasSources() { return sources != null; }

    /**
     * Named arguments a user function's variadic parameter collects (string keys): the last element
     * of the array {@link #bind} returns, unpacked by {@code Ops.restArgs}.
     */
    public record Named(PhpArray values) {}

    /** The positional arguments for {@code f}: named ones placed at their parameter's position. */
    public Object[] bind(PhpFunction f) {
        if (names.isEmpty()) return refs(f.params(), positional.toArray());
        if (f instanceof Callables.Bound b) return bind(b.method);
        return refs(f.params(), bind(f.params(), f.name(), f instanceof PhpFunction.User || Closure.isUserBody(f)));
    }

    /** The arguments of a call to method {@code m} (named ones by its parameter names). */
    public Object[] bind(MethodInfo m) {
        if (m == null) return positional.toArray();
        if (names.isEmpty()) return refs(m.params, positional.toArray());
        return refs(m.params, bind(m.params, m.display(), true));
    }

    /** Whether there are named arguments. */
    boolean hasNamed() { return !names.isEmpty(); }

    private Object[] bind(ParamInfo[] ps, String fname, boolean acceptsUnknown) {
        int variadic = ps.length > 0 && ps[ps.length - 1].variadic() && !ps[ps.length - 1].hidden() ? ps.length - 1 : -1;
        Object[] out = positional.toArray(new Object[Math.max(positional.size(), ps.length)]);
        int last = positional.size();
        for (int i = last; i < out.length; i++) out[i] = Values.UNDEF;
        PhpArray extra = null;
        for (int n = 0; n < names.size(); n++) {
            String name = names.get(n);
            int k = -1;
            for (int i = 0; i < ps.length; i++) {
                if (i != variadic && ps[i].name().equals(name)) { k = i; break; }
            }
            if (k < 0 && variadic >= 0) {
                if (!acceptsUnknown) {
                    throw new PhpError("ArgumentCountError", fname + "() does not accept unknown named parameters");
                }
                if (extra == null) extra = new PhpArray();
                extra.put(name, values.get(n));
                continue;
            }
            if (k < 0) throw new PhpError("Error", "Unknown named parameter $" + name);
            if (k < positional.size() || out[k] != Values.UNDEF) {
                throw new PhpError("Error", "Named parameter $" + name + " overwrites previous argument");
            }
            out[k] = values.get(n);
            last = Math.max(last, k + 1);
        }
        for (int i = 0; i < last; i++) {
            if (out[i] == Values.UNDEF && !ps[i].optional()) {
                throw new PhpError("ArgumentCountError", fname + "(): Argument #" + (i + 1) + " ($" + ps[i].name()
                        + ") not passed");
            }
        }
        if (extra == null) return Arrays.copyOf(out, last);
        Object[] withRest = Arrays.copyOf(out, Math.max(last, variadic) + 1);
        for (int i = last; i < withRest.length - 1; i++) withRest[i] = Values.UNDEF;
        withRest[withRest.length - 1] = new Named(extra);
        return withRest;
    }
}
