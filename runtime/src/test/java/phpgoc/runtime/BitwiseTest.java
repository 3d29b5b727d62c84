package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class BitwiseTest {
    @Test void shifts_edgeCases() {
        assertEquals(0L, Bitwise.shl(1L, 64L));
        assertEquals(-1L, Bitwise.shr(-8L, 64L));
        assertEquals(0L, Bitwise.shr(8L, 70L));
        assertEquals(Long.MIN_VALUE, Bitwise.shl(1L, 63L));
        assertEquals(4L, Bitwise.shr("8", "1"));
        PhpError e = assertThrows(PhpError.class, () -> Bitwise.shl(1L, -1L));
        assertEquals("ArithmeticError", e.phpClass);
        assertEquals("Bit shift by negative number", e.getMessage());
    }

    @Test void strings_bytewise() {
        assertEquals("`", Bitwise.and("a", "b"));
        assertEquals("cb", Bitwise.or("ab", "c"));
        assertEquals("\u0002", Bitwise.xor("ab", "c"));
        assertEquals("\u009e\u009d", Bitwise.not("ab"));
    }

    @Test void operands_converted() {
        assertEquals(1L, Bitwise.and(5L, "3"));
        assertEquals(0L, Bitwise.and(null, 1L));
        try (Diag d = new Diag()) {
            assertEquals(-2L, Bitwise.not(1.5));
            assertEquals("Deprecated: Implicit conversion from float 1.5 to int loses precision", d.take());
        }
    }

    @Test void errors_matchPhp() {
        assertEquals("Unsupported operand types: array & int",
                assertThrows(PhpError.class, () -> Bitwise.and(new PhpArray(), 1L)).getMessage());
        assertEquals("Unsupported operand types: string & int",
                assertThrows(PhpError.class, () -> Bitwise.and("abc", 1L)).getMessage());
        assertEquals("Cannot perform bitwise not on bool",
                assertThrows(PhpError.class, () -> Bitwise.not(true)).getMessage());
        assertEquals("Cannot perform bitwise not on null",
                assertThrows(PhpError.class, () -> Bitwise.not(null)).getMessage());
    }
}
