package phpgoc.runtime.ext.standard;

import org.junit.jupiter.api.Test;

/** printf-family tests. Expected values are real php 8.2 output (generated from the php command in each comment). */
class PrintfTest extends ExtTestBase {
    @Test
    void sprintf_integerConversions() {
        // php -n -r 'var_dump(sprintf("%d", 42));'
        check("=> string(2) \"42\"\n", "sprintf", "%d", 42L);
        // php -n -r 'var_dump(sprintf("%d", -42));'
        check("=> string(3) \"-42\"\n", "sprintf", "%d", -42L);
        // php -n -r 'var_dump(sprintf("%+d", 0));'
        check("=> string(2) \"+0\"\n", "sprintf", "%+d", 0L);
        // php -n -r 'var_dump(sprintf("%+05d", 3));'
        check("=> string(5) \"+0003\"\n", "sprintf", "%+05d", 3L);
        // php -n -r 'var_dump(sprintf("%+05d", -3));'
        check("=> string(5) \"-0003\"\n", "sprintf", "%+05d", -3L);
        // php -n -r 'var_dump(sprintf("%-05d|", 1));'
        check("=> string(6) \"1    |\"\n", "sprintf", "%-05d|", 1L);
        // php -n -r 'var_dump(sprintf("%5d|", 42));'
        check("=> string(6) \"   42|\"\n", "sprintf", "%5d|", 42L);
        // php -n -r 'var_dump(sprintf("% 5d", 42));'
        check("=> string(5) \"   42\"\n", "sprintf", "% 5d", 42L);
        // php -n -r 'var_dump(sprintf("%.2d", 5));'
        check("=> string(1) \"5\"\n", "sprintf", "%.2d", 5L);
        // php -n -r 'var_dump(sprintf("%d", "12abc"));'
        check("=> string(2) \"12\"\n", "sprintf", "%d", "12abc");
        // php -n -r 'var_dump(sprintf("%d", true));'
        check("=> string(1) \"1\"\n", "sprintf", "%d", true);
        // php -n -r 'var_dump(sprintf("%d", NULL));'
        check("=> string(1) \"0\"\n", "sprintf", "%d", (Object) null);
        // php -n -r 'var_dump(sprintf("%d", 1.9));'
        check("=> string(1) \"1\"\n", "sprintf", "%d", 1.9d);
        // php -n -r 'var_dump(sprintf("%u", -1));'
        check("=> string(20) \"18446744073709551615\"\n", "sprintf", "%u", -1L);
        // php -n -r 'var_dump(sprintf("%x", -1));'
        check("=> string(16) \"ffffffffffffffff\"\n", "sprintf", "%x", -1L);
        // php -n -r 'var_dump(sprintf("%X", 255));'
        check("=> string(2) \"FF\"\n", "sprintf", "%X", 255L);
        // php -n -r 'var_dump(sprintf("%o", 8));'
        check("=> string(2) \"10\"\n", "sprintf", "%o", 8L);
        // php -n -r 'var_dump(sprintf("%b", 5));'
        check("=> string(3) \"101\"\n", "sprintf", "%b", 5L);
        // php -n -r 'var_dump(sprintf("%08b", 5));'
        check("=> string(8) \"00000101\"\n", "sprintf", "%08b", 5L);
        // php -n -r 'var_dump(sprintf("%c", 65));'
        check("=> string(1) \"A\"\n", "sprintf", "%c", 65L);
        // php -n -r 'var_dump(sprintf("%5c|", 65));'
        check("=> string(2) \"A|\"\n", "sprintf", "%5c|", 65L);
        // php -n -r 'var_dump(sprintf("%ld", 7));'
        check("=> string(1) \"7\"\n", "sprintf", "%ld", 7L);
    }

