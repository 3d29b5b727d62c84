/**
 * The compiler's API and its glue to the runtime: {@link phpgoc.compiler.Phpgoc} (run, -r, lint,
 * ahead-of-time compilation), {@code Compiler} (the runtime's {@link phpgoc.runtime.CompilerService}:
 * source file -> parse -> codegen -> a class in its own loader), {@code CompileCache} (units shared
 * by every context, keyed by path, mtime and size) and {@code Runner} (one program run: context,
 * superglobals, the main unit, and php's output for exit, fatal errors and uncaught throwables).
 */
package phpgoc.compiler;
