package phpgoc.runtime;

/**
 * A named PHP function compiled from source, remembering where it was declared so a second
 * declaration can say "previously declared in FILE:LINE".
 */
public final class UserFunction extends PhpFunction.User {
    public final String file;
    public final int line;

    public UserFunction(String name, ParamInfo[] params, CompiledUnit unit, int index, String file, int line) {
        super(name, params, unit, index);
        this.file = file;
        this.line = line;
    }
}
