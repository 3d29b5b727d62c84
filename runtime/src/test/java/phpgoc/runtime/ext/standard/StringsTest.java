package phpgoc.runtime.ext.standard;

import org.junit.jupiter.api.Test;

/** string function tests. Expected values are real php 8.2 output (generated from the php command in each comment). */
class StringsTest extends ExtTestBase {
    @Test
    void strlen_values() {
        // php -n -r 'var_dump(strlen("abc"));'
        check("=> int(3)\n", "strlen", "abc");
        // php -n -r 'var_dump(strlen("\xc3\xa9"));'
        check("=> int(2)\n", "strlen", "\303\251");
        // php -n -r 'var_dump(strlen(12.5));'
        check("=> int(4)\n", "strlen", 12.5d);
        // php -n -r 'var_dump(strlen([1]));'
        check("EXC TypeError: strlen(): Argument #1 ($string) must be of type string, array given", "strlen", list(1L));
        // php -n -r 'var_dump(strlen(NULL));'
        check("\nDeprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated\n=> int(0)\n", "strlen", (Object) null);
    }

    @Test
    void strRepeat_values() {
        // php -n -r 'var_dump(str_repeat("ab", 3));'
        check("=> string(6) \"ababab\"\n", "str_repeat", "ab", 3L);
        // php -n -r 'var_dump(str_repeat("x", 0));'
        check("=> string(0) \"\"\n", "str_repeat", "x", 0L);
        // php -n -r 'var_dump(str_repeat("x", -1));'
        check("EXC ValueError: str_repeat(): Argument #2 ($times) must be greater than or equal to 0", "str_repeat", "x", -1L);
        // php -n -r 'var_dump(str_repeat("x", "3"));'
        check("=> string(3) \"xxx\"\n", "str_repeat", "x", "3");
    }

    @Test
    void strPad_modes() {
        // php -n -r 'var_dump(str_pad("5", 3, "0", 0));'
        check("=> string(3) \"005\"\n", "str_pad", "5", 3L, "0", 0L);
        // php -n -r 'var_dump(str_pad("abc", 10, "xy", 2));'
        check("=> string(10) \"xyxabcxyxy\"\n", "str_pad", "abc", 10L, "xy", 2L);
        // php -n -r 'var_dump(str_pad("abc", 8));'
        check("=> string(8) \"abc     \"\n", "str_pad", "abc", 8L);
        // php -n -r 'var_dump(str_pad("abc", 2));'
        check("=> string(3) \"abc\"\n", "str_pad", "abc", 2L);
        // php -n -r 'var_dump(str_pad("5", 3, ""));'
        check("EXC ValueError: str_pad(): Argument #3 ($pad_string) must be a non-empty string", "str_pad", "5", 3L, "");
        // php -n -r 'var_dump(str_pad("5", 3, "0", 7));'
        check("EXC ValueError: str_pad(): Argument #4 ($pad_type) must be STR_PAD_LEFT, STR_PAD_RIGHT, or STR_PAD_BOTH", "str_pad", "5", 3L, "0", 7L);
        // php -n -r 'var_dump(str_pad("ab", 7, "-=", 1));'
        check("=> string(7) \"ab-=-=-\"\n", "str_pad", "ab", 7L, "-=", 1L);
    }

    @Test
    void substr_offsets() {
        // php -n -r 'var_dump(substr("abcdef", 1));'
        check("=> string(5) \"bcdef\"\n", "substr", "abcdef", 1L);
        // php -n -r 'var_dump(substr("abcdef", -2));'
        check("=> string(2) \"ef\"\n", "substr", "abcdef", -2L);
        // php -n -r 'var_dump(substr("abcdef", 1, 3));'
        check("=> string(3) \"bcd\"\n", "substr", "abcdef", 1L, 3L);
        // php -n -r 'var_dump(substr("abcdef", 1, -1));'
        check("=> string(4) \"bcde\"\n", "substr", "abcdef", 1L, -1L);
        // php -n -r 'var_dump(substr("abc", 5));'
        check("=> string(0) \"\"\n", "substr", "abc", 5L);
        // php -n -r 'var_dump(substr("abc", 3));'
        check("=> string(0) \"\"\n", "substr", "abc", 3L);
        // php -n -r 'var_dump(substr("abc", 1, -5));'
        check("=> string(0) \"\"\n", "substr", "abc", 1L, -5L);
        // php -n -r 'var_dump(substr("abc", -5, 2));'
        check("=> string(2) \"ab\"\n", "substr", "abc", -5L, 2L);
        // php -n -r 'var_dump(substr("abc", 0, NULL));'
        check("=> string(3) \"abc\"\n", "substr", "abc", 0L, (Object) null);
        // php -n -r 'var_dump(substr([1], 0));'
        check("EXC TypeError: substr(): Argument #1 ($string) must be of type string, array given", "substr", list(1L), 0L);
    }

