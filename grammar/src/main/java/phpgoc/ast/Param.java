package phpgoc.ast;

import java.util.List;

/**
 * A function parameter. {@code promote} holds constructor-promotion modifiers ({@link Modifiers}),
 * 0 when the parameter is not promoted. {@code defaultValue} is null when there is none.
 */
public record Param(String name, TypeRef type, Expr defaultValue, boolean byRef, boolean variadic,
                    int promote, List<Attribute> attributes, Span span) {}
