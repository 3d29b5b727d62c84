/*
 * PHP 8.2 parser. Expression precedence follows php's zend_language_parser.y: alternatives of
 * `expr` are listed from the tightest binding to the loosest. Assignments are "chain op expr"
 * primary alternatives (as php's "variable '=' expr"), so `!$a = f()` is `!($a = f())`.
 * Checks php makes after parsing (non-associative comparisons, nested ternaries, write context)
 * are done by phpgoc.parse.AstBuilder.
 */
parser grammar PhpParser;

options { tokenVocab = PhpLexer; }


file : statement* EOF;

standaloneExpr : expr EOF;

statement
    : attributes? functionDecl                                                   # FunctionStmt
    | attributes? classDecl                                                      # ClassStmt
    | block                                                                      # BlockStmt
    | IF '(' expr ')' statement elseIfClause* elseClause?                        # IfStmt
    | IF '(' expr ')' ':' statement* altElseIf* altElse? ENDIF ';'               # AltIfStmt
    | WHILE '(' expr ')' (statement | ':' statement* ENDWHILE ';')               # WhileStmt
    | DO statement WHILE '(' expr ')' ';'                                        # DoWhileStmt
    | FOR '(' exprList? ';' exprList? ';' exprList? ')'
          (statement | ':' statement* ENDFOR ';')                                # ForStmt
    | FOREACH '(' expr AS foreachTarget (DOUBLE_ARROW foreachTarget)? ')'
          (statement | ':' statement* ENDFOREACH ';')                            # ForeachStmt
    | SWITCH '(' expr ')' ('{' ';'? caseClause* '}' | ':' ';'? caseClause* ENDSWITCH ';') # SwitchStmt
    | BREAK expr? ';'                                                            # BreakStmt
    | CONTINUE expr? ';'                                                         # ContinueStmt
    | RETURN expr? ';'                                                           # ReturnStmt
    | GLOBAL simpleVar (',' simpleVar)* ';'                                      # GlobalStmt
    | STATIC staticVar (',' staticVar)* ';'                                      # StaticStmt
    | ECHO exprList ';'                                                          # EchoStmt
    | INLINE_HTML                                                                # InlineHtmlStmt
    | UNSET '(' chain (',' chain)* ','? ')' ';'                                  # UnsetStmt
    | DECLARE '(' declareItem (',' declareItem)* ')'
          (statement | ':' statement* ENDDECLARE ';' | ';')                      # DeclareStmt
    | TRY block catchClause* (FINALLY block)?                                    # TryStmt
    | GOTO identifier ';'                                                        # GotoStmt
    | identifier ':'                                                             # LabelStmt
    | NAMESPACE name? '{' statement* '}'                                         # NamespaceBlockStmt
    | NAMESPACE name ';'                                                         # NamespaceStmt
    | USE useKind? useItem (',' useItem)* ';'                                    # UseStmt
    | USE useKind? name NS_SEP '{' groupUseItem (',' groupUseItem)* ','? '}' ';' # GroupUseStmt
    | CONST constItem (',' constItem)* ';'                                       # ConstStmt
    | HALT_COMPILER '(' ')' ';'                                                  # HaltStmt
    | ';'                                                                        # EmptyStmt
    | expr ';'                                                                   # ExprStmt
    ;

block : '{' statement* '}';
elseIfClause : ELSEIF '(' expr ')' statement;
elseClause : ELSE statement;
altElseIf : ELSEIF '(' expr ')' ':' statement*;
altElse : ELSE ':' statement*;
foreachTarget : '&'? chain;
caseClause : (CASE expr | DEFAULT) (':' | ';') statement*;
staticVar : VARIABLE ('=' expr)?;
declareItem : identifier '=' expr;
catchClause : CATCH '(' name ('|' name)* VARIABLE? ')' block;
useKind : FUNCTION | CONST;
useItem : name (AS identifier)?;
groupUseItem : useKind? name (AS identifier)?;
constItem : identifierAny '=' expr;

functionDecl
    : FUNCTION '&'? identifier '(' params ')' (':' type)? block;

params : (param (',' param)* ','?)?;
param : attributes? memberModifier* type? '&'? ELLIPSIS? VARIABLE ('=' expr)?;

type
    : '?' typeAtom                                                               # NullableType
    | typeTerm ('|' typeTerm)*                                                   # UnionType
    ;
typeTerm
    : typeAtom ('&' typeAtom)*
    | '(' typeAtom ('&' typeAtom)+ ')'
    ;
typeAtom : name | ARRAY | CALLABLE | STATIC;

