/*
 * The WIT text format (component-model WIT.md): lexer and parser.
 *
 * The parser rules are kept LL(1) wherever the language allows, so that a syntax error is reported
 * at the first token that cannot continue the input, with the set of tokens that could have.
 * Checks that need the text of a token (attribute names, semver, identifier spelling, where a
 * nested package may stand) are done by WitAstBuilder, not here.
 */
grammar Wit;

/** Set by BLOCK_COMMENT's action on a comment that never ends; no rule matches it. */
tokens { UNTERMINATED_COMMENT }

@lexer::members {
  /**
   * Consumes the rest of a block comment after its opening slash-star, honouring nesting, in a
   * loop (a recursive lexer rule would be slow and unbounded). An unterminated comment becomes
   * an UNTERMINATED_COMMENT token that runs to the end of the input.
   */
  private void consumeNestedComment() {
    int depth = 1;
    while (depth > 0) {
      int c = _input.LA(1);
      if (c == EOF) {
        setType(WitParser.UNTERMINATED_COMMENT);
        return;
      }
      _input.consume();
      if (c == '/' && _input.LA(1) == '*') {
        _input.consume();
        depth++;
      } else if (c == '*' && _input.LA(1) == '/') {
        _input.consume();
        depth--;
      }
    }
  }
}

// ---------------------------------------------------------------- files and packages

witFile : fileItem* EOF ;

/** A package item, or `package p;` / `package p { … }` (WitAstBuilder checks where each may stand). */
fileItem
    : PACKAGE packageName (';' | '{' fileItem* '}')   # packageFileItem
    | packageItem                                     # plainFileItem
    ;

packageName : id ':' id version? ;

version : '@' VERSION ;

packageItem : attribute* (toplevelUse | interfaceDecl | worldDecl) ;

toplevelUse : USE usePath (AS id)? ';' ;

usePath : id (':' id '/' id version?)? ;

// ---------------------------------------------------------------- attributes

attribute : '@' id '(' attributeArgument ')' ;

attributeArgument
    : id '=' (VERSION | id)   # namedAttributeArgument
    | STRING_LITERAL          # stringAttributeArgument
    ;

// ---------------------------------------------------------------- interfaces

interfaceDecl : INTERFACE id '{' interfaceMember* '}' ;

interfaceMember : attribute* (useItem | typedefItem | funcItem) ;

useItem : USE usePath '.' '{' (useName (',' useName)* ','?)? '}' ';' ;

useName : id (AS id)? ;

funcItem : memberName ':' funcType ';' ;

funcType : ASYNC? FUNC paramList ('->' ty)? ;

paramList : '(' (param (',' param)* ','?)? ')' ;

param : memberName ':' ty ;

// ---------------------------------------------------------------- worlds

worldDecl : WORLD id '{' worldMember* '}' ;

worldMember : attribute* (importItem | exportItem | useItem | typedefItem | includeItem) ;

importItem : IMPORT externItem ;

exportItem : EXPORT externItem ;

/**
 * What follows `import`/`export`, left-factored to stay LL(1): `name;` (an interface in scope),
 * `ns:pkg/name@v;`, or `name: func…;` / `name: interface {…}` / `name: path;`.
 */
externItem : id (';' | ':' externTail) ;

externTail
    : funcType ';'                                    # funcExtern
    | INTERFACE '{' interfaceMember* '}'              # inlineInterfaceExtern
    | id (':' id)? ('/' id version?)? ';'             # pathExtern
    ;

includeItem : INCLUDE usePath (WITH '{' includeName (',' includeName)* ','? '}' | ';') ;

includeName : id AS id ;

// ---------------------------------------------------------------- type definitions

typedefItem : resourceItem | variantItem | recordItem | flagsItem | enumItem | typeAlias ;

resourceItem : RESOURCE id (';' | '{' resourceMember* '}') ;

resourceMember : attribute* (constructorItem | resourceFuncItem) ;

constructorItem : CONSTRUCTOR paramList ('->' ty)? ';' ;

resourceFuncItem : memberName ':' STATIC? funcType ';' ;

recordItem : RECORD id '{' (field (',' field)* ','?)? '}' ;

field : memberName ':' ty ;

flagsItem : FLAGS id '{' (namedCase (',' namedCase)* ','?)? '}' ;

enumItem : ENUM id '{' (namedCase (',' namedCase)* ','?)? '}' ;

namedCase : memberName ;

variantItem : VARIANT id '{' (variantCase (',' variantCase)* ','?)? '}' ;

variantCase : memberName ('(' ty ')')? ;

typeAlias : TYPE id '=' ty ';' ;

// ---------------------------------------------------------------- types

