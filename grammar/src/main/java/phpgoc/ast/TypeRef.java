package phpgoc.ast;

import java.util.List;

/** A declared type: {@code int}, {@code ?Foo}, {@code A|B|null}, {@code A&B}, {@code (A&B)|null}. */
public sealed interface TypeRef {
    Span span();
    record Named(Name name, Span span) implements TypeRef {}
    record Nullable(TypeRef inner, Span span) implements TypeRef {}
    record Union(List<TypeRef> types, Span span) implements TypeRef {}
    record Intersection(List<TypeRef> types, Span span) implements TypeRef {}
}
