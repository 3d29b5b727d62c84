package phpgoc.parse;

import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import phpgoc.ast.Expr;
import phpgoc.ast.Stmt;
import phpgoc.grammar.PhpLexer;
import phpgoc.grammar.PhpLexerBase;
import phpgoc.grammar.PhpParser;

/**
 * The front end's entry point: PHP source (a byte string, one char per byte) to AST. Parses with
 * SLL prediction first and falls back to full LL only when SLL fails; errors are reported in php's
 * words (see {@link SyntaxErrors}).
 */
public final class Parser {
    private Parser() {}

    /** The first syntax error, as ANTLR saw it. */
    private static final class SyntaxFailure extends RuntimeException {
        final Token token;
        final IntervalSet expected;
        final ParserRuleContext ctx;

        SyntaxFailure(Token token, IntervalSet expected, ParserRuleContext ctx) {
            super(null, null, false, false);
            this.token = token;
            this.expected = expected;
            this.ctx = ctx;
        }
    }

    private static final BaseErrorListener THROWING = new BaseErrorListener() {
        @Override
        public void syntaxError(Recognizer<?, ?> r, Object offending, int line, int col, String msg, RecognitionException e) {
            PhpParser p = (PhpParser) r;
            IntervalSet exp;
            try {
                exp = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens() : p.getExpectedTokens();
            } catch (RuntimeException ex) {
                exp = new IntervalSet();
            }
            ParserRuleContext ctx = e != null && e.getCtx() instanceof ParserRuleContext c ? c : p.getContext();
            throw new SyntaxFailure((Token) offending, exp, ctx);
        }
    };

    public static List<Stmt> parse(String source, String file) throws ParseError {
        PhpLexer lexer = new PhpLexer(CharStreams.fromString(source, file));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        PhpParser parser = newParser(tokens);
        PhpParser.FileContext tree = parseFile(parser, tokens, lexer);
        AstBuilder b = new AstBuilder(file, lexer.haltOffset(), (src, line) -> parseEmbedded(src, file, line));
        try {
            return b.file(tree);
        } catch (BuildFailure f) {
            throw f.error;
        }
    }

    private static PhpParser newParser(CommonTokenStream tokens) {
        PhpParser parser = new PhpParser(tokens);
        parser.removeErrorListeners();
        return parser;
    }

    private static PhpParser.FileContext parseFile(PhpParser parser, CommonTokenStream tokens, PhpLexer lexer) throws ParseError {
        List<PhpLexerBase.LexError> lexErrors = lexer.lexErrors();
        SyntaxErrors.Nesting nesting = SyntaxErrors.checkNesting(tokens.getTokens());
        int lexAt = Integer.MAX_VALUE;
        String lexMsg = null;
        int lexLine = 0;
        for (PhpLexerBase.LexError e : lexErrors) {
            if (e.charIndex() < lexAt) { lexAt = e.charIndex(); lexMsg = e.message(); lexLine = e.line(); }
        }
        if (nesting != null && nesting.charIndex() < lexAt) { lexAt = nesting.charIndex(); lexMsg = nesting.message(); lexLine = nesting.line(); }
        if (lexMsg == null) {
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.setErrorHandler(new BailErrorStrategy());
            try {
                return parser.file();
            } catch (ParseCancellationException ignored) {
                tokens.seek(0);
                parser.reset();
            }
        }
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(new DefaultErrorStrategy());
        parser.addErrorListener(THROWING);
        try {
            PhpParser.FileContext tree = parser.file();
            if (lexMsg != null) throw ParseError.syntax(lexMsg, lexLine);
            return tree;
        } catch (SyntaxFailure f) {
            Token t = f.token;
            int at = t.getType() == Token.EOF ? Integer.MAX_VALUE - 1 : t.getStartIndex();
            if (lexMsg != null && lexAt <= at) throw ParseError.syntax(lexMsg, lexLine);
            int line = t.getLine() + (t.getType() == PhpLexer.HEREDOC ? 1 : 0);
            String msg = "syntax error, unexpected " + SyntaxErrors.describe(t) + SyntaxErrors.expecting(f.expected, f.ctx, t);
            throw ParseError.syntax(msg, line);
        }
    }

    /** Parses an expression embedded in a string ("{$a->b}") whose source starts on {@code line}. */
    private static Expr parseEmbedded(String src, String file, int line) {
        String padded = "\n".repeat(Math.max(0, line - 1)) + src;
        PhpLexer lexer = new PhpLexer(CharStreams.fromString(padded, file));
        lexer.removeErrorListeners();
        lexer.startInPhp();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        PhpParser parser = newParser(tokens);
        parser.addErrorListener(THROWING);
        try {
            PhpParser.StandaloneExprContext tree = parser.standaloneExpr();
            AstBuilder b = new AstBuilder(file, -1, (s, l) -> parseEmbedded(s, file, l));
            return b.ex.expr(tree.expr());
        } catch (SyntaxFailure f) {
            throw new BuildFailure(ParseError.syntax("syntax error, unexpected " + SyntaxErrors.describe(f.token), f.token.getLine()));
        }
    }
}