    @Test
    void sprintf_floatConversions() {
        // php -n -r 'var_dump(sprintf("%f", 1.5));'
        check("=> string(8) \"1.500000\"\n", "sprintf", "%f", 1.5d);
        // php -n -r 'var_dump(sprintf("%f", -0.0));'
        check("=> string(8) \"0.000000\"\n", "sprintf", "%f", -0.0d);
        // php -n -r 'var_dump(sprintf("%.0f", 0.5));'
        check("=> string(1) \"0\"\n", "sprintf", "%.0f", 0.5d);
        // php -n -r 'var_dump(sprintf("%.0f", 1.5));'
        check("=> string(1) \"2\"\n", "sprintf", "%.0f", 1.5d);
        // php -n -r 'var_dump(sprintf("%.0f", 2.5));'
        check("=> string(1) \"2\"\n", "sprintf", "%.0f", 2.5d);
        // php -n -r 'var_dump(sprintf("%.0f", -0.4));'
        check("=> string(2) \"-0\"\n", "sprintf", "%.0f", -0.4d);
        // php -n -r 'var_dump(sprintf("%.1f", -0.01));'
        check("=> string(4) \"-0.0\"\n", "sprintf", "%.1f", -0.01d);
        // php -n -r 'var_dump(sprintf("%.1f", 0.05));'
        check("=> string(3) \"0.1\"\n", "sprintf", "%.1f", 0.05d);
        // php -n -r 'var_dump(sprintf("%.2f", 1.005));'
        check("=> string(4) \"1.00\"\n", "sprintf", "%.2f", 1.005d);
        // php -n -r 'var_dump(sprintf("%f", 1.0E+20));'
        check("=> string(28) \"100000000000000000000.000000\"\n", "sprintf", "%f", 1.0E+20d);
        // php -n -r 'var_dump(sprintf("%.15f", 0.1));'
        check("=> string(17) \"0.100000000000000\"\n", "sprintf", "%.15f", 0.1d);
        // php -n -r 'var_dump(sprintf("%F", 3.14159));'
        check("=> string(8) \"3.141590\"\n", "sprintf", "%F", 3.14159d);
        // php -n -r 'var_dump(sprintf("%010.2f", -1.5));'
        check("=> string(10) \"-000001.50\"\n", "sprintf", "%010.2f", -1.5d);
        // php -n -r 'var_dump(sprintf("%-010.2f|", -1.5));'
        check("=> string(11) \"-1.5000000|\"\n", "sprintf", "%-010.2f|", -1.5d);
        // php -n -r 'var_dump(sprintf("%+f", 1.5));'
        check("=> string(9) \"+1.500000\"\n", "sprintf", "%+f", 1.5d);
        // php -n -r 'var_dump(sprintf("%05.1f", 9.96));'
        check("=> string(5) \"010.0\"\n", "sprintf", "%05.1f", 9.96d);
        // php -n -r 'var_dump(sprintf("%.3F", 1.0005));'
        check("=> string(5) \"1.000\"\n", "sprintf", "%.3F", 1.0005d);
        // php -n -r 'var_dump(sprintf("%f", "3.5xyz"));'
        check("=> string(8) \"3.500000\"\n", "sprintf", "%f", "3.5xyz");
    }

    @Test
    void sprintf_exponentConversions() {
        // php -n -r 'var_dump(sprintf("%e", 0.0));'
        check("=> string(11) \"0.000000e+0\"\n", "sprintf", "%e", 0.0d);
        // php -n -r 'var_dump(sprintf("%e", 1234.5678));'
        check("=> string(11) \"1.234568e+3\"\n", "sprintf", "%e", 1234.5678d);
        // php -n -r 'var_dump(sprintf("%e", -1.0E-10));'
        check("=> string(13) \"-1.000000e-10\"\n", "sprintf", "%e", -1.0E-10d);
        // php -n -r 'var_dump(sprintf("%e", 1.0E+100));'
        check("=> string(13) \"1.000000e+100\"\n", "sprintf", "%e", 1.0E+100d);
        // php -n -r 'var_dump(sprintf("%.0e", 12345.0));'
        check("=> string(4) \"1e+4\"\n", "sprintf", "%.0e", 12345.0d);
        // php -n -r 'var_dump(sprintf("%E", 1.5));'
        check("=> string(11) \"1.500000E+0\"\n", "sprintf", "%E", 1.5d);
        // php -n -r 'var_dump(sprintf("%.1e", 9.96));'
        check("=> string(6) \"1.0e+1\"\n", "sprintf", "%.1e", 9.96d);
        // php -n -r 'var_dump(sprintf("%5.2e", 1.0E-300));'
        check("=> string(9) \"1.00e-300\"\n", "sprintf", "%5.2e", 1.0E-300d);
        // php -n -r 'var_dump(sprintf("%08.3e", -1.5));'
        check("=> string(9) \"-1.500e+0\"\n", "sprintf", "%08.3e", -1.5d);
        // php -n -r 'var_dump(sprintf("%+e", 0.0));'
        check("=> string(12) \"+0.000000e+0\"\n", "sprintf", "%+e", 0.0d);
        // php -n -r 'var_dump(sprintf("%e", 10));'
        check("=> string(11) \"1.000000e+1\"\n", "sprintf", "%e", 10L);
    }

