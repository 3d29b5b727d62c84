package phpgoc.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected messages are what {@code php -n -l} (PHP 8.2) prints for the same source. */
class ParseErrorTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
        <?php\\necho 1\\necho 2;                 | Parse error: syntax error, unexpected token "echo", expecting "," or ";" | 3
        <?php\\n$a = 1\\n$b = 2;                 | Parse error: syntax error, unexpected variable "$b" | 3
        <?php\\nfoo()\\nbar();                   | Parse error: syntax error, unexpected identifier "bar" | 3
        <?php\\nif ($a) {\\n echo 1;\\n          | Parse error: Unclosed '{' on line 2 | 4
        <?php\\n}\\n                             | Parse error: Unmatched '}' | 2
        <?php\\nfoo(1;                           | Parse error: syntax error, unexpected token ";", expecting ")" | 2
        <?php\\n$a = [1, 2);                     | Parse error: Unclosed '[' does not match ')' | 2
        <?php\\n$a = "abc" "def";                | Parse error: syntax error, unexpected double-quoted string "def" | 2
        <?php\\n$a = 'abc' 'def';                | Parse error: syntax error, unexpected single-quoted string "def" | 2
        <?php\\n$a = 1 2;                        | Parse error: syntax error, unexpected integer "2" | 2
        <?php\\n$a = A\\\\B C;                   | Parse error: syntax error, unexpected identifier "C" | 2
        <?php\\n$x = 1 < 2 < 3;                  | Parse error: syntax error, unexpected token "<" | 2
        <?php\\n$x = 1 ? 2 : 3 ? 4 : 5;          | Fatal error: Unparenthesized `a ? b : c ? d : e` is not supported. Use either `(a ? b : c) ? d : e` or `a ? b : (c ? d : e)` | 2
        <?php\\n$x = (real)$a;                   | Parse error: The (real) cast has been removed, use (float) instead | 2
        <?php\\n$x = (unset)$a;                  | Fatal error: The (unset) cast is no longer supported | 2
        <?php\\n$x = $a{0};                      | Fatal error: Array and string offset access syntax with curly braces is no longer supported | 2
        <?php\\n$x = 0x;                         | Parse error: syntax error, unexpected identifier "x" | 2
        <?php\\n$x = 09;                         | Parse error: Invalid numeric literal | 2
        <?php\\nfunction f( { }                  | Parse error: syntax error, unexpected token "{", expecting variable | 2
        <?php\\n$a = 1 <<<EOT\\nabc\\nEOT;\\n    | Parse error: syntax error, unexpected heredoc start "<<<EOT" | 3
        <?php\\n$a = ;                           | Parse error: syntax error, unexpected token ";" | 2
        <?php\\nclass { }                        | Parse error: syntax error, unexpected token "{", expecting identifier | 2
        <?php\\nclass A { public function }      | Parse error: syntax error, unexpected token "}" | 2
        <?php\\n$a = "abc                        | Parse error: syntax error, unexpected end of file, expecting variable or "${" or "{$" | 2
        <?php\\n$a = 'abc                        | Parse error: syntax error, unexpected string content "abc" | 2
        <?php\\n/* abc                           | Parse error: Unterminated comment starting line 2 | 2
        <?php\\n[] = 1;                          | Fatal error: Cannot use empty list | 2
        <?php\\n$this = 1;                       | Fatal error: Cannot re-assign $this | 2
        <?php\\n$a = f(1,,2);                    | Parse error: syntax error, unexpected token ",", expecting ")" | 2
        <?php\\nwhile (1) { echo 1 }             | Parse error: syntax error, unexpected token "}", expecting "," or ";" | 2
        <?php\\nfor ($i = 0; $i < 3 $i++) {}     | Parse error: syntax error, unexpected variable "$i", expecting ";" | 2
        <?php\\nfunction () {}                   | Parse error: syntax error, unexpected end of file | 2
        <?php\\nif (1) echo 1; else echo 2; else echo 3; | Parse error: syntax error, unexpected token "else", expecting end of file | 2
        <?php\\n$a->;                            | Parse error: syntax error, unexpected token ";", expecting identifier or variable or "{" or "$" | 2
        <?php\\n1 = 2;                           | Parse error: syntax error, unexpected token "=" | 2
        <?php\\n$a = 1 + $b[;                    | Parse error: syntax error, unexpected token ";", expecting "]" | 2
        <?php\\nclass A { abc }                  | Parse error: syntax error, unexpected identifier "abc", expecting "function" or "const" | 2
        <?php\\nnew A()->b();                    | Parse error: syntax error, unexpected token "->" | 2
        <?php\\n$x = <<<EOT\\n  a\\n b\\n  EOT;\\n | Parse error: Invalid body indentation level (expecting an indentation level of at least 2) | 4
        <?php\\nfunction f() {\\n  return 1\\n}  | Parse error: syntax error, unexpected token "}", expecting ";" | 4
        <?php\\nclass A extends {}               | Parse error: syntax error, unexpected token "{" | 2
        <?php\\n$o->m(1, 2;                      | Parse error: syntax error, unexpected token ";", expecting ")" | 2
        <?php\\n$a = match($x) { 1 => 2 3 => 4 }; | Parse error: syntax error, unexpected integer "3", expecting "}" | 2
        <?php\\n$$;                              | Parse error: syntax error, unexpected token ";", expecting variable or "{" or "$" | 2
        <?php\\nnamespace A B;                   | Parse error: syntax error, unexpected identifier "B", expecting "{" | 2
        <?php\\nuse A B;                         | Parse error: syntax error, unexpected identifier "B", expecting "," or ";" | 2
        <?php\\nclass A { public function f() }  | Parse error: syntax error, unexpected token "}", expecting ";" or "{" | 2
        <?php\\n$a = static;                     | Parse error: syntax error, unexpected token ";", expecting "::" | 2
        <?php\\nfunction function() {}         | Parse error: syntax error, unexpected token "function", expecting "(" | 2
        <?php\\n$a = `x;                        | Parse error: syntax error, unexpected end of file, expecting "`" | 2
        <?php\\nunset($a[]);                    | Fatal error: Cannot use [] for unsetting | 2
        <?php\\n$y = $x[];                      | Fatal error: Cannot use [] for reading | 2
        <?php\\n$a->b() = 1;                    | Fatal error: Can't use method return value in write context | 2
        <?php\\n$x = 1 ?: 2 ? 3 : 4;            | Fatal error: Unparenthesized `a ?: b ? c : d` is not supported. Use either `(a ?: b) ? c : d` or `a ?: (b ? c : d)` | 2
        <?php\\n$x = 1 ? 2 : 3 ?: 4;            | Fatal error: Unparenthesized `a ? b : c ?: d` is not supported. Use either `(a ? b : c) ?: d` or `a ? b : (c ?: d)` | 2
        <?php\\n[$a, $b] += 1;                  | Parse error: syntax error, unexpected token "+=" | 2
        <?php\\n$a = new A(...);                | Fatal error: Cannot create Closure for new expression | 2
        <?php\\nglobal $this;                   | Fatal error: Cannot use $this as global variable | 2
        <?php\\nunset($this);                   | Fatal error: Cannot unset $this | 2
        <?php\\nfunction f($this) {}            | Fatal error: Cannot use $this as parameter | 2
        <?php\\n[$this] = [1];                  | Fatal error: Cannot re-assign $this | 2
        <?php\\nif ($a) \\n  echo 1;\\nelse\\n} | Parse error: Unmatched '}' | 5
        <?php\\nabstract function f();          | Parse error: syntax error, unexpected token "function", expecting "abstract" or "final" or "readonly" or "class" | 2
        <?php\\n$a = 1 === 2 === 3;              | Parse error: syntax error, unexpected token "===" | 2
        """)
    void message_matchesPhp(String source, String expected, int line) {
        String src = source.strip().replace("\\n", "\n").replace("\\\\", "\\");
        ParseError e = assertThrows(ParseError.class, () -> Parser.parse(src, "/t.php"));
        assertEquals(expected.strip(), e.kind() + ": " + e.message());
        assertEquals(line, e.line());
    }
}