    @Test
    void strpos_family() {
        // php -n -r 'var_dump(strpos("hello", "l"));'
        check("=> int(2)\n", "strpos", "hello", "l");
        // php -n -r 'var_dump(strpos("hello", "l", 3));'
        check("=> int(3)\n", "strpos", "hello", "l", 3L);
        // php -n -r 'var_dump(strpos("hello", "l", -2));'
        check("=> int(3)\n", "strpos", "hello", "l", -2L);
        // php -n -r 'var_dump(strpos("hello", "z"));'
        check("=> bool(false)\n", "strpos", "hello", "z");
        // php -n -r 'var_dump(strpos("abc", "", 1));'
        check("=> int(1)\n", "strpos", "abc", "", 1L);
        // php -n -r 'var_dump(strpos("abc", "c", 4));'
        check("EXC ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)", "strpos", "abc", "c", 4L);
        // php -n -r 'var_dump(strpos("abc", "a", -4));'
        check("EXC ValueError: strpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)", "strpos", "abc", "a", -4L);
        // php -n -r 'var_dump(stripos("ABC", "b"));'
        check("=> int(1)\n", "stripos", "ABC", "b");
        // php -n -r 'var_dump(stripos("ABC", "b", -1));'
        check("=> bool(false)\n", "stripos", "ABC", "b", -1L);
        // php -n -r 'var_dump(strrpos("hello", "l"));'
        check("=> int(3)\n", "strrpos", "hello", "l");
        // php -n -r 'var_dump(strrpos("hello", "l", -2));'
        check("=> int(3)\n", "strrpos", "hello", "l", -2L);
        // php -n -r 'var_dump(strrpos("hello", "l", -3));'
        check("=> int(2)\n", "strrpos", "hello", "l", -3L);
        // php -n -r 'var_dump(strrpos("hello", "l", 6));'
        check("EXC ValueError: strrpos(): Argument #3 ($offset) must be contained in argument #1 ($haystack)", "strrpos", "hello", "l", 6L);
        // php -n -r 'var_dump(strrpos("hello", "l", 4));'
        check("=> bool(false)\n", "strrpos", "hello", "l", 4L);
        // php -n -r 'var_dump(strrpos("hello", "ll", -3));'
        check("=> int(2)\n", "strrpos", "hello", "ll", -3L);
    }

    @Test
    void strReplace_forms() {
        // php -n -r 'var_dump(str_replace("a", "x", "banana"));'
        check("=> string(6) \"bxnxnx\"\n", "str_replace", "a", "x", "banana");
        // php -n -r 'var_dump(str_replace(["a", "b"], ["b", "c"], "ab"));'
        check("=> string(2) \"cc\"\n", "str_replace", list("a", "b"), list("b", "c"), "ab");
        // php -n -r 'var_dump(str_replace(["a", "b"], "z", "abc"));'
        check("=> string(3) \"zzc\"\n", "str_replace", list("a", "b"), "z", "abc");
        // php -n -r 'var_dump(str_replace(["a", "n"], ["1"], "banana"));'
        check("=> string(4) \"b111\"\n", "str_replace", list("a", "n"), list("1"), "banana");
        // php -n -r 'var_dump(str_replace("", "z", "abc"));'
        check("=> string(3) \"abc\"\n", "str_replace", "", "z", "abc");
        // php -n -r 'var_dump(str_replace("a", ["x"], "aaa"));'
        check("EXC TypeError: str_replace(): Argument #2 ($replace) must be of type string when argument #1 ($search) is a string", "str_replace", "a", list("x"), "aaa");
        // php -n -r 'var_dump(str_replace(["a", "b"], ["b", "c"], ["k" => "ab", 5 => "bb"]));'
        check("=> array(2) {\n  [\"k\"]=>\n  string(2) \"cc\"\n  [5]=>\n  string(2) \"cc\"\n}\n", "str_replace", list("a", "b"), list("b", "c"), map("k", "ab", 5L, "bb"));
        // php -n -r 'var_dump(str_ireplace("L", "x", "Hello"));'
        check("=> string(5) \"Hexxo\"\n", "str_ireplace", "L", "x", "Hello");
        // php -n -r 'var_dump(str_replace(1, 2, 131));'
        check("=> string(3) \"232\"\n", "str_replace", 1L, 2L, 131L);
    }

