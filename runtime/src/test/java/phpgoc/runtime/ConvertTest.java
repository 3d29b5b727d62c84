package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ConvertTest {
    private static void check(String echo, String repr, double d) {
        assertEquals(echo, Convert.doubleToString(d, 14), "echo of " + repr);
        assertEquals(repr, Convert.doubleRepr(d), "repr of " + echo);
    }

    /** Expected strings are php -n's `echo $v` and `var_dump($v)` output. */
    @Test void doubleToString_matchesPhp() {
        check("0.3", "0.30000000000000004", 0.1+0.2);
        check("0.33333333333333", "0.3333333333333333", 1.0/3);
        check("1.0E+15", "1000000000000000", 1e15);
        check("1.0E+14", "100000000000000", 1e14);
        check("1.2345678901235E+17", "1.2345678901234568E+17", 123456789012345678.0);
        check("-0", "-0", -0.0);
        check("1", "1", 1.0);
        check("2.5E-5", "2.5E-5", 2.5e-5);
        check("0.0001", "0.0001", 0.0001);
        check("1.0E-5", "1.0E-5", 0.00001);
        check("1.2345678901234E+14", "123456789012345", 123456789012345.0);
        check("1.0E+100", "1.0E+100", 1e100);
        check("-1.5", "-1.5", -1.5);
        check("1.0E+14", "99999999999999.9", 99999999999999.9);
        check("1.0E+15", "999999999999999", 999999999999999.0);
        check("1.0E+25", "1.0E+25", 1e25);
        check("1.0E-7", "1.0E-7", 1e-7);
        check("0.1", "0.1", 0.1);
        check("1.0E+16", "10000000000000000", 1e16);
        check("1.0E+17", "1.0E+17", 1e17);
        check("4.9406564584125E-324", "5.0E-324", 5e-324);
        check("1.7976931348623E+308", "1.7976931348623157E+308", Double.MAX_VALUE);
        check("100", "100", 100.0);
        check("1234567.125", "1234567.125", 1234567.125);
        check("0.5", "0.5", 0.5);
        check("-123.456", "-123.456", -123.456);
        check("3.0E-10", "3.0E-10", 3.0e-10);
        check("7.0E-10", "7.0E-10", 7.0E-10);
        check("1.5E+300", "1.5E+300", 1.5e300);
        check("9.007199254741E+15", "9007199254740992", Math.pow(2, 53));
        check("0.8", "0.7999999999999999", 0.1+0.7);
        check("8", "7.999999999999999", (0.1+0.7)*10);
        check("1.0E+22", "1.0E+22", 1e22);
        check("4.35", "4.35", 4.35);
        check("-1.0E-300", "-1.0E-300", -1e-300);
        check("12345678.9", "12345678.9", 12345678.9);
        check("9.2233720368548E+18", "9.223372036854776E+18", 9223372036854775807.0 + 1.0);
        check("0.00012345678901235", "0.00012345678901234567", 0.000123456789012345678);
        check("1.8368453558690E+14", "183684535586905", 183684535586905.0);
        check("1.0000000000000E+14", "100000000000005", 100000000000005.0);
        check("1.0000000000002E+14", "100000000000015", 100000000000015.0);
        check("1.0E+14", "100000000000001", 100000000000001.0);
        check("INF", "INF", Double.POSITIVE_INFINITY);
        check("-INF", "-INF", Double.NEGATIVE_INFINITY);
        check("NAN", "NAN", Double.NaN);
    }

    @Test void doubleToString_otherPrecisions() {
        assertEquals("0.30000000000000004", Convert.doubleToString(0.1 + 0.2, 17));
        assertEquals("0.30000000000000004", Convert.doubleToString(0.1 + 0.2, -1));
        assertEquals("3.1416", Convert.doubleToString(Math.PI, 5));
        assertEquals("3", Convert.doubleToString(Math.PI, 1));
    }

    @Test void toStr_scalars() {
        assertEquals("1", Convert.toStr(true));
        assertEquals("", Convert.toStr(false));
        assertEquals("", Convert.toStr(null));
        assertEquals("-42", Convert.toStr(-42L));
        assertEquals("0.3", Convert.toStr(0.1 + 0.2));
        assertEquals("ab", Convert.toStr(ConcatString.of("a").append("b")));
    }

    @Test void toStr_arrayWarns() {
        try (Diag d = new Diag()) {
            assertEquals("Array", Convert.toStr(new PhpArray()));
            assertEquals("Warning: Array to string conversion", d.take());
        }
    }

    @Test void toStr_usesIniPrecision() {
        try (Diag d = new Diag()) {
            Context.current().ini.precision = 17;
            assertEquals("0.10000000000000001", Convert.toStr(0.1));
        }
    }

    @Test void toLong_strings() {
        assertEquals(12, Convert.toLong("12abc"));
        assertEquals(12, Convert.toLong(" 12"));
        assertEquals(12, Convert.toLong("12 "));
        assertEquals(1000, Convert.toLong("1e3"));
        assertEquals(0, Convert.toLong("abc"));
        assertEquals(0, Convert.toLong("0x1A"));
        assertEquals(-12, Convert.toLong("  -0012abc"));
        assertEquals(19, Convert.toLong("1.9e1x"));
        assertEquals(Long.MAX_VALUE, Convert.toLong("1e100"));
        assertEquals(Long.MAX_VALUE, Convert.toLong("9223372036854775808"));
        assertEquals(Long.MIN_VALUE, Convert.toLong("-9223372036854775809"));
        assertEquals(Long.MIN_VALUE, Convert.toLong("-1e100"));
    }

    @Test void toLong_floats() {
        assertEquals(1, Convert.toLong(1.9));
        assertEquals(-1, Convert.toLong(-1.9));
        assertEquals(0, Convert.toLong(Double.NaN));
        assertEquals(0, Convert.toLong(Double.POSITIVE_INFINITY));
        assertEquals(7766279631452241920L, Convert.toLong(1e20));
        assertEquals(-7766279631452241920L, Convert.toLong(-1e20));
        assertEquals(0, Convert.toLong(1.8446744073709552E+19));
        assertEquals(Long.MIN_VALUE, Convert.toLong(9.2233720368547758E+18));
        assertEquals(-3446744073709551616L, Convert.toLong(1.5e19));
    }

    @Test void toLong_others() {
        assertEquals(1, Convert.toLong(true));
        assertEquals(0, Convert.toLong(null));
        assertEquals(0, Convert.toLong(new PhpArray()));
        assertEquals(1, Convert.toLong(PhpArray.of(5L)));
    }

    @Test void toDouble_strings() {
        assertEquals(1000.0, Convert.toDouble("1e3"));
        assertEquals(1.5, Convert.toDouble("1.5xyz"));
        assertEquals(0.5, Convert.toDouble(".5"));
        assertEquals(-0.005, Convert.toDouble("-.5e-2"));
        assertEquals(1.0, Convert.toDouble("1e"));
        assertEquals(0.0, Convert.toDouble("."));
        assertEquals(9.223372036854775808E18, Convert.toDouble("9223372036854775808"));
    }

    @Test void toBool_values() {
        assertFalse(Convert.toBool(""));
        assertFalse(Convert.toBool("0"));
        assertTrue(Convert.toBool("0.0"));
        assertTrue(Convert.toBool(" "));
        assertFalse(Convert.toBool(0.0));
        assertFalse(Convert.toBool(-0.0));
        assertTrue(Convert.toBool(Double.NaN));
        assertFalse(Convert.toBool(new PhpArray()));
        assertTrue(Convert.toBool(PhpArray.of(0L)));
        assertFalse(Convert.toBool(null));
        assertFalse(Convert.toBool(Values.UNDEF));
    }

    @Test void parseNumeric_wholeStrings() {
        assertEquals(12L, Convert.parseNumeric(" 12"));
        assertEquals(12L, Convert.parseNumeric("12 "));
        assertEquals(12L, Convert.parseNumeric("\n12\t"));
        assertEquals(1L, Convert.parseNumeric("\u000b1"));
        assertEquals(1000.0, Convert.parseNumeric("1e3"));
        assertEquals(5L, Convert.parseNumeric("+5"));
        assertEquals(1.0, Convert.parseNumeric("1."));
        assertEquals(0.5, Convert.parseNumeric(".5"));
        assertEquals(9.223372036854775808E18, Convert.parseNumeric("9223372036854775808"));
        assertEquals(Long.MIN_VALUE, Convert.parseNumeric("-9223372036854775808"));
        assertNull(Convert.parseNumeric("0x1A"));
        assertNull(Convert.parseNumeric("12abc"));
        assertNull(Convert.parseNumeric(""));
        assertNull(Convert.parseNumeric(" "));
        assertNull(Convert.parseNumeric("."));
        assertNull(Convert.parseNumeric("1e"));
        assertNull(Convert.parseNumeric("- 1"));
        assertTrue(Convert.isNumericString("1e3"));
        assertFalse(Convert.isNumericString("abc"));
    }

    @Test void toKey_normalises() {
        assertEquals(8L, Convert.toKey("8"));
        assertEquals("08", Convert.toKey("08"));
        assertEquals(-5L, Convert.toKey("-5"));
        assertEquals("-0", Convert.toKey("-0"));
        assertEquals(0L, Convert.toKey("0"));
        assertEquals("9223372036854775808", Convert.toKey("9223372036854775808"));
        assertEquals(Long.MIN_VALUE, Convert.toKey("-9223372036854775808"));
        assertEquals(" 1", Convert.toKey(" 1"));
        assertEquals("1 ", Convert.toKey("1 "));
        assertEquals("+1", Convert.toKey("+1"));
        assertEquals(1L, Convert.toKey(true));
        assertEquals(0L, Convert.toKey(false));
        assertEquals("", Convert.toKey(null));
        assertEquals(2L, Convert.toKey(2.0));
    }

    @Test void toKey_fractionalFloatDeprecation() {
        try (Diag d = new Diag()) {
            assertEquals(1L, Convert.toKey(1.7));
            assertEquals("Deprecated: Implicit conversion from float 1.7 to int loses precision", d.take());
            assertEquals(0L, Convert.toKey(Double.NaN));
            assertEquals("Deprecated: Implicit conversion from float NAN to int loses precision", d.take());
            assertEquals(7766279631452241920L, Convert.toKey(1e20));
            assertEquals("Deprecated: Implicit conversion from float 1.0E+20 to int loses precision", d.take());
        }
    }

    @Test void toKey_arrayIsIllegal() {
        PhpError e = assertThrows(PhpError.class, () -> Convert.toKey(new PhpArray()));
        assertEquals("TypeError", e.phpClass);
        assertEquals("Illegal offset type", e.getMessage());
    }

    @Test void toArray_casts() {
        assertEquals(0, Convert.toArray(null).size());
        assertEquals("x", Convert.toArray("x").lookup(0));
        PhpArray a = PhpArray.of(1L);
        assertSame(a, Convert.toArray(a));
    }
}
