package phpgoc.runtime.ext.standard;

import org.junit.jupiter.api.Test;

/** math function tests. Expected values are real php 8.2 output (generated from the php command in each comment). */
class MathTest extends ExtTestBase {
    @Test
    void intdiv_values() {
        // php -n -r 'var_dump(intdiv(7, 2));'
        check("=> int(3)\n", "intdiv", 7L, 2L);
        // php -n -r 'var_dump(intdiv(-7, 2));'
        check("=> int(-3)\n", "intdiv", -7L, 2L);
        // php -n -r 'var_dump(intdiv(1, 0));'
        check("EXC DivisionByZeroError: Division by zero", "intdiv", 1L, 0L);
        // php -n -r 'var_dump(intdiv(-9223372036854775807-1, -1));'
        check("EXC ArithmeticError: Division of PHP_INT_MIN by -1 is not an integer", "intdiv", Long.MIN_VALUE, -1L);
        // php -n -r 'var_dump(intdiv("9", "3"));'
        check("=> int(3)\n", "intdiv", "9", "3");
    }

    @Test
    void abs_values() {
        // php -n -r 'var_dump(abs(-5));'
        check("=> int(5)\n", "abs", -5L);
        // php -n -r 'var_dump(abs(-5.5));'
        check("=> float(5.5)\n", "abs", -5.5d);
        // php -n -r 'var_dump(abs(-9223372036854775807-1));'
        check("=> float(9.223372036854776E+18)\n", "abs", Long.MIN_VALUE);
        // php -n -r 'var_dump(abs("-3"));'
        check("=> int(3)\n", "abs", "-3");
        // php -n -r 'var_dump(abs(-0.0));'
        check("=> float(0)\n", "abs", -0.0d);
    }

    @Test
    void maxMin_forms() {
        // php -n -r 'var_dump(max([1, 5, 3]));'
        check("=> int(5)\n", "max", list(1L, 5L, 3L));
        // php -n -r 'var_dump(max(1, "5", 3));'
        check("=> string(1) \"5\"\n", "max", 1L, "5", 3L);
        // php -n -r 'var_dump(max("apple", "banana"));'
        check("=> string(6) \"banana\"\n", "max", "apple", "banana");
        // php -n -r 'var_dump(max([1, 2], [1, 3]));'
        check("=> array(2) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(3)\n}\n", "max", list(1L, 2L), list(1L, 3L));
        // php -n -r 'var_dump(max("10", 9));'
        check("=> string(2) \"10\"\n", "max", "10", 9L);
        // php -n -r 'var_dump(max("abc", 0));'
        check("=> string(3) \"abc\"\n", "max", "abc", 0L);
        // php -n -r 'var_dump(max(1));'
        check("EXC TypeError: max(): Argument #1 ($value) must be of type array, int given", "max", 1L);
        // php -n -r 'var_dump(max([]));'
        check("EXC ValueError: max(): Argument #1 ($value) must contain at least one element", "max", list());
        // php -n -r 'var_dump(min([]));'
        check("EXC ValueError: min(): Argument #1 ($value) must contain at least one element", "min", list());
        // php -n -r 'var_dump(min(3, 1.5, "2"));'
        check("=> float(1.5)\n", "min", 3L, 1.5d, "2");
        // php -n -r 'var_dump(min([0, -0.0]));'
        check("=> int(0)\n", "min", list(0L, -0.0d));
        // php -n -r 'var_dump(max(NULL, false));'
        check("=> NULL\n", "max", (Object) null, false);
        // php -n -r 'var_dump(min([1, 2], 5));'
        check("=> int(5)\n", "min", list(1L, 2L), 5L);
    }

    @Test
    void floorCeil_returnFloat() {
        // php -n -r 'var_dump(floor(5));'
        check("=> float(5)\n", "floor", 5L);
        // php -n -r 'var_dump(floor(-5.5));'
        check("=> float(-6)\n", "floor", -5.5d);
        // php -n -r 'var_dump(ceil("4.1"));'
        check("=> float(5)\n", "ceil", "4.1");
        // php -n -r 'var_dump(ceil(-0.5));'
        check("=> float(-0)\n", "ceil", -0.5d);
        // php -n -r 'var_dump(floor("x"));'
        check("EXC TypeError: floor(): Argument #1 ($num) must be of type int|float, string given", "floor", "x");
    }

