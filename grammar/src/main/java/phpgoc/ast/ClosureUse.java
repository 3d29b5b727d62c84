package phpgoc.ast;

/** A {@code use ($x)} or {@code use (&$x)} entry of a closure. */
public record ClosureUse(String name, boolean byRef, Span span) {}
