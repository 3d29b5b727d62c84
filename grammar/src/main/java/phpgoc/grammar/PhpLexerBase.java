package phpgoc.grammar;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The hand-written half of the PHP lexer: inline HTML and open/close tags, comments (which end at
 * {@code ?>}), double-quoted, backtick, heredoc and nowdoc strings (each one token holding the raw
 * text, quotes included; nested {@code {$...}} parts are skipped with brace and string tracking),
 * and {@code __halt_compiler();} (after which the lexer returns EOF). Errors php's lexer reports
 * (unterminated comment, invalid numeric literal, ...) are collected in {@link #lexErrors()}.
 */
public abstract class PhpLexerBase extends Lexer {
    /** A lexer-level error at a char index (php reports it when the parser reaches that point). */
    public record LexError(int charIndex, int line, String message) {}

    private final String src;
    private boolean inHtml = true;
    private int haltCountdown = -1;
    private boolean halted;
    private int haltOffset = -1;
    private final List<LexError> errors = new ArrayList<>();

    protected PhpLexerBase(CharStream input) {
        super(input);
        src = input.size() == 0 ? "" : input.getText(Interval.of(0, input.size() - 1));
    }

    /** Byte offset of the data after {@code __halt_compiler();}, or -1. */
    public int haltOffset() { return haltOffset; }

    public List<LexError> lexErrors() { return errors; }

    /** Starts lexing in PHP code rather than inline HTML (for expressions inside strings). */
    public void startInPhp() { inHtml = false; }

    @Override
    public Token nextToken() {
        if (halted) return emitEOF();
        Token t = scan();
        if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
            if (haltCountdown > 0 && --haltCountdown == 0) {
                halted = true;
                haltOffset = _input.index();
            }
            if (t.getType() == PhpLexer.HALT_COMPILER) haltCountdown = 3;
            if (t.getType() == PhpLexer.INT_NUM) checkOctal(t);
        }
        return t;
    }

    private Token scan() {
        int p = _input.index();
        if (p >= src.length()) return super.nextToken();
        if (inHtml) return html(p);
        char c = src.charAt(p);
        switch (c) {
            case '"': return quoted(p, '"', PhpLexer.DQ_STRING);
            case '`': return quoted(p, '`', PhpLexer.BACKTICK_STRING);
            case '\'': return singleQuoted(p);
            case '#':
                if (at(p + 1) != '[') return lineComment(p);
                break;
            case '/':
                if (at(p + 1) == '/') return lineComment(p);
                if (at(p + 1) == '*') return blockComment(p);
                break;
            case '?':
                if (at(p + 1) == '>') return closeTag(p);
                break;
            case '<':
                if (src.startsWith("<<<", p)) {
                    Token h = heredoc(p);
                    if (h != null) return h;
                }
                break;
            default:
                break;
        }
        return super.nextToken();
    }

    private char at(int i) { return i < src.length() ? src.charAt(i) : '\0'; }

    private static boolean isLabelStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80 && c <= 0xff;
    }

    private static boolean isLabelChar(char c) { return isLabelStart(c) || c >= '0' && c <= '9'; }

    private Token make(int type, int channel, int start, int end) {
        int line = getLine(), col = getCharPositionInLine();
        while (_input.index() < end) getInterpreter().consume(_input);
        return _factory.create(_tokenFactorySourcePair, type, null, channel, start, end - 1, line, col);
    }

    private Token html(int p) {
        int i = p;
        while (true) {
            i = src.indexOf("<?", i);
            if (i < 0) return make(PhpLexer.INLINE_HTML, DEFAULT_TOKEN_CHANNEL, p, src.length());
            if (i > p) return make(PhpLexer.INLINE_HTML, DEFAULT_TOKEN_CHANNEL, p, i);
            inHtml = false;
            if (src.regionMatches(true, i, "<?php", 0, 5)) {
                char n = at(i + 5);
                if (i + 5 == src.length() || n == ' ' || n == '\t' || n == '\n') {
                    return make(PhpLexer.OPEN_TAG, HIDDEN, i, Math.min(src.length(), i + 6));
                }
                if (n == '\r') return make(PhpLexer.OPEN_TAG, HIDDEN, i, at(i + 6) == '\n' ? i + 7 : i + 6);
            }
            if (at(i + 2) == '=') return make(PhpLexer.ECHO, DEFAULT_TOKEN_CHANNEL, i, i + 3);
            return make(PhpLexer.OPEN_TAG, HIDDEN, i, i + 2);
        }
    }

    private Token closeTag(int p) {
        int end = p + 2;
        if (at(end) == '\n') end++;
        else if (at(end) == '\r') end += at(end + 1) == '\n' ? 2 : 1;
        inHtml = true;
        return make(PhpLexer.SEMI, DEFAULT_TOKEN_CHANNEL, p, end);
    }

    private Token lineComment(int p) {
        int i = p;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\n') { i++; break; }
            if (c == '\r') { i += at(i + 1) == '\n' ? 2 : 1; break; }
            if (c == '?' && at(i + 1) == '>') break;
            i++;
        }
        return make(PhpLexer.COMMENT, HIDDEN, p, i);
    }

    private Token blockComment(int p) {
        int e = src.indexOf("*/", p + 2);
        if (e < 0) {
            errors.add(new LexError(p, getLine(), "Unterminated comment starting line " + getLine()));
            return make(PhpLexer.COMMENT, HIDDEN, p, src.length());
        }
        return make(PhpLexer.COMMENT, HIDDEN, p, e + 2);
    }

    private Token singleQuoted(int p) {
        int i = p + 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') i += 2;
            else if (c == '\'') return make(PhpLexer.SQ_STRING, DEFAULT_TOKEN_CHANNEL, p, i + 1);
            else i++;
        }
        errors.add(new LexError(p, getLine(),
                "syntax error, unexpected string content \"" + src.substring(p + 1) + "\""));
        return make(PhpLexer.UNTERMINATED, DEFAULT_TOKEN_CHANNEL, p, src.length());
    }

    private Token quoted(int p, char quote, int type) {
        int end = skipQuoted(p + 1, quote);
        if (end < 0) {
            int line = getLine() + countLines(p, src.length());
            errors.add(new LexError(p, line, quote == '`' ? "syntax error, unexpected end of file, expecting \"`\""
                    : "syntax error, unexpected end of file, expecting variable or \"${\" or \"{$\""));
            return make(PhpLexer.UNTERMINATED, DEFAULT_TOKEN_CHANNEL, p, src.length());
        }
        return make(type, DEFAULT_TOKEN_CHANNEL, p, end);
    }

    private int countLines(int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) if (src.charAt(i) == '\n') n++;
        return n;
    }

    /** Index after the closing quote, or -1 if the string is not closed. */
    private int skipQuoted(int i, char quote) {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') { i += 2; continue; }
            if (c == quote) return i + 1;
            if ((c == '{' && at(i + 1) == '$') || (c == '$' && at(i + 1) == '{')) {
                i = skipBraces(c == '$' ? i + 2 : i + 1);
                if (i < 0) return -1;
                continue;
            }
            i++;
        }
        return -1;
    }

    /** Skips a {@code {...}} part starting just after its '{' (or at '$' of "{$"); returns the index after '}'. */
    private int skipBraces(int i) {
        int depth = 1;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '{') depth++;
            else if (c == '}') { if (--depth == 0) return i + 1; }
            else if (c == '\'' || c == '"') {
                int j = c == '"' ? skipQuoted(i + 1, '"') : skipSingle(i + 1);
                if (j < 0) return -1;
                i = j;
                continue;
            }
            i++;
        }
        return -1;
    }

    private int skipSingle(int i) {
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '\\') i += 2;
            else if (c == '\'') return i + 1;
            else i++;
        }
        return -1;
    }

    private Token heredoc(int p) {
        int i = p + 3;
        while (at(i) == ' ' || at(i) == '\t') i++;
        char q = at(i);
        if (q == '\'' || q == '"') i++;
        int ls = i;
        if (!isLabelStart(at(i))) return null;
        while (isLabelChar(at(i))) i++;
        String label = src.substring(ls, i);
        if (q == '\'' || q == '"') {
            if (at(i) != q) return null;
            i++;
        }
        if (at(i) == '\r') i++;
        if (at(i) != '\n') return null;
        i++;
        while (i <= src.length()) {
            int j = i;
            while (at(j) == ' ' || at(j) == '\t') j++;
            if (src.startsWith(label, j) && !isLabelChar(at(j + label.length()))) {
                return make(PhpLexer.HEREDOC, DEFAULT_TOKEN_CHANNEL, p, j + label.length());
            }
            int nl = src.indexOf('\n', i);
            if (nl < 0) break;
            i = nl + 1;
        }
        errors.add(new LexError(p, getLine() + countLines(p, src.length()), "syntax error, unexpected end of file"));
        return make(PhpLexer.UNTERMINATED, DEFAULT_TOKEN_CHANNEL, p, src.length());
    }

    private void checkOctal(Token t) {
        String s = t.getText();
        if (s.length() > 1 && s.charAt(0) == '0') {
            for (int k = 1; k < s.length(); k++) {
                if (s.charAt(k) == '8' || s.charAt(k) == '9') {
                    errors.add(new LexError(t.getStartIndex(), t.getLine(), "Invalid numeric literal"));
                    return;
                }
            }
        }
    }

    /** Semantic predicate for the ENUM token: "enum" followed by whitespace and a name other than extends/implements. */
    protected boolean isEnumKeyword() {
        int i = _tokenStartCharIndex + 4;
        int j = i;
        while (j < src.length()) {
            char c = src.charAt(j);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') j++;
            else if (c == '/' && at(j + 1) == '*') {
                int e = src.indexOf("*/", j + 2);
                if (e < 0) return false;
                j = e + 2;
            } else break;
        }
        if (j == i || !isLabelStart(at(j))) return false;
        int k = j;
        while (isLabelChar(at(k))) k++;
        String w = src.substring(j, k).toLowerCase();
        return !w.equals("extends") && !w.equals("implements");
    }
}