    @Test
    void round_preRounding() {
        // php -n -r 'var_dump(round(5));'
        check("=> float(5)\n", "round", 5L);
        // php -n -r 'var_dump(round(-2.5));'
        check("=> float(-3)\n", "round", -2.5d);
        // php -n -r 'var_dump(round(2.5));'
        check("=> float(3)\n", "round", 2.5d);
        // php -n -r 'var_dump(round(1.955, 2));'
        check("=> float(1.96)\n", "round", 1.955d, 2L);
        // php -n -r 'var_dump(round(5.045, 2));'
        check("=> float(5.05)\n", "round", 5.045d, 2L);
        // php -n -r 'var_dump(round(5.055, 2));'
        check("=> float(5.06)\n", "round", 5.055d, 2L);
        // php -n -r 'var_dump(round(1234.5678, -2));'
        check("=> float(1200)\n", "round", 1234.5678d, -2L);
        // php -n -r 'var_dump(round(3, -1));'
        check("=> float(0)\n", "round", 3L, -1L);
        // php -n -r 'var_dump(round(15, -1));'
        check("=> float(20)\n", "round", 15L, -1L);
        // php -n -r 'var_dump(round(-0.4));'
        check("=> float(-0)\n", "round", -0.4d);
        // php -n -r 'var_dump(round(2.5, 0, 3));'
        check("=> float(2)\n", "round", 2.5d, 0L, 3L);
        // php -n -r 'var_dump(round(-1.55, 1, 2));'
        check("=> float(-1.5)\n", "round", -1.55d, 1L, 2L);
        // php -n -r 'var_dump(round(1.45, 1, 4));'
        check("=> float(1.5)\n", "round", 1.45d, 1L, 4L);
        // php -n -r 'var_dump(round(1.0E+20, 2));'
        check("=> float(1.0E+20)\n", "round", 1.0E+20d, 2L);
        // php -n -r 'var_dump(round(0.285, 2));'
        check("=> float(0.29)\n", "round", 0.285d, 2L);
        // php -n -r 'var_dump(round(1.0000000000000002, 15));'
        check("=> float(1.0000000000000002)\n", "round", 1.0000000000000002d, 15L);
        // php -n -r 'var_dump(round(0.7999999999999999, 1));'
        check("=> float(0.8)\n", "round", 0.7999999999999999d, 1L);
        // php -n -r 'var_dump(round(3.14159, 3));'
        check("=> float(3.142)\n", "round", 3.14159d, 3L);
        // php -n -r 'var_dump(round(-3.14159, 4));'
        check("=> float(-3.1416)\n", "round", -3.14159d, 4L);
        // php -n -r 'var_dump(round(1.95583, 2));'
        check("=> float(1.96)\n", "round", 1.95583d, 2L);
        // php -n -r 'var_dump(round(5.0449999, 2));'
        check("=> float(5.04)\n", "round", 5.0449999d, 2L);
        // php -n -r 'var_dump(round(0.30000000000000004, 16));'
        check("=> float(0.30000000000000004)\n", "round", 0.30000000000000004d, 16L);
        // php -n -r 'var_dump(round(123456789012345.67, 1));'
        check("=> float(123456789012345.67)\n", "round", 123456789012345.67d, 1L);
        // php -n -r 'var_dump(round(NAN));'
        check("=> float(NAN)\n", "round", Double.NaN);
        // php -n -r 'var_dump(round(1.5E-10, 10));'
        check("=> float(2.0E-10)\n", "round", 1.5E-10d, 10L);
    }

