/**
 * Code generation: a resolved, analysed AST to one JVM class per PHP file.
 *
 * <p>After this phase a file is a class in {@code phpgoc.gen} implementing
 * {@link phpgoc.runtime.CompiledUnit}: top-level code in {@code run}, each PHP function a static
 * {@code f$name} method, each closure a static {@code closure$N}, a tableswitch {@code invoke} for
 * dynamic calls. {@code SourceFile} is the PHP file's absolute path and the line table has PHP
 * lines, so warnings and traces read file:line off the JVM stack. Tree walkers ({@code StmtGen},
 * {@code ExprGen}, {@code AssignGen}, {@code CallGen}, {@code TypedLoopGen}) speak PHP operations
 * to {@code Builder}; only {@code phpgoc.compiler.emit} touches ASM directly; runtime entry points
 * are typed constants in {@code Rt}.
 */
package phpgoc.compiler.codegen;
