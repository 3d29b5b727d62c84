package phpgoc.runtime.ext.standard;

import org.junit.jupiter.api.Test;

/** type function tests. Expected values are real php 8.2 output (generated from the php command in each comment). */
class TypesTest extends ExtTestBase {
    @Test
    void predicates_values() {
        // php -n -r 'var_dump(is_int(1));'
        check("=> bool(true)\n", "is_int", 1L);
        // php -n -r 'var_dump(is_int("1"));'
        check("=> bool(false)\n", "is_int", "1");
        // php -n -r 'var_dump(is_integer(1.0));'
        check("=> bool(false)\n", "is_integer", 1.0d);
        // php -n -r 'var_dump(is_long(5));'
        check("=> bool(true)\n", "is_long", 5L);
        // php -n -r 'var_dump(is_float(1.0));'
        check("=> bool(true)\n", "is_float", 1.0d);
        // php -n -r 'var_dump(is_double(1));'
        check("=> bool(false)\n", "is_double", 1L);
        // php -n -r 'var_dump(is_string(""));'
        check("=> bool(true)\n", "is_string", "");
        // php -n -r 'var_dump(is_bool(false));'
        check("=> bool(true)\n", "is_bool", false);
        // php -n -r 'var_dump(is_array([]));'
        check("=> bool(true)\n", "is_array", list());
        // php -n -r 'var_dump(is_null(NULL));'
        check("=> bool(true)\n", "is_null", (Object) null);
        // php -n -r 'var_dump(is_numeric("1e5"));'
        check("=> bool(true)\n", "is_numeric", "1e5");
        // php -n -r 'var_dump(is_numeric(" 12 "));'
        check("=> bool(true)\n", "is_numeric", " 12 ");
        // php -n -r 'var_dump(is_numeric("12abc"));'
        check("=> bool(false)\n", "is_numeric", "12abc");
        // php -n -r 'var_dump(is_numeric(".5"));'
        check("=> bool(true)\n", "is_numeric", ".5");
        // php -n -r 'var_dump(is_numeric(""));'
        check("=> bool(false)\n", "is_numeric", "");
        // php -n -r 'var_dump(is_numeric(1.5));'
        check("=> bool(true)\n", "is_numeric", 1.5d);
        // php -n -r 'var_dump(is_numeric(NULL));'
        check("=> bool(false)\n", "is_numeric", (Object) null);
        // php -n -r 'var_dump(is_scalar(1.5));'
        check("=> bool(true)\n", "is_scalar", 1.5d);
        // php -n -r 'var_dump(is_scalar(NULL));'
        check("=> bool(false)\n", "is_scalar", (Object) null);
        // php -n -r 'var_dump(is_iterable([1]));'
        check("=> bool(true)\n", "is_iterable", list(1L));
        // php -n -r 'var_dump(is_iterable("a"));'
        check("=> bool(false)\n", "is_iterable", "a");
        // php -n -r 'var_dump(is_countable([]));'
        check("=> bool(true)\n", "is_countable", list());
    }

    @Test
    void gettype_names() {
        // php -n -r 'var_dump(gettype(1));'
        check("=> string(7) \"integer\"\n", "gettype", 1L);
        // php -n -r 'var_dump(gettype(1.5));'
        check("=> string(6) \"double\"\n", "gettype", 1.5d);
        // php -n -r 'var_dump(gettype("s"));'
        check("=> string(6) \"string\"\n", "gettype", "s");
        // php -n -r 'var_dump(gettype(true));'
        check("=> string(7) \"boolean\"\n", "gettype", true);
        // php -n -r 'var_dump(gettype([]));'
        check("=> string(5) \"array\"\n", "gettype", list());
        // php -n -r 'var_dump(gettype(NULL));'
        check("=> string(4) \"NULL\"\n", "gettype", (Object) null);
        // php -n -r 'var_dump(get_debug_type(1));'
        check("=> string(3) \"int\"\n", "get_debug_type", 1L);
        // php -n -r 'var_dump(get_debug_type(1.5));'
        check("=> string(5) \"float\"\n", "get_debug_type", 1.5d);
        // php -n -r 'var_dump(get_debug_type("s"));'
        check("=> string(6) \"string\"\n", "get_debug_type", "s");
        // php -n -r 'var_dump(get_debug_type(false));'
        check("=> string(4) \"bool\"\n", "get_debug_type", false);
        // php -n -r 'var_dump(get_debug_type([]));'
        check("=> string(5) \"array\"\n", "get_debug_type", list());
        // php -n -r 'var_dump(get_debug_type(NULL));'
        check("=> string(4) \"null\"\n", "get_debug_type", (Object) null);
    }

