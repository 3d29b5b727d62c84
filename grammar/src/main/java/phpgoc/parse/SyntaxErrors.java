package phpgoc.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import phpgoc.grammar.PhpLexer;
import phpgoc.grammar.PhpParser;

/**
 * php's wording for syntax errors: token descriptions ({@code identifier "foo"}, {@code token "}"}),
 * the ", expecting ..." suffix (php's LALR parser, after its default reductions, often expects one
 * or two tokens where ANTLR's set is larger: see {@link #expecting}), and the bracket-nesting
 * errors php's lexer reports ({@code Unmatched '}'}, {@code Unclosed '{' on line 2}).
 */
final class SyntaxErrors {
    private SyntaxErrors() {}

    /** A bracket-nesting error at a token (EOF for unclosed brackets). */
    record Nesting(int tokenIndex, int charIndex, String message, int line) {}

    static Nesting checkNesting(List<Token> tokens) {
        Deque<Token> stack = new ArrayDeque<>();
        for (Token t : tokens) {
            if (t.getChannel() != Token.DEFAULT_CHANNEL) continue;
            int ty = t.getType();
            if (ty == PhpLexer.LPAREN || ty == PhpLexer.LBRACKET || ty == PhpLexer.LBRACE || ty == PhpLexer.ATTR_START) {
                stack.push(t);
            } else if (ty == PhpLexer.RPAREN || ty == PhpLexer.RBRACKET || ty == PhpLexer.RBRACE) {
                char close = t.getText().charAt(0);
                if (stack.isEmpty()) return new Nesting(t.getTokenIndex(), t.getStartIndex(), "Unmatched '" + close + "'", t.getLine());
                Token open = stack.pop();
                char o = openChar(open);
                if ((o == '(' && close != ')') || (o == '[' && close != ']') || (o == '{' && close != '}')) {
                    return new Nesting(t.getTokenIndex(), t.getStartIndex(), unclosed(o, open.getLine(), t.getLine()) + " does not match '" + close + "'", t.getLine());
                }
            } else if (ty == Token.EOF && !stack.isEmpty()) {
                Token open = stack.peek();
                return new Nesting(t.getTokenIndex(), t.getStartIndex(), unclosed(openChar(open), open.getLine(), t.getLine()), t.getLine());
            }
        }
        return null;
    }

    private static char openChar(Token t) { return t.getType() == PhpLexer.ATTR_START ? '[' : t.getText().charAt(0); }

    private static String unclosed(char o, int openLine, int line) {
        return "Unclosed '" + o + "'" + (openLine != line ? " on line " + openLine : "");
    }

    /** php's description of an unexpected token. */
    static String describe(Token t) {
        String text = t.getText();
        return switch (t.getType()) {
            case Token.EOF -> "end of file";
            case PhpLexer.IDENTIFIER, PhpLexer.ENUM -> "identifier \"" + text + "\"";
            case PhpLexer.VARIABLE -> "variable \"" + text + "\"";
            case PhpLexer.INT_NUM, PhpLexer.HEX_NUM, PhpLexer.BIN_NUM, PhpLexer.OCT_NUM -> "integer \"" + text + "\"";
            case PhpLexer.FLOAT_NUM -> "floating-point number \"" + text + "\"";
            case PhpLexer.SQ_STRING -> "single-quoted string \"" + text.substring(1, text.length() - 1) + "\"";
            case PhpLexer.DQ_STRING -> hasInterpolation(text) ? "token \"\"\"" : "double-quoted string \"" + text.substring(1, text.length() - 1) + "\"";
            case PhpLexer.HEREDOC -> "heredoc start \"" + text.substring(0, text.indexOf('\n')).replace("\r", "") + "\"";
            case PhpLexer.BACKTICK_STRING -> "token \"`\"";
            case PhpLexer.NAME_QUALIFIED -> "qualified name \"" + text + "\"";
            case PhpLexer.NAME_FQ -> "fully qualified name \"" + text + "\"";
            case PhpLexer.NAME_RELATIVE -> "namespace-relative name \"" + text + "\"";
            case PhpLexer.INLINE_HTML -> "inline html \"" + text + "\"";
            case PhpLexer.SEMI -> text.startsWith("?>") ? "token \"?>\"" : "token \";\"";
            case PhpLexer.ECHO -> text.startsWith("<?") ? "token \"<?=\"" : "token \"echo\"";
            case PhpLexer.MAGIC_CONST -> "token \"" + text.toUpperCase() + "\"";
            case PhpLexer.EXIT -> "token \"exit\"";
            case PhpLexer.YIELD_FROM -> "token \"yield from\"";
            case PhpLexer.NOT_EQ -> "token \"!=\"";
            case PhpLexer.INT_CAST -> "token \"(int)\"";
            case PhpLexer.DOUBLE_CAST -> "token \"(double)\"";
            case PhpLexer.STRING_CAST -> "token \"(string)\"";
            case PhpLexer.ARRAY_CAST -> "token \"(array)\"";
            case PhpLexer.OBJECT_CAST -> "token \"(object)\"";
            case PhpLexer.BOOL_CAST -> "token \"(bool)\"";
            case PhpLexer.UNSET_CAST -> "token \"(unset)\"";
            case PhpLexer.BAD_CHAR -> String.format("character 0x%02X", (int) text.charAt(0));
            default -> "token \"" + (isKeyword(t.getType()) ? text.toLowerCase() : text) + "\"";
        };
    }