classDecl
    : classModifier* CLASS identifier (EXTENDS name)? (IMPLEMENTS nameList)? classBody  # ClassDeclClass
    | INTERFACE identifier (EXTENDS nameList)? classBody                               # InterfaceDecl
    | TRAIT identifier classBody                                                       # TraitDecl
    | ENUM identifier (':' type)? (IMPLEMENTS nameList)? classBody                     # EnumDecl
    ;
classModifier : ABSTRACT | FINAL | READONLY;
classBody : '{' member* '}';
nameList : name (',' name)*;

member
    : USE nameList (';' | '{' traitRule* '}')                                              # TraitUseMember
    | attributes? CASE identifierAny ('=' expr)? ';'                                        # EnumCaseMember
    | attributes? memberModifier* CONST type? constItem (',' constItem)* ';'                # ConstMember
    | attributes? memberModifier* FUNCTION '&'? identifierAny '(' params ')' (':' type)? (block | ';') # MethodMember
    | attributes? (memberModifier+ | VAR memberModifier*) type? propItem (',' propItem)* ';'  # PropertyMember
    ;
memberModifier : PUBLIC | PROTECTED | PRIVATE | STATIC | ABSTRACT | FINAL | READONLY;
propItem : VARIABLE ('=' expr)?;
traitRule
    : traitMethodRef INSTEADOF nameList ';'
    | traitMethodRef AS (memberModifier identifierAny? | identifierAny) ';'
    ;
traitMethodRef : (name '::')? identifierAny;

attributes : attributeGroup+;
attributeGroup : ATTR_START attribute (',' attribute)* ','? ']';
attribute : name arguments?;

exprList : expr (',' expr)*;

expr
    : chain                                                                      # ChainExpr
    | CLONE expr                                                                 # CloneExpr
    | newExpr                                                                    # NewExpression
    | <assoc=right> expr POW expr                                                # PowExpr
    | (INC | DEC) chain                                                          # PreIncExpr
    | chain (INC | DEC)                                                          # PostIncExpr
    | (PLUS | MINUS | TILDE | AT | INT_CAST | BOOL_CAST | DOUBLE_CAST | REAL_CAST
        | STRING_CAST | ARRAY_CAST | OBJECT_CAST | UNSET_CAST) expr              # UnaryExpr
    | expr INSTANCEOF classRef                                                   # InstanceofExpr
    | BANG expr                                                                  # NotExpr
    | expr (STAR | SLASH | PERCENT) expr                                         # BinaryExpr
    | expr (PLUS | MINUS) expr                                                   # BinaryExpr
    | expr (SHL | SHR) expr                                                      # BinaryExpr
    | expr DOT expr                                                              # BinaryExpr
    | expr (LT | LE | GT | GE) expr                                              # CompareExpr
    | expr (EQ | NOT_EQ | IDENTICAL | NOT_IDENTICAL | SPACESHIP) expr            # CompareExpr
    | expr AMP expr                                                              # BinaryExpr
    | expr CARET expr                                                            # BinaryExpr
    | expr PIPE expr                                                             # BinaryExpr
    | expr BOOL_AND expr                                                         # BinaryExpr
    | expr BOOL_OR expr                                                          # BinaryExpr
    | <assoc=right> expr COALESCE expr                                           # BinaryExpr
    | expr QUESTION expr? COLON expr                                             # TernaryExpr
    | chain ASSIGN AMP chain                                                     # AssignRefExpr
    | chain ASSIGN AMP newExpr                                                   # AssignRefNewExpr
    | chain assignOp expr                                                        # AssignExpr
    | YIELD_FROM expr                                                            # YieldFromExpr
    | YIELD expr DOUBLE_ARROW expr                                               # YieldPairExpr
    | YIELD expr                                                                 # YieldValueExpr
    | YIELD                                                                      # YieldEmptyExpr
    | PRINT expr                                                                 # PrintExpr
    | expr AND expr                                                              # BinaryExpr
    | expr XOR expr                                                              # BinaryExpr
    | expr OR expr                                                               # BinaryExpr
    | (INCLUDE | INCLUDE_ONCE | REQUIRE | REQUIRE_ONCE) expr                      # IncludeExpr
    | THROW expr                                                                 # ThrowExpr
    | attributes? STATIC? FN '&'? '(' params ')' (':' type)? DOUBLE_ARROW expr   # ArrowFnExpr
    | attributes? STATIC? FUNCTION '&'? '(' params ')'
          (USE '(' closureUse (',' closureUse)* ','? ')')? (':' type)? block     # ClosureExpr
    | MATCH '(' expr ')' '{' (matchArm (',' matchArm)* ','?)? '}'                # MatchExpr
    | ISSET '(' expr (',' expr)* ','? ')'                                        # IssetExpr
    | EMPTY '(' expr ')'                                                         # EmptyExpr
    | EXIT ('(' expr? ')')?                                                      # ExitExpr
    | EVAL '(' expr ')'                                                          # EvalExpr
    | (INT_NUM | HEX_NUM | BIN_NUM | OCT_NUM)                                    # IntExpr
    | FLOAT_NUM                                                                  # FloatExpr
    | MAGIC_CONST                                                                # MagicExpr
    | BACKTICK_STRING                                                            # ShellExpr
    ;

