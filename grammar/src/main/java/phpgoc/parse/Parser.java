package phpgoc.parse;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.NoViableAltException;
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
        final RecognitionException cause;
        boolean afterExpr;

        SyntaxFailure(Token token, IntervalSet expected, ParserRuleContext ctx, RecognitionException cause) {
            super(null, null, false, false);
            this.token = token;
            this.expected = expected;
            this.ctx = ctx;
            this.cause = cause;
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
            throw new SyntaxFailure((Token) offending, exp, ctx, e);
        }
    };

    /** A file's AST and the compile-time diagnostics php prints for it: lexical ones first, then in source order. */
    public record Parsed(List<Stmt> stmts, List<Diagnostic> diagnostics, java.util.Map<Long, String> docComments) {
        public Parsed(List<Stmt> stmts, List<Diagnostic> diagnostics) { this(stmts, diagnostics, java.util.Map.of()); }

        /** The doc comment of the declaration whose span starts at {@code line}:{@code col}, or null. */
        public String docComment(int line, int col) { return docComments.get(DocComments.key(line, col)); }
    }

    public static List<Stmt> parse(String source, String file) throws ParseError {
        return parseWithDiagnostics(source, file).stmts();
    }

    /** As {@link #parse}, keeping the warnings and deprecations php prints while compiling the file. */
    public static Parsed parseWithDiagnostics(String source, String file) throws ParseError {
        try {
            return parseOnThisThread(source, file);
        } catch (StackOverflowError deep) {
            return parseOnBigStack(source, file);
        }
    }

    /** Very deeply nested source: parse again on a thread with a large stack. */
    private static Parsed parseOnBigStack(String source, String file) throws ParseError {
        Object[] result = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = parseOnThisThread(source, file);
            } catch (ParseError | RuntimeException | StackOverflowError e) {
                result[0] = e;
            }
        }, "phpgoc-parse", 1L << 30);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (result[0] instanceof ParseError e) throw e;
        if (result[0] instanceof RuntimeException e) throw e;
        if (result[0] instanceof StackOverflowError e) throw e;
        return (Parsed) result[0];
    }

    private static Parsed parseOnThisThread(String source, String file) throws ParseError {
        PhpLexer lexer = new PhpLexer(CharStreams.fromString(source, file));
        lexer.removeErrorListeners();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        tokens.fill();
        PhpParser parser = newParser(tokens);
        PhpParser.FileContext tree = parseFile(parser, tokens, lexer);
        List<Diagnostic> diagnostics = new ArrayList<>();
        AstBuilder b = new AstBuilder(file, lexer.haltOffset(), (src, line) -> parseEmbedded(src, file, line, diagnostics), diagnostics);
        List<Stmt> stmts;
        try {
            stmts = b.file(tree);
        } catch (BuildFailure f) {
            throw f.error;
        }
        List<Diagnostic> ordered = new ArrayList<>(diagnostics.size());
        for (Diagnostic d : diagnostics) if (d.lexical()) ordered.add(d);
        for (Diagnostic d : diagnostics) if (!d.lexical()) ordered.add(d);
        return new Parsed(stmts, List.copyOf(ordered), DocComments.of(tokens.getTokens()));
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
        } catch (SyntaxFailure f0) {
            SyntaxFailure f = refine(f0, tokens, 0);
            Token t = f.token;
            int at = t.getType() == Token.EOF ? Integer.MAX_VALUE - 1 : t.getStartIndex();
            if (lexMsg != null && lexAt <= at) throw ParseError.syntax(lexMsg, lexLine);
            if (lexMsg != null && SyntaxErrors.isKeyword(t.getType())) {
                // php's LR parser shifts a keyword like "else" that ANTLR's prediction already rejected
                Token next = tokens.get(nextDefault(tokens, t.getTokenIndex() + 1));
                if (next.getStartIndex() == lexAt) throw ParseError.syntax(lexMsg, lexLine);
            }
            int line = t.getLine() + (t.getType() == PhpLexer.HEREDOC ? 1 : 0);
            String msg = "syntax error, unexpected " + SyntaxErrors.describe(t) + SyntaxErrors.expecting(f.expected, f.ctx, t, f.afterExpr,
                    f.cause instanceof NoViableAltException nv ? nv.getStartToken() : null, previous(tokens, t));
            throw ParseError.syntax(msg, line);
        }
    }

    /**
     * A prediction failure reported where the decision started (an expression statement whose
     * chain needs unbounded lookahead) says little; re-parse the chain, then what follows an
     * assignment operator, from there to find the construct the offending token broke.
     */
    private static SyntaxFailure refine(SyntaxFailure f, CommonTokenStream tokens, int depth) {
        if (depth > 8 || !(f.cause instanceof NoViableAltException nv)) return f;
        int k = f.token.getTokenIndex();
        int start = nv.getStartToken().getTokenIndex();
        if (start >= k) return f;
        PhpParser p = newParser(tokens);
        p.addErrorListener(THROWING);
        p.getInterpreter().setPredictionMode(PredictionMode.LL);
        tokens.seek(start);
        try {
            p.chain();
        } catch (SyntaxFailure g) {
            return g.token.getTokenIndex() == k ? refine(g, tokens, depth + 1) : f;
        }
        int j = tokens.index();
        if (j == k) {
            f.afterExpr = true;
            return f;
        }
        int ty = tokens.get(j).getType();
        if (ty == PhpLexer.INC || ty == PhpLexer.DEC) {
            f.afterExpr = j + 1 >= k;
            return f;
        }
        j++;
        if (ty == PhpLexer.ASSIGN && tokens.get(nextDefault(tokens, j)).getType() == PhpLexer.AMP) j = nextDefault(tokens, j) + 1;
        j = nextDefault(tokens, j);
        if (j > k) return f;
        PhpParser q = newParser(tokens);
        q.addErrorListener(THROWING);
        q.getInterpreter().setPredictionMode(PredictionMode.LL);
        tokens.seek(j);
        try {
            q.expr();
        } catch (SyntaxFailure g) {
            if (g.token.getTokenIndex() != k) return f;
            SyntaxFailure r = refine(g, tokens, depth + 1);
            if (r == g && !(g.cause instanceof NoViableAltException)) return g;
            return r;
        }
        if (tokens.index() == k) f.afterExpr = true;
        return f;
    }

    private static Token previous(CommonTokenStream tokens, Token t) {
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            if (tokens.get(i).getChannel() == Token.DEFAULT_CHANNEL) return tokens.get(i);
        }
        return null;
    }

    private static int nextDefault(CommonTokenStream tokens, int i) {
        while (i < tokens.size() - 1 && tokens.get(i).getChannel() != Token.DEFAULT_CHANNEL) i++;
        return i;
    }

    /** Parses an expression embedded in a string ("{$a->b}") whose source starts on {@code line}. */
    private static Expr parseEmbedded(String src, String file, int line, List<Diagnostic> diagnostics) {
        String padded = "\n".repeat(Math.max(0, line - 1)) + src;
        PhpLexer lexer = new PhpLexer(CharStreams.fromString(padded, file));
        lexer.removeErrorListeners();
        lexer.startInPhp();
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        PhpParser parser = newParser(tokens);
        parser.addErrorListener(THROWING);
        try {
            PhpParser.StandaloneExprContext tree = parser.standaloneExpr();
            AstBuilder b = new AstBuilder(file, -1, (s, l) -> parseEmbedded(s, file, l, diagnostics), diagnostics);
            return b.ex.expr(tree.expr());
        } catch (SyntaxFailure f) {
            throw new BuildFailure(ParseError.syntax("syntax error, unexpected " + SyntaxErrors.describe(f.token), f.token.getLine()));
        }
    }
}
