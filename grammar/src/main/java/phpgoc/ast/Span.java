package phpgoc.ast;

/** Where a node came from: absolute file path, 1-based lines, 0-based columns. */
public record Span(String file, int line, int col, int endLine, int endCol) {
    public static Span at(String file, int line) { return new Span(file, line, 0, line, 0); }
}
