package phpgoc.ast;

/** An item of an array literal or list(): {@code key => value}, {@code &$v}, {@code ...$xs}. key may be null. */
public record ArrayItem(Expr key, Expr value, boolean byRef, boolean spread, Span span) {}
