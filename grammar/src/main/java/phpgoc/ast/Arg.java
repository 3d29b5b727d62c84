package phpgoc.ast;

/** A call argument: positional, named ({@code name: value}) or spread ({@code ...$xs}). */
public record Arg(String name, Expr value, boolean spread, Span span) {}
