/**
 * The parse phase: {@link phpgoc.parse.Parser#parse} turns PHP source into the AST of
 * {@code phpgoc.ast} or throws a {@link phpgoc.parse.ParseError} worded as php words it. After this
 * phase: the source was syntactically valid PHP 8.2; php's purely syntactic compile-time checks
 * (non-associative comparisons, unparenthesized nested ternaries, {@code $this} re-assignment,
 * write-context and {@code []}-for-reading checks, removed casts) have passed; string literals are
 * unescaped byte strings and heredoc indentation is removed; {@code [..] = } targets are ListExpr;
 * {@code __LINE__} is an IntLit. The ANTLR parse tree never leaves this package.
 */
package phpgoc.parse;