    @Test
    void predicates_values() {
        // php -n -r 'var_dump(str_contains("abc", ""));'
        check("=> bool(true)\n", "str_contains", "abc", "");
        // php -n -r 'var_dump(str_contains("abc", "bc"));'
        check("=> bool(true)\n", "str_contains", "abc", "bc");
        // php -n -r 'var_dump(str_starts_with("abc", "ab"));'
        check("=> bool(true)\n", "str_starts_with", "abc", "ab");
        // php -n -r 'var_dump(str_starts_with("abc", "b"));'
        check("=> bool(false)\n", "str_starts_with", "abc", "b");
        // php -n -r 'var_dump(str_ends_with("abc", "bc"));'
        check("=> bool(true)\n", "str_ends_with", "abc", "bc");
        // php -n -r 'var_dump(str_ends_with("abc", ""));'
        check("=> bool(true)\n", "str_ends_with", "abc", "");
    }

    @Test
    void case_asciiOnly() {
        // php -n -r 'var_dump(strtoupper("abc\xe9z"));'
        check("=> string(5) \"ABC\351Z\"\n", "strtoupper", "abc\351z");
        // php -n -r 'var_dump(strtolower("ABC\xc9Z"));'
        check("=> string(5) \"abc\311z\"\n", "strtolower", "ABC\311Z");
        // php -n -r 'var_dump(ucfirst("hello"));'
        check("=> string(5) \"Hello\"\n", "ucfirst", "hello");
        // php -n -r 'var_dump(ucfirst(""));'
        check("=> string(0) \"\"\n", "ucfirst", "");
        // php -n -r 'var_dump(lcfirst("ABC"));'
        check("=> string(3) \"aBC\"\n", "lcfirst", "ABC");
        // php -n -r 'var_dump(ucwords("hello world-foo bar_baz"));'
        check("=> string(23) \"Hello World-foo Bar_baz\"\n", "ucwords", "hello world-foo bar_baz");
        // php -n -r 'var_dump(ucwords("hello world-foo", " -"));'
        check("=> string(15) \"Hello World-Foo\"\n", "ucwords", "hello world-foo", " -");
        // php -n -r 'var_dump(ucwords("hello   world\tx"));'
        check("=> string(15) \"Hello   World\tX\"\n", "ucwords", "hello   world\tx");
    }

    @Test
    void trim_characters() {
        // php -n -r 'var_dump(trim("  \t\nabc \x00\x0b"));'
        check("=> string(3) \"abc\"\n", "trim", "  \t\nabc \000\013");
        // php -n -r 'var_dump(trim("xxaxx", "x"));'
        check("=> string(1) \"a\"\n", "trim", "xxaxx", "x");
        // php -n -r 'var_dump(ltrim("  a  "));'
        check("=> string(3) \"a  \"\n", "ltrim", "  a  ");
        // php -n -r 'var_dump(rtrim("  a  "));'
        check("=> string(3) \"  a\"\n", "rtrim", "  a  ");
        // php -n -r 'var_dump(trim("abcxa", "a..c"));'
        check("=> string(1) \"x\"\n", "trim", "abcxa", "a..c");
        // php -n -r 'var_dump(trim("xxaxx", "x.."));'
        check("\nWarning: trim(): Invalid '..'-range, no character to the right of '..'\n=> string(1) \"a\"\n", "trim", "xxaxx", "x..");
        // php -n -r 'var_dump(trim("abc", "c..a"));'
        check("\nWarning: trim(): Invalid '..'-range, '..'-range needs to be incrementing\n=> string(1) \"b\"\n", "trim", "abc", "c..a");
        // php -n -r 'var_dump(trim("..a..", ".."));'
        check("\nWarning: trim(): Invalid '..'-range, no character to the left of '..'\n=> string(1) \"a\"\n", "trim", "..a..", "..");
        // php -n -r 'var_dump(rtrim("1.500", "0"));'
        check("=> string(3) \"1.5\"\n", "rtrim", "1.500", "0");
        // php -n -r 'var_dump(chop("a\n"));'
        check("=> string(1) \"a\"\n", "chop", "a\n");
    }