    @Test
    void floatFunctions_values() {
        // php -n -r 'var_dump(sqrt(16));'
        check("=> float(4)\n", "sqrt", 16L);
        // php -n -r 'var_dump(sqrt(-1));'
        check("=> float(NAN)\n", "sqrt", -1L);
        // php -n -r 'var_dump(pow(2, 10));'
        check("=> int(1024)\n", "pow", 2L, 10L);
        // php -n -r 'var_dump(pow(2, -1));'
        check("=> float(0.5)\n", "pow", 2L, -1L);
        // php -n -r 'var_dump(pow(2, 63));'
        check("=> float(9.223372036854776E+18)\n", "pow", 2L, 63L);
        // php -n -r 'var_dump(pow("3", 2));'
        check("=> int(9)\n", "pow", "3", 2L);
        // php -n -r 'var_dump(fmod(10, 3));'
        check("=> float(1)\n", "fmod", 10L, 3L);
        // php -n -r 'var_dump(fmod(-10, 3));'
        check("=> float(-1)\n", "fmod", -10L, 3L);
        // php -n -r 'var_dump(fmod(1, 0));'
        check("=> float(NAN)\n", "fmod", 1L, 0L);
        // php -n -r 'var_dump(fdiv(1, 0));'
        check("=> float(INF)\n", "fdiv", 1L, 0L);
        // php -n -r 'var_dump(fdiv(-1, 0));'
        check("=> float(-INF)\n", "fdiv", -1L, 0L);
        // php -n -r 'var_dump(pi());'
        check("=> float(3.141592653589793)\n", "pi");
        // php -n -r 'var_dump(is_nan(NAN));'
        check("=> bool(true)\n", "is_nan", Double.NaN);
        // php -n -r 'var_dump(is_infinite(-INF));'
        check("=> bool(true)\n", "is_infinite", Double.NEGATIVE_INFINITY);
        // php -n -r 'var_dump(is_finite(1.0));'
        check("=> bool(true)\n", "is_finite", 1.0d);
        // php -n -r 'var_dump(exp(1));'
        check("=> float(2.718281828459045)\n", "exp", 1L);
        // php -n -r 'var_dump(log(2.718281828459045));'
        check("=> float(1)\n", "log", 2.718281828459045d);
        // php -n -r 'var_dump(log(8, 2));'
        check("=> float(3)\n", "log", 8L, 2L);
        // php -n -r 'var_dump(log(100, 10));'
        check("=> float(2)\n", "log", 100L, 10L);
        // php -n -r 'var_dump(log(0));'
        check("=> float(-INF)\n", "log", 0L);
        // php -n -r 'var_dump(log(1, 0));'
        check("EXC ValueError: log(): Argument #2 ($base) must be greater than 0", "log", 1L, 0L);
        // php -n -r 'var_dump(log(5, 1));'
        check("=> float(NAN)\n", "log", 5L, 1L);
        // php -n -r 'var_dump(log10(1000));'
        check("=> float(3)\n", "log10", 1000L);
        // php -n -r 'var_dump(sin(0));'
        check("=> float(0)\n", "sin", 0L);
        // php -n -r 'var_dump(cos(0));'
        check("=> float(1)\n", "cos", 0L);
        // php -n -r 'var_dump(tan(0));'
        check("=> float(0)\n", "tan", 0L);
        // php -n -r 'var_dump(atan2(1, 1));'
        check("=> float(0.7853981633974483)\n", "atan2", 1L, 1L);
        // php -n -r 'var_dump(hypot(3, 4));'
        check("=> float(5)\n", "hypot", 3L, 4L);
        // php -n -r 'var_dump(deg2rad(180));'
        check("=> float(3.141592653589793)\n", "deg2rad", 180L);
        // php -n -r 'var_dump(rad2deg(3.141592653589793));'
        check("=> float(180)\n", "rad2deg", 3.141592653589793d);
    }

    @Test
    void baseConvert_values() {
        // php -n -r 'var_dump(base_convert("ff", 16, 2));'
        check("=> string(8) \"11111111\"\n", "base_convert", "ff", 16L, 2L);
        // php -n -r 'var_dump(base_convert("zz", 36, 10));'
        check("=> string(4) \"1295\"\n", "base_convert", "zz", 36L, 10L);
        // php -n -r 'var_dump(base_convert("1", 1, 2));'
        check("EXC ValueError: base_convert(): Argument #2 ($from_base) must be between 2 and 36 (inclusive)", "base_convert", "1", 1L, 2L);
        // php -n -r 'var_dump(base_convert("1", 2, 37));'
        check("EXC ValueError: base_convert(): Argument #3 ($to_base) must be between 2 and 36 (inclusive)", "base_convert", "1", 2L, 37L);
        // php -n -r 'var_dump(base_convert("ffffffffffffffffff", 16, 10));'
        check("=> string(22) \"4722366482869646642046\"\n", "base_convert", "ffffffffffffffffff", 16L, 10L);
        // php -n -r 'var_dump(base_convert("-12", 10, 2));'
        check("\nDeprecated: Invalid characters passed for attempted conversion, these have been ignored\n=> string(4) \"1100\"\n", "base_convert", "-12", 10L, 2L);
    }

    @Test
    void mtRand_seeded() {
        // php -n -r 'var_dump(mt_getrandmax());'
        check("=> int(2147483647)\n", "mt_getrandmax");
        // php -n -r 'var_dump(mt_rand(5, 1));'
        check("EXC ValueError: mt_rand(): Argument #2 ($max) must be greater than or equal to argument #1 ($min)", "mt_rand", 5L, 1L);
        // php -n -r 'var_dump(mt_rand(5));'
        check("EXC ArgumentCountError: mt_rand() expects exactly 2 arguments, 1 given", "mt_rand", 5L);
        // php -n -r 'var_dump(random_int(5, 1));'
        check("EXC ValueError: random_int(): Argument #1 ($min) must be less than or equal to argument #2 ($max)", "random_int", 5L, 1L);
        // php -n -r 'var_dump(random_int(3, 3));'
        check("=> int(3)\n", "random_int", 3L, 3L);
    }
}
