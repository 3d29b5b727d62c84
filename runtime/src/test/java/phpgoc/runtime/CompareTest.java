package phpgoc.runtime;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Expected values are php -n's for {@code $a == $b}, {@code $a <=> $b}, {@code $b <=> $a}. */
class CompareTest {
    private static void check(Object a, Object b, boolean eq, int ab, int ba) {
        assertEquals(eq, Compare.looseEquals(a, b), a + " == " + b);
        assertEquals(eq, Compare.looseEquals(b, a), b + " == " + a);
        assertEquals(ab, Compare.compare(a, b), a + " <=> " + b);
        assertEquals(ba, Compare.compare(b, a), b + " <=> " + a);
    }

    private static PhpArray map(Object... kv) {
        PhpArray a = new PhpArray();
        for (int i = 0; i < kv.length; i += 2) a.put(kv[i], kv[i + 1]);
        return a;
    }

    @Test void compare_intsAndStrings() {
        check(0L, "abc", false, -1, 1);
        check("abc", 0L, false, 1, -1);
        check(1L, "1abc", false, -1, 1);
        check(0L, "", false, 1, -1);
        check(1L, " 1", true, 0, 0);
        check(10L, "9a", false, -1, 1); // compared as strings
        check(1.5, "1.5", true, 0, 0);
    }

    @Test void compare_numericStrings() {
        check("1", "01", true, 0, 0);
        check("10", "1e1", true, 0, 0);
        check(" 1", "1", true, 0, 0);
        check("1 ", "1", true, 0, 0);
        check("1e3", "1000", true, 0, 0);
        check("10", "9", false, 1, -1);
        check("10", "9a", false, -1, 1);
        check("9223372036854775807", "9223372036854775808", false, -1, 1);
        check("9223372036854775808", "9223372036854775809", false, -1, 1);
        check("1e1000", "1e1001", false, -1, 1); // both INF: compared as strings
    }

    @Test void compare_nonNumericStringsBytewise() {
        check("abc", "ABC", false, 1, -1);
        check("abc", "abd", false, -1, 1);
        check("abc", "abcd", false, -1, 1);
        check("b", "abcd", false, 1, -1);
        check("\u00ff", "a", false, 1, -1);
    }

    @Test void compare_nullAndBool() {
        check(null, false, true, 0, 0);
        check(null, "", true, 0, 0);
        check(null, "a", false, -1, 1);
        check(null, 0L, true, 0, 0);
        check(null, -1L, false, -1, 1);
        check(true, "a", true, 0, 0);
        check("0", false, true, 0, 0);
        check("0.0", false, false, 1, -1);
        check(null, new PhpArray(), true, 0, 0);
        check(new PhpArray(), false, true, 0, 0);
        check(PhpArray.of(1L), true, true, 0, 0);
    }

    @Test void compare_arrays() {
        check(PhpArray.of(1L, 2L), PhpArray.of(1L, 2L), true, 0, 0);
        check(PhpArray.of(1L, 2L), map(1L, 2L, 0L, 1L), true, 0, 0);
        check(PhpArray.of(1L, 2L), map(2L, 1L), false, 1, -1);
        check(map("a", 1L), map("b", 1L), false, 1, 1);
        assertEquals(-1, Compare.compare(map("a", 1L, "b", 2L), map("b", 1L, "a", 2L)));
        check(1L, new PhpArray(), false, -1, 1);
        check("a", new PhpArray(), false, -1, 1);
    }

    @Test void compare_nan() {
        double nan = Double.NaN;
        assertFalse(Compare.looseEquals(nan, nan));
        assertEquals(1, Compare.compare(nan, nan));
        assertEquals(1, Compare.compare(nan, 1L));
        assertEquals(1, Compare.compare(1L, nan));
        assertFalse(Compare.lt(nan, 1L));
        assertFalse(Compare.gt(nan, 1L));
        assertFalse(Compare.le(nan, 1L));
        assertFalse(Compare.ge(nan, 1L));
        assertFalse(Compare.lt(1L, nan));
        assertFalse(Compare.gt(1L, nan));
    }

    @Test void ordering_operators() {
        assertTrue(Compare.lt(1L, 2L));
        assertTrue(Compare.le(2L, 2L));
        assertTrue(Compare.gt(2.5, 2L));
        assertTrue(Compare.ge("10", "9"));
        assertTrue(Compare.lt("abc", "abd"));
        assertTrue(Compare.gt(new PhpArray(), 5L));
    }

    @Test void identical_types() {
        assertTrue(Compare.identical(1L, 1L));
        assertFalse(Compare.identical(1L, 1.0));
        assertFalse(Compare.identical("1", 1L));
        assertTrue(Compare.identical("ab", ConcatString.of("a").append("b")));
        assertTrue(Compare.identical(null, Values.UNDEF));
        assertFalse(Compare.identical(Double.NaN, Double.NaN));
        assertTrue(Compare.identical(0.0, -0.0));
        assertFalse(Compare.identical(false, null));
        assertTrue(Compare.identical(new Ref(5L), 5L));
    }

    @Test void identical_arraysOrderMatters() {
        assertTrue(Compare.identical(PhpArray.of(1L, 2L), PhpArray.of(1L, 2L)));
        assertFalse(Compare.identical(PhpArray.of(1L, 2L), map(1L, 2L, 0L, 1L)));
        assertFalse(Compare.identical(PhpArray.of(1L), PhpArray.of(1.0)));
        assertTrue(Compare.identical(map("a", PhpArray.of("x")), map("a", PhpArray.of("x"))));
    }
}