    @Test
    void sprintf_gConversions() {
        // php -n -r 'var_dump(sprintf("%g", 0.0));'
        check("=> string(1) \"0\"\n", "sprintf", "%g", 0.0d);
        // php -n -r 'var_dump(sprintf("%g", -0.0));'
        check("=> string(2) \"-0\"\n", "sprintf", "%g", -0.0d);
        // php -n -r 'var_dump(sprintf("%g", 100000.0));'
        check("=> string(6) \"100000\"\n", "sprintf", "%g", 100000.0d);
        // php -n -r 'var_dump(sprintf("%g", 1000000.0));'
        check("=> string(6) \"1.0e+6\"\n", "sprintf", "%g", 1000000.0d);
        // php -n -r 'var_dump(sprintf("%g", 0.0001));'
        check("=> string(6) \"0.0001\"\n", "sprintf", "%g", 0.0001d);
        // php -n -r 'var_dump(sprintf("%g", 1.0E-5));'
        check("=> string(6) \"1.0e-5\"\n", "sprintf", "%g", 1.0E-5d);
        // php -n -r 'var_dump(sprintf("%g", 1.5));'
        check("=> string(3) \"1.5\"\n", "sprintf", "%g", 1.5d);
        // php -n -r 'var_dump(sprintf("%g", 123456789.0));'
        check("=> string(10) \"1.23457e+8\"\n", "sprintf", "%g", 123456789.0d);
        // php -n -r 'var_dump(sprintf("%G", 1.0E-10));'
        check("=> string(7) \"1.0E-10\"\n", "sprintf", "%G", 1.0E-10d);
        // php -n -r 'var_dump(sprintf("%.3g", 1234.5));'
        check("=> string(7) \"1.23e+3\"\n", "sprintf", "%.3g", 1234.5d);
        // php -n -r 'var_dump(sprintf("%.0g", 1234.5));'
        check("=> string(6) \"1.0e+3\"\n", "sprintf", "%.0g", 1234.5d);
        // php -n -r 'var_dump(sprintf("%+g", 2.5));'
        check("=> string(4) \"+2.5\"\n", "sprintf", "%+g", 2.5d);
        // php -n -r 'var_dump(sprintf("%10.4g|", 3.14159));'
        check("=> string(11) \"     3.142|\"\n", "sprintf", "%10.4g|", 3.14159d);
    }

    @Test
    void sprintf_specialFloats() {
        // php -n -r 'var_dump(sprintf("%10f|", NAN));'
        check("=> string(4) \"NaN|\"\n", "sprintf", "%10f|", Double.NaN);
        // php -n -r 'var_dump(sprintf("%10f|", INF));'
        check("=> string(4) \"INF|\"\n", "sprintf", "%10f|", Double.POSITIVE_INFINITY);
        // php -n -r 'var_dump(sprintf("%10f|", -INF));'
        check("=> string(4) \"INF|\"\n", "sprintf", "%10f|", Double.NEGATIVE_INFINITY);
        // php -n -r 'var_dump(sprintf("%010f", -INF));'
        check("=> string(3) \"-NF\"\n", "sprintf", "%010f", Double.NEGATIVE_INFINITY);
        // php -n -r 'var_dump(sprintf("%+f", INF));'
        check("=> string(3) \"INF\"\n", "sprintf", "%+f", Double.POSITIVE_INFINITY);
        // php -n -r 'var_dump(sprintf("%e", NAN));'
        check("=> string(3) \"NaN\"\n", "sprintf", "%e", Double.NaN);
        // php -n -r 'var_dump(sprintf("%g", INF));'
        check("=> string(3) \"INF\"\n", "sprintf", "%g", Double.POSITIVE_INFINITY);
    }