assignOp
    : ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | MUL_ASSIGN | DIV_ASSIGN | CONCAT_ASSIGN | MOD_ASSIGN
    | POW_ASSIGN | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | COALESCE_ASSIGN
    ;

closureUse : '&'? VARIABLE;
matchArm : (DEFAULT | expr (',' expr)*) ','? DOUBLE_ARROW expr;

newExpr
    : NEW attributes? CLASS arguments? (EXTENDS name)? (IMPLEMENTS nameList)? classBody  # NewAnonClass
    | NEW classRef arguments?                                                     # NewClass
    ;

classRef
    : name                                                                       # NameClassRef
    | STATIC                                                                     # StaticClassRef
    | '(' expr ')'                                                               # ExprClassRef
    | newVariable                                                                # VarClassRef
    ;

newVariable
    : simpleVar                                                                  # NewVarSimple
    | name DOUBLE_COLON simpleVar                                                # NewVarStaticProp
    | STATIC DOUBLE_COLON simpleVar                                              # NewVarStaticPropStatic
    | newVariable '[' expr? ']'                                                  # NewVarDim
    | newVariable (ARROW | NULLSAFE_ARROW) memberName                            # NewVarProp
    | newVariable DOUBLE_COLON simpleVar                                         # NewVarStaticPropVar
    ;

simpleVar
    : VARIABLE                                                                   # PlainVar
    | DOLLAR simpleVar                                                           # VarVar
    | DOLLAR '{' expr '}'                                                        # VarVarExpr
    ;

chain
    : chain '[' expr? ']'                                                        # DimChain
    | chain '{' expr '}'                                                         # CurlyDimChain
    | chain (ARROW | NULLSAFE_ARROW) memberName                                  # MemberChain
    | chain DOUBLE_COLON staticMember                                            # StaticChain
    | chain arguments                                                            # CallChain
    | simpleVar                                                                  # VarChain
    | '(' expr ')'                                                               # ParenChain
    | name                                                                       # NameChain
    | STATIC DOUBLE_COLON staticMember                                           # StaticKwChain
    | (ARRAY '(' arrayItems ')' | '[' arrayItems ']')                            # ArrayChain
    | LIST '(' arrayItems ')'                                                    # ListChain
    | (SQ_STRING | DQ_STRING | HEREDOC)                                          # StringChain
    ;

memberName : identifierAny | simpleVar | '{' expr '}';
staticMember : simpleVar | identifierAny | '{' expr '}';

arguments
    : '(' ELLIPSIS ')'
    | '(' (argument (',' argument)* ','?)? ')'
    ;
argument : ELLIPSIS expr | identifierAny ':' expr | expr;

arrayItems : arrayItem? (',' arrayItem?)*;
arrayItem
    : ELLIPSIS expr
    | expr DOUBLE_ARROW '&' chain
    | expr DOUBLE_ARROW expr
    | '&' chain
    | expr
    ;

name : IDENTIFIER | NAME_QUALIFIED | NAME_FQ | NAME_RELATIVE | ENUM;
identifier : IDENTIFIER | ENUM;
identifierAny : IDENTIFIER | ABSTRACT | AND | ARRAY | AS | BREAK | CALLABLE | CASE | CATCH | CLASS | CLONE | CONST | CONTINUE | DECLARE | DEFAULT | DO | ECHO | ELSE | ELSEIF | EMPTY | ENDDECLARE | ENDFOR | ENDFOREACH | ENDIF | ENDSWITCH | ENDWHILE | ENUM | EVAL | EXIT | EXTENDS | FINAL | FINALLY | FN | FOR | FOREACH | FUNCTION | GLOBAL | GOTO | IF | IMPLEMENTS | INCLUDE | INCLUDE_ONCE | INSTANCEOF | INSTEADOF | INTERFACE | ISSET | LIST | MATCH | NAMESPACE | NEW | OR | PRINT | PRIVATE | PROTECTED | PUBLIC | READONLY | REQUIRE | REQUIRE_ONCE | RETURN | STATIC | SWITCH | THROW | TRAIT | TRY | UNSET | USE | VAR | WHILE | XOR | YIELD | HALT_COMPILER | MAGIC_CONST;