    @Test
    void implode_forms() {
        // php -n -r 'var_dump(implode(",", [1, 2, 3]));'
        check("=> string(5) \"1,2,3\"\n", "implode", ",", list(1L, 2L, 3L));
        // php -n -r 'var_dump(implode([1.0, true, NULL, false, 0.30000000000000004]));'
        check("=> string(5) \"110.3\"\n", "implode", list(1.0d, true, (Object) null, false, 0.30000000000000004d));
        // php -n -r 'var_dump(implode("abc"));'
        check("EXC TypeError: implode(): Argument #1 ($array) must be of type array, string given", "implode", "abc");
        // php -n -r 'var_dump(implode(",", 5));'
        check("EXC TypeError: implode(): Argument #2 ($array) must be of type ?array, int given", "implode", ",", 5L);
        // php -n -r 'var_dump(implode([1, 2], ","));'
        check("EXC TypeError: implode(): Argument #2 ($array) must be of type ?array, string given", "implode", list(1L, 2L), ",");
        // php -n -r 'var_dump(join("-", ["a", "b"]));'
        check("=> string(3) \"a-b\"\n", "join", "-", list("a", "b"));
        // php -n -r 'var_dump(join(1));'
        check("EXC TypeError: join(): Argument #1 ($array) must be of type array, string given", "join", 1L);
        // php -n -r 'var_dump(implode(", ", []));'
        check("=> string(0) \"\"\n", "implode", ", ", list());
    }

    @Test
    void explode_limits() {
        // php -n -r 'var_dump(explode(",", "a,b,c"));'
        check("=> array(3) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(1) \"b\"\n  [2]=>\n  string(1) \"c\"\n}\n", "explode", ",", "a,b,c");
        // php -n -r 'var_dump(explode(",", "a,b,c", 2));'
        check("=> array(2) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(3) \"b,c\"\n}\n", "explode", ",", "a,b,c", 2L);
        // php -n -r 'var_dump(explode(",", "a,b,c", 0));'
        check("=> array(1) {\n  [0]=>\n  string(5) \"a,b,c\"\n}\n", "explode", ",", "a,b,c", 0L);
        // php -n -r 'var_dump(explode(",", "a,b,c", -1));'
        check("=> array(2) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(1) \"b\"\n}\n", "explode", ",", "a,b,c", -1L);
        // php -n -r 'var_dump(explode(",", "a,b,c", -5));'
        check("=> array(0) {\n}\n", "explode", ",", "a,b,c", -5L);
        // php -n -r 'var_dump(explode(",", ""));'
        check("=> array(1) {\n  [0]=>\n  string(0) \"\"\n}\n", "explode", ",", "");
        // php -n -r 'var_dump(explode(",", "", -1));'
        check("=> array(0) {\n}\n", "explode", ",", "", -1L);
        // php -n -r 'var_dump(explode("", "a"));'
        check("EXC ValueError: explode(): Argument #1 ($separator) cannot be empty", "explode", "", "a");
        // php -n -r 'var_dump(explode("ab", "xabyabz"));'
        check("=> array(3) {\n  [0]=>\n  string(1) \"x\"\n  [1]=>\n  string(1) \"y\"\n  [2]=>\n  string(1) \"z\"\n}\n", "explode", "ab", "xabyabz");
        // php -n -r 'var_dump(explode(",", ",a,"));'
        check("=> array(3) {\n  [0]=>\n  string(0) \"\"\n  [1]=>\n  string(1) \"a\"\n  [2]=>\n  string(0) \"\"\n}\n", "explode", ",", ",a,");
    }

    @Test
    void strSplit_lengths() {
        // php -n -r 'var_dump(str_split("abcde", 2));'
        check("=> array(3) {\n  [0]=>\n  string(2) \"ab\"\n  [1]=>\n  string(2) \"cd\"\n  [2]=>\n  string(1) \"e\"\n}\n", "str_split", "abcde", 2L);
        // php -n -r 'var_dump(str_split("abc"));'
        check("=> array(3) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(1) \"b\"\n  [2]=>\n  string(1) \"c\"\n}\n", "str_split", "abc");
        // php -n -r 'var_dump(str_split(""));'
        check("=> array(0) {\n}\n", "str_split", "");
        // php -n -r 'var_dump(str_split("abc", 0));'
        check("EXC ValueError: str_split(): Argument #2 ($length) must be greater than 0", "str_split", "abc", 0L);
        // php -n -r 'var_dump(str_split("abc", 5));'
        check("=> array(1) {\n  [0]=>\n  string(3) \"abc\"\n}\n", "str_split", "abc", 5L);
    }

