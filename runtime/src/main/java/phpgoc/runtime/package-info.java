/**
 * The runtime ABI that generated code calls: PHP values ({@code PhpArray}, {@code ConcatString},
 * {@code Ref}, boxed scalars), the operators by family ({@code Arith}, {@code Bitwise},
 * {@code Compare}, {@code Concat}, {@code Convert}, {@code Access}), calls and includes, and the
 * per-run {@link phpgoc.runtime.Context}. Nothing per-run is static; nothing on a hot path takes a
 * monitor. Library functions live in {@code phpgoc.runtime.ext}.
 */
package phpgoc.runtime;
