package phpgoc.runtime;

/** What the caller of a function needs to know about one parameter. */
public record ParamInfo(String name, boolean byRef, boolean variadic, boolean optional) {
    /**
     * The name of the hidden variadic parameter that takes the extra arguments of a function using
     * func_get_args() and co. (it declares none): not a PHP parameter, so named arguments never go
     * to it and reflection and dumps leave it out.
     */
    public static final String HIDDEN_REST = "\0args";

    public boolean hidden() { return name.equals(HIDDEN_REST); }
}
