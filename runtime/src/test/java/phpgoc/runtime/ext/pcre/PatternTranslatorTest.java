package phpgoc.runtime.ext.pcre;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The PCRE to java.util.regex translation; failure texts are php -n's warnings for the same patterns. */
class PatternTranslatorTest {
    private static String fail(String pattern) {
        return assertThrows(PatternTranslator.Failure.class, () -> PatternTranslator.compile(pattern)).getMessage();
    }

    private static boolean finds(String pattern, String subject) throws Exception {
        return PatternTranslator.compile(pattern).pattern().matcher(subject).find();
    }

    @Test
    void delimiters() throws Exception {
        assertTrue(finds("/a/", "xa"));
        assertTrue(finds("  #a/b#", "a/b"));
        assertTrue(finds("{a{1}}", "a"));
        assertTrue(finds("(a(b))", "ab"));
        assertTrue(finds("[a[0-9]]", "a1"));
        assertTrue(finds("<a>", "a"));
        assertTrue(finds("/a\\/b/", "a/b"));
        assertEquals("Empty regular expression", fail(" "));
        assertEquals("Delimiter must not be alphanumeric, backslash, or NUL", fail("abc"));
        assertEquals("No ending delimiter '/' found", fail("/abc"));
        assertEquals("No ending matching delimiter ')' found", fail("(abc"));
    }

    @Test
    void modifiers() throws Exception {
        assertTrue(finds("/ABC/i", "abc"));
        assertTrue(finds("/^b$/m", "a\nb"));
        assertFalse(finds("/^b$/", "a\nb"));
        assertTrue(finds("/a.b/s", "a\nb"));
        assertFalse(finds("/a.b/", "a\nb"));
        assertTrue(finds("/a b/x", "ab"));
        assertTrue(finds("/a$/", "a\n"));
        assertFalse(finds("/a$/D", "a\n"));
        assertFalse(finds("/b/A", "ab"));
        assertEquals("Unknown modifier 'q'", fail("/a/q"));
        assertEquals("NUL is not a valid modifier", fail("/a/\0"));
        assertEquals("The /e modifier is no longer supported, use preg_replace_callback instead", fail("/a/e"));
    }

    @Test
    void ungreedy() throws Exception {
        assertEquals("a+?b*", PatternTranslator.translate("a+b*?", "U"));
        assertEquals("a++", PatternTranslator.translate("a++", "U"));
        assertEquals("a+?(b+)c+?", PatternTranslator.translate("(?U)a+((?-U)b+)c+", ""));
        assertEquals("ab(?i:c d)", PatternTranslator.translate("(?x) a b (?i-x:c d)", ""));
    }

    @Test
    void namedGroupsBecomeNumbered() throws Exception {
        Regex re = PatternTranslator.compile("/(?P<first_name>a)(b)(?<x>c)(?'y'd)\\k<x>(?P=y)\\g{first_name}/");
        assertEquals(4, re.groupCount());
        assertArrayEquals(new String[] {null, "first_name", null, "x", "y"}, re.names());
        assertTrue(re.pattern().matcher("abcdcda").find());
        assertEquals("(a)(?:\\1)", PatternTranslator.translate("(?<n>a)\\k{n}", ""));
        assertEquals("(?:a)", PatternTranslator.translate("(a)", "n"));
    }

    @Test
    void escapes() throws Exception {
        assertEquals("\\A\\z\\Z\\h\\R", PatternTranslator.translate("\\A\\z\\Z\\h\\R", ""));
        assertEquals("A\\x{7}\\x{0}A", PatternTranslator.translate("\\x41\\x7\\0\\101", ""));
        assertEquals("\\x{2e}\\x{2a}", PatternTranslator.translate("\\Q.*\\E", ""));
        assertEquals("(a)(?:\\1)", PatternTranslator.translate("(a)\\1", ""));
        assertEquals("[^\\n]", PatternTranslator.translate("\\N", ""));
        assertTrue(finds("/(?>a+)b/", "aab"));
        assertFalse(finds("/a++a/", "aaa"));
    }

    @Test
    void classes() throws Exception {
        assertEquals("[\\]a]", PatternTranslator.translate("[]a]", ""));
        assertEquals("[^\\]a]", PatternTranslator.translate("[^]a]", ""));
        assertEquals("[\\[\\&]", PatternTranslator.translate("[[&]", ""));
        assertEquals("[\\p{Alpha}\\d]", PatternTranslator.translate("[[:alpha:][:digit:]]", ""));
        assertEquals("[[^\\s]]", PatternTranslator.translate("[[:^space:]]", ""));
        assertEquals("[\\w\\-]", PatternTranslator.translate("[\\w-]", ""));
        assertEquals("a\\{,2\\}", PatternTranslator.translate("a{,2}", ""));
        assertTrue(finds("/^[[:alnum:]_]+$/", "a_1"));
        assertEquals("[^\\x{20}-\\x{7e}]", PatternTranslator.translate("[^\\x20-\\x7e]", ""));
        assertEquals("[a-c\\-e]", PatternTranslator.translate("[a-c-e]", ""));
    }

    @Test
    void compileErrors() {
        assertEquals("Compilation failed: missing closing parenthesis at offset 4", fail("/(abc/"));
        assertEquals("Compilation failed: unmatched closing parenthesis at offset 3", fail("/abc)/"));
        assertEquals("Compilation failed: missing terminating ] for character class at offset 4", fail("/[abc/"));
        assertEquals("Compilation failed: quantifier does not follow a repeatable item at offset 0", fail("/+a/"));
        assertEquals("Compilation failed: numbers out of order in {} quantifier at offset 5", fail("/a{2,1}/"));
        assertEquals("Compilation failed: range out of order in character class at offset 3", fail("/[z-a]/"));
        assertEquals("Compilation failed: reference to non-existent subpattern at offset 3", fail("/\\k<zz>/"));
        assertEquals("Compilation failed: subpattern name must start with a non-digit at offset 4", fail("/(?P<1a>x)/"));
        assertEquals("Compilation failed: invalid range in character class at offset 3", fail("/[\\d-z]/"));
        assertEquals("Compilation failed: range out of order in character class at offset 9", fail("/[\\x7e-\\x20]/"));
        assertEquals("Compilation failed: UTF-8 error: illegal byte (0xfe or 0xff) at offset 0", fail("/\u00ff/u"));
    }

    @Test
    void nonEmptyVariantRefusesAnEmptyMatchAtItsStart() throws Exception {
        Regex re = PatternTranslator.compile("/a??/");
        java.util.regex.Matcher m = re.nonEmpty().matcher("aa");
        assertTrue(m.lookingAt());
        assertEquals(1, m.end());
        assertFalse(re.nonEmpty().matcher("b").lookingAt());
    }

    @Test
    void utf8Subjects() throws Exception {
        Regex re = PatternTranslator.compile("/\u00c3\u00a9/u"); // "é" as UTF-8 bytes
        Subject sub = Subject.of(re, "caf\u00c3\u00a9!");
        assertEquals("caf\u00e9!", sub.text);
        assertEquals(5, sub.toByte(4));
        assertEquals(-1, sub.toChar(4));
        assertEquals(4, sub.toChar(5));
        assertEquals(null, Subject.of(re, "\u00ff"));
    }
}
