package phpgoc.runtime;

/** What the caller of a function needs to know about one parameter. */
public record ParamInfo(String name, boolean byRef, boolean variadic, boolean optional) {}
