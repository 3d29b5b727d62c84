/**
 * Semantic analysis of one PHP file before code generation. After this phase every function body
 * (the file's top-level code, each named function, closure and arrow function) has a {@link
 * phpgoc.compiler.sema.Scope}: its variables, which of them must live in a {@code Ref} box, whether
 * it keeps its variables in a {@code SymbolTable}, and what a closure or arrow function captures.
 * Facts are kept in identity-keyed side tables; the AST is not changed.
 */
package phpgoc.compiler.sema;
