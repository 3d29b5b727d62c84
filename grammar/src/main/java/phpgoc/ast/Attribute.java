package phpgoc.ast;

import java.util.List;

/** One attribute {@code #[Name(args)]}; attribute groups are flattened into lists of these. */
public record Attribute(Name name, List<Arg> args, Span span) {}