    @Test
    void compare_functions() {
        // php -n -r 'var_dump(strcmp("a", "c"));'
        check("=> int(-2)\n", "strcmp", "a", "c");
        // php -n -r 'var_dump(strcmp("abc", "ab"));'
        check("=> int(1)\n", "strcmp", "abc", "ab");
        // php -n -r 'var_dump(strcmp("b", "b"));'
        check("=> int(0)\n", "strcmp", "b", "b");
        // php -n -r 'var_dump(strcasecmp("HELLO", "hellz"));'
        check("=> int(-11)\n", "strcasecmp", "HELLO", "hellz");
        // php -n -r 'var_dump(strcasecmp("ABC", "abc"));'
        check("=> int(0)\n", "strcasecmp", "ABC", "abc");
        // php -n -r 'var_dump(strncmp("abcd", "abef", 2));'
        check("=> int(0)\n", "strncmp", "abcd", "abef", 2L);
        // php -n -r 'var_dump(strncmp("abcd", "abef", 3));'
        check("=> int(-2)\n", "strncmp", "abcd", "abef", 3L);
        // php -n -r 'var_dump(strncmp("ab", "ac", -1));'
        check("EXC ValueError: strncmp(): Argument #3 ($length) must be greater than or equal to 0", "strncmp", "ab", "ac", -1L);
        // php -n -r 'var_dump(strncasecmp("ABx", "aby", 2));'
        check("=> int(0)\n", "strncasecmp", "ABx", "aby", 2L);
        // php -n -r 'var_dump(strrev("abc"));'
        check("=> string(3) \"cba\"\n", "strrev", "abc");
    }

    @Test
    void nl2br_lineEndings() {
        // php -n -r 'var_dump(nl2br("a\x0d\nb\nc\x0dd\n\x0de"));'
        check("=> string(35) \"a<br />\r\nb<br />\nc<br />\rd<br />\n\re\"\n", "nl2br", "a\r\nb\nc\rd\n\re");
        // php -n -r 'var_dump(nl2br("a\nb", false));'
        check("=> string(7) \"a<br>\nb\"\n", "nl2br", "a\nb", false);
    }

    @Test
    void numberFormat_values() {
        // php -n -r 'var_dump(number_format(-0.01));'
        check("=> string(1) \"0\"\n", "number_format", -0.01d);
        // php -n -r 'var_dump(number_format(1234.5678, 2));'
        check("=> string(8) \"1,234.57\"\n", "number_format", 1234.5678d, 2L);
        // php -n -r 'var_dump(number_format(1234.5678, -2));'
        check("=> string(5) \"1,235\"\n", "number_format", 1234.5678d, -2L);
        // php -n -r 'var_dump(number_format(0.5));'
        check("=> string(1) \"1\"\n", "number_format", 0.5d);
        // php -n -r 'var_dump(number_format(1234567.891, 2, ",", "."));'
        check("=> string(12) \"1.234.567,89\"\n", "number_format", 1234567.891d, 2L, ",", ".");
        // php -n -r 'var_dump(number_format(-1234.567, 2, "", ""));'
        check("=> string(7) \"-123457\"\n", "number_format", -1234.567d, 2L, "", "");
        // php -n -r 'var_dump(number_format(1.0E+20, 2));'
        check("=> string(30) \"100,000,000,000,000,000,000.00\"\n", "number_format", 1.0E+20d, 2L);
        // php -n -r 'var_dump(number_format(INF));'
        check("=> string(3) \"inf\"\n", "number_format", Double.POSITIVE_INFINITY);
        // php -n -r 'var_dump(number_format(1.005, 2));'
        check("=> string(4) \"1.01\"\n", "number_format", 1.005d, 2L);
        // php -n -r 'var_dump(number_format(-0.5));'
        check("=> string(2) \"-1\"\n", "number_format", -0.5d);
        // php -n -r 'var_dump(number_format(123, 3));'
        check("=> string(7) \"123.000\"\n", "number_format", 123L, 3L);
        // php -n -r 'var_dump(number_format(999999.999, 2));'
        check("=> string(12) \"1,000,000.00\"\n", "number_format", 999999.999d, 2L);
        // php -n -r 'var_dump(number_format("1234.5", 1));'
        check("=> string(7) \"1,234.5\"\n", "number_format", "1234.5", 1L);
    }

