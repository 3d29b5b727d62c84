package phpgoc.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import phpgoc.ast.Span;

/** Spans of parse-tree nodes and tokens. */
final class Spans {
    private Spans() {}

    static Span of(String file, ParserRuleContext ctx) {
        Token a = ctx.getStart();
        Token b = ctx.getStop() == null || ctx.getStop().getTokenIndex() < a.getTokenIndex() ? a : ctx.getStop();
        return new Span(file, a.getLine(), a.getCharPositionInLine(), endLine(b), endCol(b));
    }

    static Span of(String file, Token t) {
        return new Span(file, t.getLine(), t.getCharPositionInLine(), endLine(t), endCol(t));
    }

    private static int endLine(Token t) {
        String s = t.getText();
        int n = 0;
        if (s != null) for (int i = 0; i < s.length(); i++) if (s.charAt(i) == '\n') n++;
        return t.getLine() + n;
    }

    private static int endCol(Token t) {
        String s = t.getText();
        if (s == null) return t.getCharPositionInLine();
        int nl = s.lastIndexOf('\n');
        return nl < 0 ? t.getCharPositionInLine() + s.length() : s.length() - nl - 1;
    }
}
