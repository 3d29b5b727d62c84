package phpgoc.parse;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;
import phpgoc.grammar.PhpLexer;

/**
 * Doc comments ({@code /** ...}) for Reflection's getDocComment: php keeps the last doc comment
 * before a declaration. Found on the token stream, not in the AST: each doc comment is recorded
 * at every token a declaration's span may start with after it (its attribute groups, its
 * modifiers, the keyword or name that follows), keyed by line and column.
 */
final class DocComments {
    private DocComments() {}

    static long key(int line, int col) { return ((long) line << 32) | col; }

    static Map<Long, String> of(List<Token> ts) {
        Map<Long, String> out = new HashMap<>();
        for (int i = 0; i < ts.size(); i++) {
            Token t = ts.get(i);
            if (t.getType() != PhpLexer.COMMENT || !isDoc(t.getText())) continue;
            int j = next(ts, i + 1);
            while (j < ts.size()) {
                Token u = ts.get(j);
                out.put(key(u.getLine(), u.getCharPositionInLine()), t.getText());
                if (u.getType() == PhpLexer.ATTR_START) {
                    j = next(ts, skipAttribute(ts, j) + 1);
                } else if (isModifier(u.getType())) {
                    j = next(ts, j + 1);
                } else {
                    break;
                }
            }
        }
        return out;
    }

    /** php's doc comment: {@code /**} followed by whitespace. */
    private static boolean isDoc(String s) { return s.length() > 4 && s.startsWith("/**") && Character.isWhitespace(s.charAt(3)); }

    private static boolean isModifier(int type) {
        return type == PhpLexer.PUBLIC || type == PhpLexer.PROTECTED || type == PhpLexer.PRIVATE || type == PhpLexer.STATIC
                || type == PhpLexer.ABSTRACT || type == PhpLexer.FINAL || type == PhpLexer.READONLY || type == PhpLexer.VAR;
    }

    /** The next token on the default channel at or after {@code i}. */
    private static int next(List<Token> ts, int i) {
        while (i < ts.size() && ts.get(i).getChannel() != Token.DEFAULT_CHANNEL) i++;
        return i;
    }

    /** The index of the {@code ]} closing the attribute group opened at {@code i}. */
    private static int skipAttribute(List<Token> ts, int i) {
        int depth = 0;
        for (; i < ts.size(); i++) {
            int type = ts.get(i).getType();
            if (type == PhpLexer.ATTR_START || type == PhpLexer.LBRACKET) depth++;
            else if (type == PhpLexer.RBRACKET && --depth == 0) return i;
        }
        return i;
    }
}
