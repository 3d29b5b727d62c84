/**
 * The ANTLR-generated PHP 8.2 lexer and parser ({@code PhpLexer}, {@code PhpParser}) and the
 * hand-written lexer half {@link phpgoc.grammar.PhpLexerBase}. Used only by {@code phpgoc.parse}.
 */
package phpgoc.grammar;
