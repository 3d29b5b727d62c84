package phpgoc.ast;

import java.util.List;

/**
 * The shared shape of named functions, methods and closures. {@code body} is null for abstract and
 * interface methods. {@code name} is the declared name ("{closure}" for closures).
 */
public record FunctionDecl(String name, List<Param> params, boolean byRefReturn, TypeRef returnType,
                           List<Stmt> body, boolean isStatic, List<Attribute> attributes, Span span) {}