    @Test
    void sprintf_strings() {
        // php -n -r 'var_dump(sprintf("%s", "abc"));'
        check("=> string(3) \"abc\"\n", "sprintf", "%s", "abc");
        // php -n -r 'var_dump(sprintf("%5.1s|", "abc"));'
        check("=> string(6) \"    a|\"\n", "sprintf", "%5.1s|", "abc");
        // php -n -r 'var_dump(sprintf("%-5s|", "ab"));'
        check("=> string(6) \"ab   |\"\n", "sprintf", "%-5s|", "ab");
        // php -n -r 'var_dump(sprintf("%\x27*8s", "ab"));'
        check("=> string(8) \"******ab\"\n", "sprintf", "%'*8s", "ab");
        // php -n -r 'var_dump(sprintf("%05s", "ab"));'
        check("=> string(5) \"000ab\"\n", "sprintf", "%05s", "ab");
        // php -n -r 'var_dump(sprintf("%-05s", "ab"));'
        check("=> string(5) \"ab000\"\n", "sprintf", "%-05s", "ab");
        // php -n -r 'var_dump(sprintf("%-\x27x10d|", 42));'
        check("=> string(11) \"42xxxxxxxx|\"\n", "sprintf", "%-'x10d|", 42L);
        // php -n -r 'var_dump(sprintf("%\x27.10d", 42));'
        check("=> string(10) \"........42\"\n", "sprintf", "%'.10d", 42L);
        // php -n -r 'var_dump(sprintf("%s", 1.0));'
        check("=> string(1) \"1\"\n", "sprintf", "%s", 1.0d);
        // php -n -r 'var_dump(sprintf("%s", 0.30000000000000004));'
        check("=> string(3) \"0.3\"\n", "sprintf", "%s", 0.30000000000000004d);
        // php -n -r 'var_dump(sprintf("%s", true));'
        check("=> string(1) \"1\"\n", "sprintf", "%s", true);
        // php -n -r 'var_dump(sprintf("%s", false));'
        check("=> string(0) \"\"\n", "sprintf", "%s", false);
        // php -n -r 'var_dump(sprintf("%s", NULL));'
        check("=> string(0) \"\"\n", "sprintf", "%s", (Object) null);
        // php -n -r 'var_dump(sprintf("%s", -0.0));'
        check("=> string(2) \"-0\"\n", "sprintf", "%s", -0.0d);
        // php -n -r 'var_dump(sprintf("%s", 1.0E+25));'
        check("=> string(7) \"1.0E+25\"\n", "sprintf", "%s", 1.0E+25d);
        // php -n -r 'var_dump(sprintf("%.2s", 1.5));'
        check("=> string(2) \"1.\"\n", "sprintf", "%.2s", 1.5d);
        // php -n -r 'var_dump(sprintf("%+s", "x"));'
        check("=> string(1) \"x\"\n", "sprintf", "%+s", "x");
        // php -n -r 'var_dump(sprintf("%s", [1]));'
        check("\nWarning: Array to string conversion\n=> string(5) \"Array\"\n", "sprintf", "%s", list(1L));
        // php -n -r 'var_dump(sprintf("100%%"));'
        check("=> string(4) \"100%\"\n", "sprintf", "100%%");
        // php -n -r 'var_dump(sprintf("%5%", 1));'
        check("=> string(1) \"%\"\n", "sprintf", "%5%", 1L);
    }

    @Test
    void sprintf_argnumAndStar() {
        // php -n -r 'var_dump(sprintf("%2\$s-%1\$s", "a", "b"));'
        check("=> string(3) \"b-a\"\n", "sprintf", "%2$s-%1$s", "a", "b");
        // php -n -r 'var_dump(sprintf("%1\$s %1\$s", "x"));'
        check("=> string(3) \"x x\"\n", "sprintf", "%1$s %1$s", "x");
        // php -n -r 'var_dump(sprintf("%1\$s %s", "a", "b"));'
        check("=> string(3) \"a a\"\n", "sprintf", "%1$s %s", "a", "b");
        // php -n -r 'var_dump(sprintf("%*d|", 5, 3));'
        check("=> string(6) \"    3|\"\n", "sprintf", "%*d|", 5L, 3L);
        // php -n -r 'var_dump(sprintf("%-*d|", 5, 3));'
        check("=> string(6) \"3    |\"\n", "sprintf", "%-*d|", 5L, 3L);
        // php -n -r 'var_dump(sprintf("%.*f", 2, 3.14159));'
        check("=> string(4) \"3.14\"\n", "sprintf", "%.*f", 2L, 3.14159d);
        // php -n -r 'var_dump(sprintf("%*.*f|", 8, 2, 2.5));'
        check("=> string(9) \"    2.50|\"\n", "sprintf", "%*.*f|", 8L, 2L, 2.5d);
        // php -n -r 'var_dump(sprintf("%1\$*2\$d|", 5, 3));'
        check("=> string(4) \"  5|\"\n", "sprintf", "%1$*2$d|", 5L, 3L);
    }