    @Test
    void chrOrd_values() {
        // php -n -r 'var_dump(chr(65));'
        check("=> string(1) \"A\"\n", "chr", 65L);
        // php -n -r 'var_dump(chr(-1));'
        check("=> string(1) \"\377\"\n", "chr", -1L);
        // php -n -r 'var_dump(chr(321));'
        check("=> string(1) \"A\"\n", "chr", 321L);
        // php -n -r 'var_dump(ord("A"));'
        check("=> int(65)\n", "ord", "A");
        // php -n -r 'var_dump(ord(""));'
        check("=> int(0)\n", "ord", "");
        // php -n -r 'var_dump(ord("\xff"));'
        check("=> int(255)\n", "ord", "\377");
    }

    @Test
    void baseConversions_values() {
        // php -n -r 'var_dump(dechex(255));'
        check("=> string(2) \"ff\"\n", "dechex", 255L);
        // php -n -r 'var_dump(dechex(-1));'
        check("=> string(16) \"ffffffffffffffff\"\n", "dechex", -1L);
        // php -n -r 'var_dump(decbin(-1));'
        check("=> string(64) \"1111111111111111111111111111111111111111111111111111111111111111\"\n", "decbin", -1L);
        // php -n -r 'var_dump(decbin(10));'
        check("=> string(4) \"1010\"\n", "decbin", 10L);
        // php -n -r 'var_dump(decoct(8));'
        check("=> string(2) \"10\"\n", "decoct", 8L);
        // php -n -r 'var_dump(hexdec("ff"));'
        check("=> int(255)\n", "hexdec", "ff");
        // php -n -r 'var_dump(hexdec("zz1f"));'
        check("\nDeprecated: Invalid characters passed for attempted conversion, these have been ignored\n=> int(31)\n", "hexdec", "zz1f");
        // php -n -r 'var_dump(hexdec("ffffffffffffffff"));'
        check("=> float(1.8446744073709552E+19)\n", "hexdec", "ffffffffffffffff");
        // php -n -r 'var_dump(hexdec("0x1A"));'
        check("=> int(26)\n", "hexdec", "0x1A");
        // php -n -r 'var_dump(octdec("777"));'
        check("=> int(511)\n", "octdec", "777");
        // php -n -r 'var_dump(bindec("112"));'
        check("\nDeprecated: Invalid characters passed for attempted conversion, these have been ignored\n=> int(3)\n", "bindec", "112");
        // php -n -r 'var_dump(bindec("1111111111111111111111111111111111111111111111111111111111111111"));'
        check("=> float(1.8446744073709552E+19)\n", "bindec", "1111111111111111111111111111111111111111111111111111111111111111");
    }

    @Test
    void strWordCount_formats() {
        // php -n -r 'var_dump(str_word_count("Hello fri3nd, you\x27re looking good today!"));'
        check("=> int(7)\n", "str_word_count", "Hello fri3nd, you're looking good today!");
        // php -n -r 'var_dump(str_word_count("Hello fri3nd, you-re", 1));'
        check("=> array(4) {\n  [0]=>\n  string(5) \"Hello\"\n  [1]=>\n  string(3) \"fri\"\n  [2]=>\n  string(2) \"nd\"\n  [3]=>\n  string(6) \"you-re\"\n}\n", "str_word_count", "Hello fri3nd, you-re", 1L);
        // php -n -r 'var_dump(str_word_count("Hello fri3nd", 2));'
        check("=> array(3) {\n  [0]=>\n  string(5) \"Hello\"\n  [6]=>\n  string(3) \"fri\"\n  [10]=>\n  string(2) \"nd\"\n}\n", "str_word_count", "Hello fri3nd", 2L);
        // php -n -r 'var_dump(str_word_count("-\x27a b-", 1));'
        check("=> array(2) {\n  [0]=>\n  string(2) \"'a\"\n  [1]=>\n  string(1) \"b\"\n}\n", "str_word_count", "-'a b-", 1L);
        // php -n -r 'var_dump(str_word_count("a1b", 1, "1"));'
        check("=> array(1) {\n  [0]=>\n  string(3) \"a1b\"\n}\n", "str_word_count", "a1b", 1L, "1");
        // php -n -r 'var_dump(str_word_count("x", 3));'
        check("EXC ValueError: str_word_count(): Argument #2 ($format) must be a valid format value", "str_word_count", "x", 3L);
        // php -n -r 'var_dump(str_word_count(""));'
        check("=> int(0)\n", "str_word_count", "");
    }

