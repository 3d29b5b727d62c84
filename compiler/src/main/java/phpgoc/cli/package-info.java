/**
 * The {@code phpgoc} command line: {@link phpgoc.cli.Main} parses arguments as php does
 * ({@code CommandLine} -> a {@code Command}) and calls the {@link phpgoc.compiler.Phpgoc} API;
 * {@code phpgoc build} writes a runnable jar ({@code JarBuilder}) whose entry point is
 * {@link phpgoc.cli.JarMain}. Nothing here knows about PHP semantics; no Java stack trace
 * reaches the user ({@code Failures}).
 */
package phpgoc.cli;