    @Test
    void intval_bases() {
        // php -n -r 'var_dump(intval("42"));'
        check("=> int(42)\n", "intval", "42");
        // php -n -r 'var_dump(intval(42.9));'
        check("=> int(42)\n", "intval", 42.9d);
        // php -n -r 'var_dump(intval("0x1A", 16));'
        check("=> int(26)\n", "intval", "0x1A", 16L);
        // php -n -r 'var_dump(intval("0x1A", 0));'
        check("=> int(26)\n", "intval", "0x1A", 0L);
        // php -n -r 'var_dump(intval("012", 0));'
        check("=> int(10)\n", "intval", "012", 0L);
        // php -n -r 'var_dump(intval("42", 8));'
        check("=> int(34)\n", "intval", "42", 8L);
        // php -n -r 'var_dump(intval("0b11", 0));'
        check("=> int(3)\n", "intval", "0b11", 0L);
        // php -n -r 'var_dump(intval(" 12abc", 10));'
        check("=> int(12)\n", "intval", " 12abc", 10L);
        // php -n -r 'var_dump(intval("zz", 36));'
        check("=> int(1295)\n", "intval", "zz", 36L);
        // php -n -r 'var_dump(intval("99999999999999999999", 10));'
        check("=> int(9223372036854775807)\n", "intval", "99999999999999999999", 10L);
        // php -n -r 'var_dump(intval("99999999999999999999", 16));'
        check("=> int(9223372036854775807)\n", "intval", "99999999999999999999", 16L);
        // php -n -r 'var_dump(intval("-0x1A", 16));'
        check("=> int(-26)\n", "intval", "-0x1A", 16L);
        // php -n -r 'var_dump(intval(42.9, 16));'
        check("=> int(42)\n", "intval", 42.9d, 16L);
        // php -n -r 'var_dump(intval("0o17", 0));'
        check("=> int(0)\n", "intval", "0o17", 0L);
        // php -n -r 'var_dump(intval("  0x1A", 16));'
        check("=> int(26)\n", "intval", "  0x1A", 16L);
        // php -n -r 'var_dump(intval("-0b101", 2));'
        check("=> int(-5)\n", "intval", "-0b101", 2L);
        // php -n -r 'var_dump(intval(NULL));'
        check("=> int(0)\n", "intval", (Object) null);
        // php -n -r 'var_dump(intval([]));'
        check("=> int(0)\n", "intval", list());
        // php -n -r 'var_dump(intval([0]));'
        check("=> int(1)\n", "intval", list(0L));
        // php -n -r 'var_dump(intval("1e3"));'
        check("=> int(1000)\n", "intval", "1e3");
    }

    @Test
    void conversions_values() {
        // php -n -r 'var_dump(floatval("1e3abc"));'
        check("=> float(1000)\n", "floatval", "1e3abc");
        // php -n -r 'var_dump(floatval("abc"));'
        check("=> float(0)\n", "floatval", "abc");
        // php -n -r 'var_dump(doubleval("1.5"));'
        check("=> float(1.5)\n", "doubleval", "1.5");
        // php -n -r 'var_dump(strval(1.0));'
        check("=> string(1) \"1\"\n", "strval", 1.0d);
        // php -n -r 'var_dump(strval(0.30000000000000004));'
        check("=> string(3) \"0.3\"\n", "strval", 0.30000000000000004d);
        // php -n -r 'var_dump(strval(true));'
        check("=> string(1) \"1\"\n", "strval", true);
        // php -n -r 'var_dump(strval(NULL));'
        check("=> string(0) \"\"\n", "strval", (Object) null);
        // php -n -r 'var_dump(boolval("0"));'
        check("=> bool(false)\n", "boolval", "0");
        // php -n -r 'var_dump(boolval("0.0"));'
        check("=> bool(true)\n", "boolval", "0.0");
        // php -n -r 'var_dump(boolval([]));'
        check("=> bool(false)\n", "boolval", list());
        // php -n -r 'var_dump(boolval([0]));'
        check("=> bool(true)\n", "boolval", list(0L));
        // php -n -r 'var_dump(boolval(0.0));'
        check("=> bool(false)\n", "boolval", 0.0d);
    }
}