    @Test
    void wordwrap_modes() {
        // php -n -r 'var_dump(wordwrap("The quick brown fox sat over the lazy dog", 15, "\n", true));'
        check("=> string(41) \"The quick brown\nfox sat over\nthe lazy dog\"\n", "wordwrap", "The quick brown fox sat over the lazy dog", 15L, "\n", true);
        // php -n -r 'var_dump(wordwrap("A very long woooooooooooord.", 8, "\n", true));'
        check("=> string(29) \"A very\nlong\nwooooooo\nooooord.\"\n", "wordwrap", "A very long woooooooooooord.", 8L, "\n", true);
        // php -n -r 'var_dump(wordwrap("A very long woooooooooooord. and something", 8, "\n", false));'
        check("=> string(42) \"A very\nlong\nwoooooooooooord.\nand\nsomething\"\n", "wordwrap", "A very long woooooooooooord. and something", 8L, "\n", false);
        // php -n -r 'var_dump(wordwrap("A very long woooooooooooord.", 8, "<br>", false));'
        check("=> string(34) \"A very<br>long<br>woooooooooooord.\"\n", "wordwrap", "A very long woooooooooooord.", 8L, "<br>", false);
        // php -n -r 'var_dump(wordwrap("short", 10));'
        check("=> string(5) \"short\"\n", "wordwrap", "short", 10L);
        // php -n -r 'var_dump(wordwrap("abc", 0, "\n", true));'
        check("EXC ValueError: wordwrap(): Argument #4 ($cut_long_words) cannot be true when argument #2 ($width) is 0", "wordwrap", "abc", 0L, "\n", true);
        // php -n -r 'var_dump(wordwrap("abc", 0, "", true));'
        check("EXC ValueError: wordwrap(): Argument #3 ($break) cannot be empty", "wordwrap", "abc", 0L, "", true);
        // php -n -r 'var_dump(wordwrap("", 5));'
        check("=> string(0) \"\"\n", "wordwrap", "", 5L);
        // php -n -r 'var_dump(wordwrap("line one\nline two is long", 6));'
        check("=> string(25) \"line\none\nline\ntwo is\nlong\"\n", "wordwrap", "line one\nline two is long", 6L);
        // php -n -r 'var_dump(wordwrap("aaaa bbbb", 2, "--", true));'
        check("=> string(14) \"aa--aa--bb--bb\"\n", "wordwrap", "aaaa bbbb", 2L, "--", true);
    }

    @Test
    void substrCount_values() {
        // php -n -r 'var_dump(substr_count("hello hello", "ll"));'
        check("=> int(2)\n", "substr_count", "hello hello", "ll");
        // php -n -r 'var_dump(substr_count("hello hello", "ll", 3));'
        check("=> int(1)\n", "substr_count", "hello hello", "ll", 3L);
        // php -n -r 'var_dump(substr_count("abc", ""));'
        check("EXC ValueError: substr_count(): Argument #2 ($needle) cannot be empty", "substr_count", "abc", "");
        // php -n -r 'var_dump(substr_count("abc", "a", 5));'
        check("EXC ValueError: substr_count(): Argument #3 ($offset) must be contained in argument #1 ($haystack)", "substr_count", "abc", "a", 5L);
        // php -n -r 'var_dump(substr_count("aaa", "aa"));'
        check("=> int(1)\n", "substr_count", "aaa", "aa");
        // php -n -r 'var_dump(substr_count("abcabc", "abc", -3, 2));'
        check("=> int(0)\n", "substr_count", "abcabc", "abc", -3L, 2L);
        // php -n -r 'var_dump(substr_count("abcabc", "abc", 0, 7));'
        check("EXC ValueError: substr_count(): Argument #4 ($length) must be contained in argument #1 ($haystack)", "substr_count", "abcabc", "abc", 0L, 7L);
    }
}
