/**
 * Name resolution, the phase between {@code parse} and {@code sema}: {@link
 * phpgoc.compiler.resolve.NameResolver} applies PHP's namespace rules ({@code namespace A\B;},
 * {@code namespace A\B { ... }}, {@code use}, {@code use function}, {@code use const}, aliases,
 * {@code namespace\X}, {@code \X}) and returns a new AST. After it:
 * <ul>
 * <li>no {@code Stmt.Namespace} or {@code Stmt.Use} remains: the bodies of braced namespaces are
 *     spliced into the file's top-level statement list, in order;</li>
 * <li>declared names are fully qualified without a leading backslash: functions ({@code
 *     FunctionDecl.name} {@code A\B\f}; closures {@code A\B\{closure}}), constants of {@code const}
 *     ({@code ConstItem.name} {@code A\B\X}) and classes ({@code ClassDecl.name} {@code A\B\C});</li>
 * <li>every class name ({@code new}, {@code instanceof}, {@code ::}, {@code extends}, {@code
 *     implements}, trait uses, catch types, type declarations, attributes) is a {@code Name} of kind
 *     {@code FULLY_QUALIFIED}, except the special names {@code self}, {@code parent} and {@code
 *     static}, which stay {@code UNQUALIFIED}; builtin type names ({@code int}, {@code array}, ...)
 *     stay as written;</li>
 * <li>{@code C::class} with a class name is a string literal, {@code __NAMESPACE__} too;</li>
 * <li>function names of calls and constant names are {@code FULLY_QUALIFIED}, except
 *     the unqualified ones that PHP looks up at run time with a fallback: their {@code Name} is
 *     {@code UNQUALIFIED} with the namespaced text ({@code A\B\f}), meaning "{@code A\B\f} if it
 *     exists, else the global {@code f}" (see {@link phpgoc.ast.Name#fallback()}); in the global
 *     namespace they stay {@code UNQUALIFIED} without a backslash. {@code true}, {@code false} and
 *     {@code null} stay as written.</li>
 * </ul>
 * PHP's compile-time errors about namespaces and imports are {@link
 * phpgoc.compiler.resolve.ResolveError}s with php's messages; its compile-time warnings are
 * returned as diagnostics.
 */
package phpgoc.compiler.resolve;
