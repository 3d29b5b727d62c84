/**
 * The AST: records under the sealed interfaces {@link phpgoc.ast.Expr} and
 * {@link phpgoc.ast.Stmt}. Built by {@code parse.AstBuilder} directly from the parse tree;
 * nothing in it refers to ANTLR. Names are as written (not yet resolved against namespaces or
 * {@code use}); string literals are already unescaped byte strings.
 */
package phpgoc.ast;