    @Test
    void sprintf_errors() {
        // php -n -r 'var_dump(sprintf("%"));'
        check("EXC ArgumentCountError: 2 arguments are required, 1 given", "sprintf", "%");
        // php -n -r 'var_dump(sprintf("abc%"));'
        check("EXC ArgumentCountError: 2 arguments are required, 1 given", "sprintf", "abc%");
        // php -n -r 'var_dump(sprintf("%y", 1));'
        check("EXC ValueError: Unknown format specifier \"y\"", "sprintf", "%y", 1L);
        // php -n -r 'var_dump(sprintf("%1\$s %3\$s", 1));'
        check("EXC ArgumentCountError: 4 arguments are required, 2 given", "sprintf", "%1$s %3$s", 1L);
        // php -n -r 'var_dump(sprintf("%0\$s", 1));'
        check("EXC ValueError: Argument number specifier must be greater than zero and less than 2147483647", "sprintf", "%0$s", 1L);
        // php -n -r 'var_dump(sprintf("%d %d", 1));'
        check("EXC ArgumentCountError: 3 arguments are required, 2 given", "sprintf", "%d %d", 1L);
        // php -n -r 'var_dump(sprintf("%d %y"));'
        check("EXC ArgumentCountError: 3 arguments are required, 1 given", "sprintf", "%d %y");
        // php -n -r 'var_dump(sprintf("%y %d", 5));'
        check("EXC ValueError: Unknown format specifier \"y\"", "sprintf", "%y %d", 5L);
        // php -n -r 'var_dump(sprintf("%5", 1));'
        check("EXC ValueError: Missing format specifier at end of string", "sprintf", "%5", 1L);
        // php -n -r 'var_dump(sprintf("%*d"));'
        check("EXC ArgumentCountError: 2 arguments are required, 1 given", "sprintf", "%*d");
        // php -n -r 'var_dump(sprintf("%*d", 1));'
        check("EXC ArgumentCountError: 3 arguments are required, 2 given", "sprintf", "%*d", 1L);
        // php -n -r 'var_dump(sprintf("%*d", -5, 1));'
        check("EXC ValueError: Width must be greater than zero and less than 2147483647", "sprintf", "%*d", -5L, 1L);
        // php -n -r 'var_dump(sprintf("%*d", "a", 1));'
        check("EXC ValueError: Width must be an integer", "sprintf", "%*d", "a", 1L);
        // php -n -r 'var_dump(sprintf("%.*f", -1, 1.0));'
        check("EXC ValueError: Precision -1 is only supported for %g, %G, %h and %H", "sprintf", "%.*f", -1L, 1.0d);
        // php -n -r 'var_dump(sprintf("%\x27", 1));'
        check("EXC ValueError: Missing padding character", "sprintf", "%'", 1L);
        // php -n -r 'var_dump(sprintf("%5%"));'
        check("EXC ArgumentCountError: 3 arguments are required, 1 given", "sprintf", "%5%");
    }

    @Test
    void printf_returnsLength() {
        // php -n -r 'var_dump(printf("abc\n"));'
        check("abc\n=> int(4)\n", "printf", "abc\n");
        // php -n -r 'var_dump(printf("%05.2f|%s", 3.14159, "x"));'
        check("03.14|x=> int(7)\n", "printf", "%05.2f|%s", 3.14159d, "x");
        // php -n -r 'var_dump(printf("%d"));'
        check("EXC ArgumentCountError: 2 arguments are required, 1 given", "printf", "%d");
    }

    @Test
    void vsprintf_arrayArguments() {
        // php -n -r 'var_dump(vsprintf("%2\$s-%1\$s", ["a", "b"]));'
        check("=> string(3) \"b-a\"\n", "vsprintf", "%2$s-%1$s", list("a", "b"));
        // php -n -r 'var_dump(vsprintf("%d %d", [1]));'
        check("EXC ValueError: The arguments array must contain 2 items, 1 given", "vsprintf", "%d %d", list(1L));
        // php -n -r 'var_dump(vsprintf("%d", 5));'
        check("EXC TypeError: vsprintf(): Argument #2 ($values) must be of type array, int given", "vsprintf", "%d", 5L);
        // php -n -r 'var_dump(vsprintf("%s/%s", ["k" => "x", 0 => "y"]));'
        check("=> string(3) \"x/y\"\n", "vsprintf", "%s/%s", map("k", "x", 0L, "y"));
        // php -n -r 'var_dump(vprintf("%s=%d", ["a", 3]));'
        check("a=3=> int(3)\n", "vprintf", "%s=%d", list("a", 3L));
    }
}