ty
    : (U8 | U16 | U32 | U64 | S8 | S16 | S32 | S64 | F32 | F64 | CHAR | BOOL | STRING | ERROR_CONTEXT) # primitiveType
    | TUPLE '<' (ty (',' ty)* ','?)? '>'                                     # tupleType
    | LIST '<' ty (',' INTEGER)? '>'                                         # listType
    | MAP '<' ty ',' ty '>'                                                  # mapType
    | OPTION '<' ty '>'                                                      # optionType
    | RESULT ('<' (UNDERSCORE ',' ty | ty (',' ty)?) '>')?                   # resultType
    | FUTURE ('<' ty '>')?                                                   # futureType
    | STREAM ('<' ty '>')?                                                   # streamType
    | OWN '<' id '>'                                                         # ownType
    | BORROW '<' id '>'                                                      # borrowType
    | id                                                                     # namedType
    | (itemKeyword | otherKeyword | ASYNC | CONSTRUCTOR)                      # keywordType
    ;

id : ID | EXPLICIT_ID ;

/*
 * Names of members (fields, cases, parameters) and of functions also accept keywords, which WIT
 * forbids there, and so does a type (keywordType): WitAstBuilder reports each as one error and
 * parsing goes on with the next member, where a syntax error here would cascade through the rest
 * of the item. A function named like the keyword that starts another member (`type: func()` next
 * to `type t = u32;`, `constructor: func()` next to `constructor(...)`) is told apart by the `:`.
 */
memberName : id | typeKeyword | itemKeyword | otherKeyword | ASYNC | CONSTRUCTOR ;

typeKeyword
    : BOOL | BORROW | CHAR | ERROR_CONTEXT | F32 | F64 | FUTURE | LIST | MAP | OPTION | OWN
    | RESULT | S8 | S16 | S32 | S64 | STREAM | STRING | TUPLE | U8 | U16 | U32 | U64
    ;

itemKeyword : ENUM | FLAGS | RECORD | RESOURCE | TYPE | USE | VARIANT ;

otherKeyword : AS | EXPORT | FROM | FUNC | IMPORT | INCLUDE | INTERFACE | PACKAGE | STATIC | WITH | WORLD ;

// ---------------------------------------------------------------- lexer

AS : 'as' ;
ASYNC : 'async' ;
BOOL : 'bool' ;
BORROW : 'borrow' ;
CHAR : 'char' ;
CONSTRUCTOR : 'constructor' ;
ENUM : 'enum' ;
ERROR_CONTEXT : 'error-context' ;
EXPORT : 'export' ;
F32 : 'f32' ;
F64 : 'f64' ;
FLAGS : 'flags' ;
FROM : 'from' ;
FUNC : 'func' ;
FUTURE : 'future' ;
IMPORT : 'import' ;
INCLUDE : 'include' ;
INTERFACE : 'interface' ;
LIST : 'list' ;
MAP : 'map' ;
OPTION : 'option' ;
OWN : 'own' ;
PACKAGE : 'package' ;
RECORD : 'record' ;
RESOURCE : 'resource' ;
RESULT : 'result' ;
S16 : 's16' ;
S32 : 's32' ;
S64 : 's64' ;
S8 : 's8' ;
STATIC : 'static' ;
STREAM : 'stream' ;
STRING : 'string' ;
TUPLE : 'tuple' ;
TYPE : 'type' ;
U16 : 'u16' ;
U32 : 'u32' ;
U64 : 'u64' ;
U8 : 'u8' ;
USE : 'use' ;
VARIANT : 'variant' ;
WITH : 'with' ;
WORLD : 'world' ;
UNDERSCORE : '_' ;

EQUALS : '=' ;
COMMA : ',' ;
COLON : ':' ;
SEMICOLON : ';' ;
LPAREN : '(' ;
RPAREN : ')' ;
LBRACE : '{' ;
RBRACE : '}' ;
LT : '<' ;
GT : '>' ;
STAR : '*' ;
ARROW : '->' ;
SLASH : '/' ;
DOT : '.' ;
AT : '@' ;

/** `x.y.z` with optional pre-release and build metadata; WitAstBuilder checks the semver rules. */
VERSION : DIGIT+ '.' DIGIT+ '.' DIGIT+ ('-' SEMVER_PART ('.' SEMVER_PART)*)? ('+' SEMVER_PART ('.' SEMVER_PART)*)? ;

INTEGER : DIGIT+ ;

/** Lexed broadly (as the reference lexer does); WitAstBuilder checks the kebab-case rules. */
ID : ID_START ID_CONTINUE* ;

EXPLICIT_ID : '%' ID_CONTINUE* ;

STRING_LITERAL : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;

WHITESPACE : [ \t\r\n\uFEFF]+ -> channel(HIDDEN) ;

LINE_COMMENT : '//' ~[\n]* -> channel(HIDDEN) ;

BLOCK_COMMENT : '/*' { consumeNestedComment(); } -> channel(HIDDEN) ;

UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* -> channel(HIDDEN) ;

/** Any other character: reported by WitSyntax as a lexical error. */
INVALID_CHARACTER : . -> channel(HIDDEN) ;

fragment DIGIT : [0-9] ;
fragment SEMVER_PART : [0-9A-Za-z-]+ ;
fragment ID_START : [a-zA-Z_\u0080-\uFEFE\uFF00-\uFFFF-] ;
fragment ID_CONTINUE : [a-zA-Z0-9_\u0080-\uFEFE\uFF00-\uFFFF-] ;