    private static boolean hasInterpolation(String dq) {
        for (int i = 1; i < dq.length() - 1; i++) {
            char c = dq.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '$' && (Character.isLetter(dq.charAt(i + 1)) || dq.charAt(i + 1) == '_' || dq.charAt(i + 1) == '{')) return true;
            if (c == '{' && dq.charAt(i + 1) == '$') return true;
        }
        return false;
    }

    static boolean isKeyword(int type) { return type >= PhpLexer.ABSTRACT && type <= PhpLexer.MAGIC_CONST; }

    /** php's quoted name of an expected token. */
    private static String expectedName(int type) {
        return switch (type) {
            case PhpLexer.IDENTIFIER -> "identifier";
            case PhpLexer.VARIABLE -> "variable";
            case Token.EOF -> "end of file";
            case PhpLexer.INT_NUM -> "integer";
            default -> {
                String lit = PhpParser.VOCABULARY.getLiteralName(type);
                yield lit == null ? PhpParser.VOCABULARY.getDisplayName(type) : "\"" + lit.substring(1, lit.length() - 1) + "\"";
            }
        };
    }

    /** The ", expecting ..." suffix (possibly empty) for an error at {@code ctx} with ANTLR's expected set. */
    static String expecting(IntervalSet expected, ParserRuleContext ctx, Token offending, boolean afterChain, Token decisionStart, Token prev) {
        boolean afterExpr = afterChain || expected.contains(PhpLexer.STAR) && expected.contains(PhpLexer.BOOL_AND);
        ParserRuleContext c = ctx;
        if (!afterExpr && c != null && c.getChildCount() > 0) {
            var last = c.getChild(c.getChildCount() - 1);
            afterExpr = last instanceof PhpParser.ExprContext || last instanceof PhpParser.ExprListContext
                    || last instanceof PhpParser.ChainContext;
        }
        if (c instanceof PhpParser.FileContext) return list(Token.EOF);
        if (decisionStart != null && !afterExpr) {
            // a failed prediction: its expected set is that of the decision's start, useless to php's wording
            int p = prev == null ? -1 : prev.getType();
            if (p == PhpLexer.DOLLAR) return list(PhpLexer.VARIABLE, PhpLexer.LBRACE, PhpLexer.DOLLAR);
            if (p == PhpLexer.FUNCTION || p == PhpLexer.FN) return list(PhpLexer.LPAREN);
            if (c instanceof PhpParser.ConstMemberContext || c instanceof PhpParser.ConstItemContext
                    || decisionStart.getType() == PhpLexer.CONST && p != PhpLexer.CONST) {
                return list(PhpLexer.ASSIGN);
            }
            if (c instanceof PhpParser.ArgumentsContext || c instanceof PhpParser.ArgumentContext) return list(PhpLexer.RPAREN);
            if ((c instanceof PhpParser.ClassBodyContext || c instanceof PhpParser.MemberContext)
                    && (decisionStart.getType() == PhpLexer.PUBLIC || decisionStart.getType() == PhpLexer.PROTECTED
                    || decisionStart.getType() == PhpLexer.PRIVATE || decisionStart.getType() == PhpLexer.STATIC
                    || decisionStart.getType() == PhpLexer.READONLY || decisionStart.getType() == PhpLexer.VAR)) {
                return list(PhpLexer.VARIABLE);
            }
            if (c instanceof PhpParser.StatementContext && decisionStart.getType() == PhpLexer.NAMESPACE) {
                return list(PhpLexer.LBRACE);
            }
            if (c instanceof PhpParser.StatementContext && decisionStart.getType() == PhpLexer.USE && p != PhpLexer.USE) {
                return list(PhpLexer.COMMA, PhpLexer.SEMI);
            }
            return "";
        }
        if (c instanceof PhpParser.DimChainContext && !afterExpr) return list(PhpLexer.RBRACKET);
        if (afterExpr) {
            if (c instanceof PhpParser.EchoStmtContext) return list(PhpLexer.COMMA, PhpLexer.SEMI);
            if (c instanceof PhpParser.ArgumentsContext) return list(PhpLexer.RPAREN);
            if (c instanceof PhpParser.ArrayItemsContext) c = c.getParent();
            if (c instanceof PhpParser.ForStmtContext f) {
                int semis = 0;
                for (int i = 0; i < f.getChildCount(); i++) if (f.getChild(i).getText().equals(";")) semis++;
                return list(semis < 2 ? PhpLexer.SEMI : PhpLexer.RPAREN);
            }
            while (c != null && (c instanceof PhpParser.ExprContext || c instanceof PhpParser.ChainContext)) c = c.getParent();
            if (c instanceof PhpParser.ExprListContext l) {
                if (l.getParent() instanceof PhpParser.EchoStmtContext) return list(PhpLexer.COMMA, PhpLexer.SEMI);
                if (l.getParent() instanceof PhpParser.ForStmtContext f) {
                    int semis = 0;
                    for (int i = 0; i < f.getChildCount(); i++) {
                        if (f.getChild(i) == l) break;
                        if (f.getChild(i).getText().equals(";")) semis++;
                    }
                    return list(semis < 2 ? PhpLexer.SEMI : PhpLexer.RPAREN);
                }
            }
            if (c instanceof PhpParser.ArgumentContext) return list(PhpLexer.RPAREN);
            if (c instanceof PhpParser.ArrayChainContext a) return list(a.ARRAY() != null ? PhpLexer.RPAREN : PhpLexer.RBRACKET);
            if (c instanceof PhpParser.ListChainContext) return list(PhpLexer.RPAREN);
            if (c instanceof PhpParser.ReturnStmtContext) return list(PhpLexer.SEMI);
            if (c instanceof PhpParser.MatchArmContext) c = c.getParent();
            if (c instanceof PhpParser.MatchExprContext) return list(PhpLexer.RBRACE);
            if (c instanceof PhpParser.UseStmtContext) return list(PhpLexer.COMMA, PhpLexer.SEMI);
            if (c instanceof PhpParser.ArrayItemContext) {
                ParserRuleContext arr = c.getParent() == null ? null : c.getParent().getParent();
                if (arr instanceof PhpParser.ArrayChainContext a) return list(a.ARRAY() != null ? PhpLexer.RPAREN : PhpLexer.RBRACKET);
                if (arr instanceof PhpParser.ListChainContext) return list(PhpLexer.RPAREN);
            }
            return "";
        }
        if (c instanceof PhpParser.ClassBodyContext && expected.contains(PhpLexer.FUNCTION)) return list(PhpLexer.FUNCTION, PhpLexer.CONST);
        if (c != null && c.getChildCount() > 0 && c.getChild(c.getChildCount() - 1) instanceof PhpParser.ParamsContext ps) {
            return list(ps.param().isEmpty() ? PhpLexer.VARIABLE : PhpLexer.RPAREN);
        }
        if (c instanceof PhpParser.ParamContext || c instanceof PhpParser.ParamsContext) {
            if (expected.contains(PhpLexer.VARIABLE)) return list(PhpLexer.VARIABLE);
            if (expected.contains(PhpLexer.RPAREN)) return list(PhpLexer.RPAREN);
        }
        if (c instanceof PhpParser.MatchExprContext && expected.contains(PhpLexer.RBRACE)) return list(PhpLexer.RBRACE);
        ParserRuleContext arr = c instanceof PhpParser.ArrayItemContext ? c.getParent() : c;
        if (arr instanceof PhpParser.ArrayItemsContext && arr.getParent() instanceof PhpParser.ArrayChainContext a) {
            return list(a.ARRAY() != null ? PhpLexer.RPAREN : PhpLexer.RBRACKET);
        }
        if ((c instanceof PhpParser.ArgumentsContext || c instanceof PhpParser.ArgumentContext) && expected.contains(PhpLexer.RPAREN)) {
            return list(PhpLexer.RPAREN);
        }
        boolean member = c instanceof PhpParser.MemberNameContext || c instanceof PhpParser.MemberChainContext
                || c instanceof PhpParser.NewVarPropContext;
        List<Integer> types = new ArrayList<>();
        boolean ident = false;
        for (int t : expected.toList()) {
            if (t == PhpLexer.ENUM) continue;
            if (t == PhpLexer.IDENTIFIER || isKeyword(t) && member) ident = true;
            else if (isKeyword(t) && expected.contains(PhpLexer.IDENTIFIER)) return "";
            else types.add(t);
        }
        if (ident) types.add(0, PhpLexer.IDENTIFIER);
        if (types.contains(PhpLexer.NAME_QUALIFIED)) return "";
        if (types.contains(PhpLexer.VARIABLE) && types.contains(PhpLexer.DOLLAR) && !types.contains(PhpLexer.LBRACE)) types.add(PhpLexer.LBRACE);
        if (types.contains(PhpLexer.COLON) && (types.contains(PhpLexer.LBRACE) || types.contains(PhpLexer.DOUBLE_ARROW))) {
            types.remove((Integer) PhpLexer.COLON);
        }
        if (types.isEmpty() || types.size() > 4) return "";
        types.sort((a, b) -> Integer.compare(rank(a), rank(b)));
        return list(types.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Approximates bison's symbol order: named tokens, then punctuation in order of first use. */
    private static final List<String> PHP_TOKEN_ORDER = List.of("include", "include_once", "eval", "require",
            "require_once", "or", "xor", "and", "print", "yield", "instanceof", "new", "clone", "exit", "if",
            "elseif", "else", "endif", "echo", "do", "while", "endwhile", "for", "endfor", "foreach", "endforeach",
            "declare", "enddeclare", "as", "switch", "endswitch", "case", "default", "match", "break", "continue",
            "goto", "function", "fn", "const", "return", "try", "catch", "finally", "throw", "use", "insteadof",
            "global", "static", "abstract", "final", "private", "protected", "public", "readonly", "var", "unset",
            "isset", "empty", "__halt_compiler", "class", "trait", "interface", "enum", "extends", "implements",
            "namespace", "list", "array", "callable", "->", "?->", "=>", "::", "\\", "...", "??", "**");

    private static int rank(int type) {
        String order = ",;{}()[]$`\"";
        String lit = PhpParser.VOCABULARY.getLiteralName(type);
        if (type == PhpLexer.IDENTIFIER) return 0;
        if (type == PhpLexer.VARIABLE) return 1;
        if (lit != null && PHP_TOKEN_ORDER.contains(lit.substring(1, lit.length() - 1))) {
            return 10 + PHP_TOKEN_ORDER.indexOf(lit.substring(1, lit.length() - 1));
        }
        if (lit != null && lit.length() == 3 && order.indexOf(lit.charAt(1)) >= 0) return 1000 + order.indexOf(lit.charAt(1));
        return 500 + type;
    }

    private static String list(int... types) {
        StringBuilder sb = new StringBuilder(", expecting ");
        for (int i = 0; i < types.length; i++) {
            if (i > 0) sb.append(" or ");
            sb.append(expectedName(types[i]));
        }
        return sb.toString();
    }
}
