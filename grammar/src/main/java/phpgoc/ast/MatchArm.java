package phpgoc.ast;

import java.util.List;

/** A match arm; {@code conditions} is null for {@code default}. */
public record MatchArm(List<Expr> conditions, Expr body, Span span) {}
