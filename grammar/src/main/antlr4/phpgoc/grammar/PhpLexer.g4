/*
 * PHP 8.2 lexer. The context-dependent parts (inline HTML and open/close tags, comments that end
 * at "?>", double-quoted/backtick strings with nested "{$...}" parts, heredoc/nowdoc, and
 * __halt_compiler) are scanned by hand in PhpLexerBase; this file holds the regular tokens.
 * Whitespace goes to the hidden channel (not skipped) so that PhpLexerBase sees every token start.
 */
lexer grammar PhpLexer;

options { superClass = PhpLexerBase; caseInsensitive = true; }

tokens { INLINE_HTML, DQ_STRING, BACKTICK_STRING, HEREDOC, COMMENT, OPEN_TAG, UNTERMINATED }


WS : [ \t\r\n]+ -> channel(HIDDEN);

// casts
INT_CAST    : '(' [ \t]* ('int' | 'integer') [ \t]* ')';
BOOL_CAST   : '(' [ \t]* ('bool' | 'boolean') [ \t]* ')';
DOUBLE_CAST : '(' [ \t]* ('float' | 'double') [ \t]* ')';
REAL_CAST   : '(' [ \t]* 'real' [ \t]* ')';
STRING_CAST : '(' [ \t]* ('string' | 'binary') [ \t]* ')';
ARRAY_CAST  : '(' [ \t]* 'array' [ \t]* ')';
OBJECT_CAST : '(' [ \t]* 'object' [ \t]* ')';
UNSET_CAST  : '(' [ \t]* 'unset' [ \t]* ')';

// keywords (case-insensitive)
ABSTRACT: 'abstract'; AND: 'and'; ARRAY: 'array'; AS: 'as'; BREAK: 'break'; CALLABLE: 'callable';
CASE: 'case'; CATCH: 'catch'; CLASS: 'class'; CLONE: 'clone'; CONST: 'const'; CONTINUE: 'continue';
DECLARE: 'declare'; DEFAULT: 'default'; DO: 'do'; ECHO: 'echo'; ELSE: 'else'; ELSEIF: 'elseif';
EMPTY: 'empty'; ENDDECLARE: 'enddeclare'; ENDFOR: 'endfor'; ENDFOREACH: 'endforeach'; ENDIF: 'endif';
ENDSWITCH: 'endswitch'; ENDWHILE: 'endwhile'; ENUM: 'enum' {isEnumKeyword()}?; EVAL: 'eval';
EXIT: 'exit' | 'die'; EXTENDS: 'extends'; FINAL: 'final'; FINALLY: 'finally'; FN: 'fn'; FOR: 'for';
FOREACH: 'foreach'; FUNCTION: 'function'; GLOBAL: 'global'; GOTO: 'goto'; IF: 'if';
IMPLEMENTS: 'implements'; INCLUDE: 'include'; INCLUDE_ONCE: 'include_once'; INSTANCEOF: 'instanceof';
INSTEADOF: 'insteadof'; INTERFACE: 'interface'; ISSET: 'isset'; LIST: 'list'; MATCH: 'match';
NAMESPACE: 'namespace'; NEW: 'new'; OR: 'or'; PRINT: 'print'; PRIVATE: 'private';
PROTECTED: 'protected'; PUBLIC: 'public'; READONLY: 'readonly'; REQUIRE: 'require';
REQUIRE_ONCE: 'require_once'; RETURN: 'return'; STATIC: 'static'; SWITCH: 'switch'; THROW: 'throw';
TRAIT: 'trait'; TRY: 'try'; UNSET: 'unset'; USE: 'use'; VAR: 'var'; WHILE: 'while'; XOR: 'xor';
YIELD_FROM: 'yield' [ \t\r\n]+ 'from'; YIELD: 'yield'; HALT_COMPILER: '__halt_compiler';
MAGIC_CONST: '__line__' | '__file__' | '__dir__' | '__function__' | '__class__' | '__method__'
           | '__namespace__' | '__trait__';

// names and variables
NAME_RELATIVE  : 'namespace' ('\\' LABEL)+;
NAME_FQ        : ('\\' LABEL)+;
NAME_QUALIFIED : LABEL ('\\' LABEL)+;
IDENTIFIER     : LABEL;
VARIABLE       : '$' LABEL;

// numbers
FLOAT_NUM : DNUM EXPONENT? | LNUM EXPONENT;
HEX_NUM   : '0x' [0-9a-f]+ ('_' [0-9a-f]+)*;
BIN_NUM   : '0b' [01]+ ('_' [01]+)*;
OCT_NUM   : '0o' [0-7]+ ('_' [0-7]+)*;
INT_NUM   : LNUM;

SQ_STRING : '\'' (~['\\] | '\\' .)* '\'';

// operators and punctuation
ATTR_START: '#['; NULLSAFE_ARROW: '?->'; ELLIPSIS: '...'; DOUBLE_ARROW: '=>'; DOUBLE_COLON: '::';
ARROW: '->'; INC: '++'; DEC: '--'; POW_ASSIGN: '**='; POW: '**'; COALESCE_ASSIGN: '??=';
COALESCE: '??'; SPACESHIP: '<=>'; IDENTICAL: '==='; NOT_IDENTICAL: '!=='; EQ: '=='; NOT_EQ: '!=' | '<>';
LE: '<='; GE: '>='; SHL_ASSIGN: '<<='; SHR_ASSIGN: '>>='; SHL: '<<'; SHR: '>>'; BOOL_AND: '&&';
BOOL_OR: '||'; PLUS_ASSIGN: '+='; MINUS_ASSIGN: '-='; MUL_ASSIGN: '*='; DIV_ASSIGN: '/=';
CONCAT_ASSIGN: '.='; MOD_ASSIGN: '%='; AND_ASSIGN: '&='; OR_ASSIGN: '|='; XOR_ASSIGN: '^=';
SEMI: ';'; COLON: ':'; COMMA: ','; DOT: '.'; QUESTION: '?'; ASSIGN: '='; LT: '<'; GT: '>';
PLUS: '+'; MINUS: '-'; STAR: '*'; SLASH: '/'; PERCENT: '%'; AMP: '&'; PIPE: '|'; CARET: '^';
TILDE: '~'; BANG: '!'; AT: '@'; DOLLAR: '$'; NS_SEP: '\\'; LPAREN: '('; RPAREN: ')';
LBRACKET: '['; RBRACKET: ']'; LBRACE: '{'; RBRACE: '}';

BAD_CHAR: .;

fragment LABEL    : [a-z_\u0080-\u00ff] [a-z0-9_\u0080-\u00ff]*;
fragment LNUM     : [0-9]+ ('_' [0-9]+)*;
fragment DNUM     : LNUM? '.' LNUM | LNUM '.' LNUM?;
fragment EXPONENT : 'e' [+-]? LNUM;
