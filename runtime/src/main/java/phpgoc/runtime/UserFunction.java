package phpgoc.runtime;

/**
 * A named PHP function compiled from source, remembering where it was declared so a second
 * declaration can say "previously declared in FILE:LINE".
 */
public final class UserFunction extends PhpFunction {
    private final CompiledUnit unit;
    private final int index;
    /** {@link ArgStack#takes}: a call with more arguments enters the extra ones for traces. */
    private final int takes;
    public final String file;
    public final int line;

    public UserFunction(String name, ParamInfo[] params, CompiledUnit unit, int index, String file, int line) {
        super(name, params);
        this.unit = unit;
        this.index = index;
        this.takes = ArgStack.takes(params);
        this.file = file;
        this.line = line;
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
