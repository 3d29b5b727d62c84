package phpgoc.runtime;

/**
 * A closure value: a compiled body plus the variables it captured ({@code bound}, in the order of
 * its {@code use} list; by-reference captures hold {@link Ref}s).
 */
public final class Closure extends PhpFunction {
    private final CompiledUnit unit;
    private final int index;
    public final Object[] bound;
    public final Object thisObject;

    public Closure(String name, ParamInfo[] params, CompiledUnit unit, int index, Object[] bound, Object thisObject) {
        super(name, params);
        this.unit = unit;
        this.index = index;
        this.bound = bound;
        this.thisObject = thisObject;
    }

    @Override public Object call(Context ctx, Object[] args) { return unit.invoke(index, ctx, this, args); }
}
