package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ArithTest {
    private static void throwsPhp(String cls, String msg, Executable e) {
        PhpError err = assertThrows(PhpError.class, e);
        assertEquals(cls, err.phpClass);
        assertEquals(msg, err.getMessage());
    }

    @Test void add_overflowsToFloat() {
        assertEquals(9.223372036854776E18, Arith.add(Long.MAX_VALUE, 1L));
        assertEquals(-9.223372036854776E18, Arith.sub(Long.MIN_VALUE, 1L));
        assertEquals(1.8446744073709552E19, Arith.mul(Long.MAX_VALUE, 2L));
        assertEquals(9.223372036854776E18, Arith.neg(Long.MIN_VALUE));
        assertEquals(6L, Arith.mul(2L, 3L));
        assertEquals(-6L, Arith.mul(-2L, 3L));
        assertEquals(Long.MIN_VALUE, Arith.mul(Long.MIN_VALUE, 1L));
        assertEquals(3L, Arith.add(1L, 2L));
        assertEquals(3.5, Arith.add(1L, 2.5));
    }

    @Test void add_numericStrings() {
        assertEquals(13L, Arith.add(" 12", 1L));
        assertEquals(13L, Arith.add("12 ", 1L));
        assertEquals(1000.0, Arith.add("1e3", 0L));
        assertEquals(1L, Arith.add(null, 1L));
        assertEquals(2L, Arith.add(true, 1L));
        assertEquals(9.223372036854775808E18, Arith.add("9223372036854775808", 0L));
    }

    @Test void add_leadingNumericWarns() {
        try (Diag d = new Diag()) {
            assertEquals(13L, Arith.add("12abc", 1L));
            assertEquals("Warning: A non-numeric value encountered", d.take());
            assertEquals(3.0, Arith.mul("1.5xyz", 2L));
            assertEquals("Warning: A non-numeric value encountered", d.take());
        }
    }

    @Test void add_nonNumericThrows() {
        throwsPhp("TypeError", "Unsupported operand types: string + int", () -> Arith.add("abc", 1L));
        throwsPhp("TypeError", "Unsupported operand types: string + int", () -> Arith.add("", 1L));
        throwsPhp("TypeError", "Unsupported operand types: int + string", () -> Arith.add(1L, "abc"));
        throwsPhp("TypeError", "Unsupported operand types: string * int", () -> Arith.neg("abc"));
        throwsPhp("TypeError", "Unsupported operand types: array + int", () -> Arith.add(new PhpArray(), 1L));
        throwsPhp("TypeError", "Unsupported operand types: array - array", () -> Arith.sub(new PhpArray(), new PhpArray()));
        throwsPhp("TypeError", "Unsupported operand types: array + null", () -> Arith.add(PhpArray.of(1L), null));
    }

    @Test void add_arraysIsUnionLeftWins() {
        PhpArray a = PhpArray.of("a", "b");
        PhpArray b = PhpArray.of("x", "y", "z");
        PhpArray u = (PhpArray) Arith.add(a, b);
        assertEquals(3, u.size());
        assertEquals("a", u.lookup(0));
        assertEquals("z", u.lookup(2));
        assertEquals(2, a.size());
    }

    @Test void div_exactOrFloat() {
        assertEquals(2L, Arith.div(6L, 3L));
        assertEquals(3.5, Arith.div(7L, 2L));
        assertEquals(2.0, Arith.div(6.0, 3L));
        assertEquals(9.223372036854776E18, Arith.div(Long.MIN_VALUE, -1L));
        throwsPhp("DivisionByZeroError", "Division by zero", () -> Arith.div(1L, 0L));
        throwsPhp("DivisionByZeroError", "Division by zero", () -> Arith.div(1.0, 0.0));
    }

    @Test void mod_intSemantics() {
        assertEquals(1L, Arith.mod(7L, 3L));
        assertEquals(-1L, Arith.mod(-7L, 3L));
        assertEquals(0L, Arith.mod(Long.MIN_VALUE, -1L));
        throwsPhp("DivisionByZeroError", "Modulo by zero", () -> Arith.mod(1L, 0L));
        throwsPhp("TypeError", "Unsupported operand types: string % int", () -> Arith.mod("abc", 3L));
    }

    @Test void mod_floatOperandsDeprecated() {
        try (Diag d = new Diag()) {
            assertEquals(1L, Arith.mod(7.5, 2L));
            assertEquals("Deprecated: Implicit conversion from float 7.5 to int loses precision", d.take());
            assertEquals(1L, Arith.mod("7.5", 2L));
            assertEquals("Deprecated: Implicit conversion from float-string \"7.5\" to int loses precision", d.take());
            assertEquals(2L, Arith.mod(1e20, 3L));
            assertEquals("Deprecated: Implicit conversion from float 1.0E+20 to int loses precision", d.take());
            assertEquals(0L, Arith.mod(Long.MAX_VALUE, "9223372036854775808"));
            assertEquals("", d.take()); // the string caps at PHP_INT_MAX, which is "compatible"
            assertEquals(1L, Arith.mod(7.0, 2L));
            assertEquals("", d.take());
        }
    }

    @Test void pow_intsStayIntWhenTheyFit() {
        assertEquals(4611686018427387904L, Arith.pow(2L, 62L));
        assertEquals(9.223372036854776E18, Arith.pow(2L, 63L));
        assertEquals(Long.MIN_VALUE, Arith.pow(-2L, 63L));
        assertEquals(0.5, Arith.pow(2L, -1L));
        assertEquals(1L, Arith.pow(0L, 0L));
        assertEquals(Double.POSITIVE_INFINITY, Arith.pow(0L, -1L));
        assertEquals(-27L, Arith.pow(-3L, 3L));
        assertEquals(4.0, Arith.pow(2.0, 2L));
        assertEquals(8L, Arith.pow("2", "3"));
        assertEquals(1.0E30, Arith.pow(10L, 30L));
        assertEquals(1.0, Arith.pow(1L, Double.NaN));
        assertEquals(1.0, Arith.pow(-1L, Double.POSITIVE_INFINITY));
    }

    @Test void plus_convertsStrings() {
        assertEquals(5L, Arith.plus("5"));
        assertEquals(1.5, Arith.plus(" 1.5"));
    }

    @Test void inc_numbers() {
        assertEquals(9.223372036854776E18, Arith.inc(Long.MAX_VALUE));
        assertEquals(2.5, Arith.inc(1.5));
        assertEquals(1L, Arith.inc(null));
        assertEquals(true, Arith.inc(true));
        assertNull(Arith.dec(null));
        assertEquals(-9.223372036854776E18, Arith.dec(Long.MIN_VALUE));
    }

    @Test void inc_strings() {
        assertEquals("b", Arith.inc("a"));
        assertEquals("aa", Arith.inc("z"));
        assertEquals("Ba", Arith.inc("Az"));
        assertEquals("aaa", Arith.inc("zz"));
        assertEquals("b0", Arith.inc("a9"));
        assertEquals("AAa", Arith.inc("Zz"));
        assertEquals("10", Arith.inc("09") instanceof Long l ? String.valueOf(l) : "?");
        assertEquals(10L, Arith.inc("9"));
        assertEquals(6.5, Arith.inc("5.5"));
        assertEquals("1", Arith.inc(""));
        assertEquals(" ", Arith.inc(" "));
        assertEquals("a ", Arith.inc("a "));
        assertEquals(2L, Arith.inc(" 1"));
        assertEquals(101.0, Arith.inc("1e2"));
        assertEquals("-", Arith.inc("-"));
        assertEquals("12abd", Arith.inc("12abc"));
        assertEquals("b", Arith.inc(ConcatString.of("a")));
    }

    @Test void dec_strings() {
        assertEquals("abc", Arith.dec("abc"));
        assertEquals(-1L, Arith.dec(""));
        assertEquals(4L, Arith.dec("5"));
        throwsPhp("TypeError", "Cannot decrement array", () -> Arith.dec(new PhpArray()));
        throwsPhp("TypeError", "Cannot increment array", () -> Arith.inc(new PhpArray()));
    }
}
