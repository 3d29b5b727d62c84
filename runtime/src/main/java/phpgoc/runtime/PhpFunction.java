package phpgoc.runtime;

/** A callable PHP function as the runtime's function table holds it. */
public abstract class PhpFunction {
    protected final String name;
    protected final ParamInfo[] params;

    protected PhpFunction(String name, ParamInfo[] params) {
        this.name = name;
        this.params = params;
    }

    /** The name as declared (case preserved). */
    public String name() { return name; }
    public ParamInfo[] params() { return params; }

    public boolean isByRefParam(int i) {
        if (params.length == 0) return false;
        if (i < params.length) return params[i].byRef();
        ParamInfo last = params[params.length - 1];
        return last.variadic() && last.byRef();
    }

    /** Calls with positional arguments; by-ref parameters receive {@link Ref}s when the caller had one. */
    public abstract Object call(Context ctx, Object[] args);

    /** {@link #call} for {@code $r = &$f()}: a function returning by reference gives its Ref. */
    public Object callRef(Context ctx, Object[] args) { return call(ctx, args); }

    /** A function compiled from PHP source: entry {@code index} of a {@link CompiledUnit}. */
    public static class User extends PhpFunction {
        private final CompiledUnit unit;
        private final int index;
        private final int takes;

        public User(String name, ParamInfo[] params, CompiledUnit unit, int index) {
            super(name, params);
            this.unit = unit;
            this.index = index;
            this.takes = ArgStack.takes(params);
        }

        /** The compiled file and body index (Reflection's metadata). */
        public CompiledUnit unit() { return unit; }
        public int index() { return index; }

        @Override public Object call(Context ctx, Object[] args) {
            return args.length > takes ? ArgStack.callExtra(ctx, unit, index, null, args, params.length, false)
                    : unit.invoke(index, ctx, null, args);
        }

        @Override public Object callRef(Context ctx, Object[] args) {
            return args.length > takes ? ArgStack.callExtra(ctx, unit, index, null, args, params.length, true)
                    : unit.invokeRef(index, ctx, null, args);
        }
    }
}
