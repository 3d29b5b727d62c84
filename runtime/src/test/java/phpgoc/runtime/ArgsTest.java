package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Expected messages are php -n 8.2's for str_repeat, strlen, sqrt, abs, in_array. */
class ArgsTest {
    private static String typeError(Runnable r) {
        PhpError e = assertThrows(PhpError.class, r::run);
        assertEquals("TypeError", e.phpClass);
        return e.getMessage();
    }

    @Test void str_coercesScalars() {
        assertEquals("5", Args.str(5L, "strlen", 1, "string"));
        assertEquals("1.5", Args.str(1.5, "strlen", 1, "string"));
        assertEquals("1", Args.str(true, "strlen", 1, "string"));
        assertEquals("", Args.str(false, "strlen", 1, "string"));
        assertEquals("ab", Args.str(ConcatString.of("a").append("b"), "strlen", 1, "string"));
        assertEquals("str_repeat(): Argument #1 ($string) must be of type string, array given",
                typeError(() -> Args.str(new PhpArray(), "str_repeat", 1, "string")));
    }

    @Test void str_nullDeprecated() {
        try (Diag d = new Diag()) {
            assertEquals("", Args.str(null, "strlen", 1, "string"));
            assertEquals("Deprecated: strlen(): Passing null to parameter #1 ($string) of type string is deprecated", d.take());
        }
    }

    @Test void toInt_weakMode() {
        assertEquals(5, Args.toInt("5", "str_repeat", 2, "times"));
        assertEquals(2, Args.toInt(" 2", "str_repeat", 2, "times"));
        assertEquals(2, Args.toInt("2 ", "str_repeat", 2, "times"));
        assertEquals(2, Args.toInt("2.0", "str_repeat", 2, "times"));
        assertEquals(2, Args.toInt(2.0, "str_repeat", 2, "times"));
        assertEquals(1, Args.toInt(true, "str_repeat", 2, "times"));
        String msg = "str_repeat(): Argument #2 ($times) must be of type int, ";
        assertEquals(msg + "string given", typeError(() -> Args.toInt("x", "str_repeat", 2, "times")));
        assertEquals(msg + "string given", typeError(() -> Args.toInt("2x", "str_repeat", 2, "times")));
        assertEquals(msg + "string given", typeError(() -> Args.toInt("", "str_repeat", 2, "times")));
        assertEquals(msg + "string given", typeError(() -> Args.toInt("1e20", "str_repeat", 2, "times")));
        assertEquals(msg + "float given", typeError(() -> Args.toInt(1e20, "str_repeat", 2, "times")));
        assertEquals(msg + "float given", typeError(() -> Args.toInt(Double.NaN, "str_repeat", 2, "times")));
        assertEquals(msg + "array given", typeError(() -> Args.toInt(new PhpArray(), "str_repeat", 2, "times")));
    }

    @Test void toInt_deprecations() {
        try (Diag d = new Diag()) {
            assertEquals(1, Args.toInt(1.5, "str_repeat", 2, "times"));
            assertEquals("Deprecated: Implicit conversion from float 1.5 to int loses precision", d.take());
            assertEquals(1, Args.toInt("1.5", "str_repeat", 2, "times"));
            assertEquals("Deprecated: Implicit conversion from float-string \"1.5\" to int loses precision", d.take());
            assertEquals(0, Args.toInt(null, "str_repeat", 2, "times"));
            assertEquals("Deprecated: str_repeat(): Passing null to parameter #2 ($times) of type int is deprecated", d.take());
        }
    }

    @Test void toFloat_weakMode() {
        assertEquals(4.0, Args.toFloat("4", "sqrt", 1, "num"));
        assertEquals(1.0, Args.toFloat(true, "sqrt", 1, "num"));
        assertEquals(3.0, Args.toFloat(3L, "sqrt", 1, "num"));
        assertEquals("sqrt(): Argument #1 ($num) must be of type float, string given",
                typeError(() -> Args.toFloat("4x", "sqrt", 1, "num")));
        assertEquals("sqrt(): Argument #1 ($num) must be of type float, array given",
                typeError(() -> Args.toFloat(new PhpArray(), "sqrt", 1, "num")));
    }

    @Test void toBool_weakMode() {
        assertTrue(Args.toBool("abc", "in_array", 3, "strict"));
        assertTrue(Args.toBool(1.5, "in_array", 3, "strict"));
        assertEquals("in_array(): Argument #3 ($strict) must be of type bool, array given",
                typeError(() -> Args.toBool(new PhpArray(), "in_array", 3, "strict")));
        try (Diag d = new Diag()) {
            assertFalse(Args.toBool(null, "in_array", 3, "strict"));
            assertEquals("Deprecated: in_array(): Passing null to parameter #3 ($strict) of type bool is deprecated", d.take());
        }
    }

    @Test void array_onlyArrays() {
        PhpArray a = new PhpArray();
        assertSame(a, Args.array(a, "in_array", 2, "haystack"));
        assertEquals("in_array(): Argument #2 ($haystack) must be of type array, string given",
                typeError(() -> Args.array("x", "in_array", 2, "haystack")));
        assertEquals("in_array(): Argument #2 ($haystack) must be of type array, null given",
                typeError(() -> Args.array(null, "in_array", 2, "haystack")));
    }

    @Test void number_intOrFloat() {
        assertEquals(5L, Args.number("5", "abs", 1, "num"));
        assertEquals(5.5, Args.number("5.5", "abs", 1, "num"));
        assertEquals(1000.0, Args.number("1e3", "abs", 1, "num"));
        assertEquals(1L, Args.number(true, "abs", 1, "num"));
        assertEquals(9.223372036854775808E18, Args.number("9223372036854775808", "abs", 1, "num"));
        assertEquals("abs(): Argument #1 ($num) must be of type int|float, string given",
                typeError(() -> Args.number("abc", "abs", 1, "num")));
    }
}
