package phpgoc.runtime.ext.standard;

import org.junit.jupiter.api.Test;

/** var_dump, print_r and var_export tests. Expected values are real php 8.2 output (generated from the php command in each comment). */
class VarTest extends ExtTestBase {
    @Test
    void varDump_scalars() {
        // php -n -r 'var_dump(var_dump(1));'
        check("int(1)\n=> NULL\n", "var_dump", 1L);
        // php -n -r 'var_dump(var_dump(-5));'
        check("int(-5)\n=> NULL\n", "var_dump", -5L);
        // php -n -r 'var_dump(var_dump(-9223372036854775807-1));'
        check("int(-9223372036854775808)\n=> NULL\n", "var_dump", Long.MIN_VALUE);
        // php -n -r 'var_dump(var_dump(0.1));'
        check("float(0.1)\n=> NULL\n", "var_dump", 0.1d);
        // php -n -r 'var_dump(var_dump(1.0));'
        check("float(1)\n=> NULL\n", "var_dump", 1.0d);
        // php -n -r 'var_dump(var_dump(-0.0));'
        check("float(-0)\n=> NULL\n", "var_dump", -0.0d);
        // php -n -r 'var_dump(var_dump(1.0E+25));'
        check("float(1.0E+25)\n=> NULL\n", "var_dump", 1.0E+25d);
        // php -n -r 'var_dump(var_dump(1.0E-7));'
        check("float(1.0E-7)\n=> NULL\n", "var_dump", 1.0E-7d);
        // php -n -r 'var_dump(var_dump(0.30000000000000004));'
        check("float(0.30000000000000004)\n=> NULL\n", "var_dump", 0.30000000000000004d);
        // php -n -r 'var_dump(var_dump(NAN));'
        check("float(NAN)\n=> NULL\n", "var_dump", Double.NaN);
        // php -n -r 'var_dump(var_dump(INF));'
        check("float(INF)\n=> NULL\n", "var_dump", Double.POSITIVE_INFINITY);
        // php -n -r 'var_dump(var_dump(-INF));'
        check("float(-INF)\n=> NULL\n", "var_dump", Double.NEGATIVE_INFINITY);
        // php -n -r 'var_dump(var_dump("abc"));'
        check("string(3) \"abc\"\n=> NULL\n", "var_dump", "abc");
        // php -n -r 'var_dump(var_dump("a\x00b\xff"));'
        check("string(4) \"a\000b\377\"\n=> NULL\n", "var_dump", "a\000b\377");
        // php -n -r 'var_dump(var_dump(true));'
        check("bool(true)\n=> NULL\n", "var_dump", true);
        // php -n -r 'var_dump(var_dump(false));'
        check("bool(false)\n=> NULL\n", "var_dump", false);
        // php -n -r 'var_dump(var_dump(NULL));'
        check("NULL\n=> NULL\n", "var_dump", (Object) null);
        // php -n -r 'var_dump(var_dump(1, "two", 3.0));'
        check("int(1)\nstring(3) \"two\"\nfloat(3)\n=> NULL\n", "var_dump", 1L, "two", 3.0d);
    }

    @Test
    void varDump_arrays() {
        // php -n -r 'var_dump(var_dump([]));'
        check("array(0) {\n}\n=> NULL\n", "var_dump", list());
        // php -n -r 'var_dump(var_dump([1, 2]));'
        check("array(2) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n}\n=> NULL\n", "var_dump", list(1L, 2L));
        // php -n -r 'var_dump(var_dump([0 => 1, "k" => [0.1, -0.0, 1.0E+25, NAN, INF, -INF, true, false, NULL, "a\"b"], "e" => [], 7 => "x"]));'
        check("array(4) {\n  [0]=>\n  int(1)\n  [\"k\"]=>\n  array(10) {\n    [0]=>\n    float(0.1)\n    [1]=>\n    float(-0)\n    [2]=>\n    float(1.0E+25)\n    [3]=>\n    float(NAN)\n    [4]=>\n    float(INF)\n    [5]=>\n    float(-INF)\n    [6]=>\n    bool(true)\n    [7]=>\n    bool(false)\n    [8]=>\n    NULL\n    [9]=>\n    string(3) \"a\"b\"\n  }\n  [\"e\"]=>\n  array(0) {\n  }\n  [7]=>\n  string(1) \"x\"\n}\n=> NULL\n", "var_dump", map(0L, 1L, "k", list(0.1d, -0.0d, 1.0E+25d, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, true, false, (Object) null, "a\"b"), "e", list(), 7L, "x"));
        // php -n -r 'var_dump(var_dump([[[1]]]));'
        check("array(1) {\n  [0]=>\n  array(1) {\n    [0]=>\n    array(1) {\n      [0]=>\n      int(1)\n    }\n  }\n}\n=> NULL\n", "var_dump", list(list(list(1L))));
    }

    @Test
    void printR_scalars() {
        // php -n -r 'var_dump(print_r(1));'
        check("1=> bool(true)\n", "print_r", 1L);
        // php -n -r 'var_dump(print_r(1.0));'
        check("1=> bool(true)\n", "print_r", 1.0d);
        // php -n -r 'var_dump(print_r(0.30000000000000004));'
        check("0.3=> bool(true)\n", "print_r", 0.30000000000000004d);
        // php -n -r 'var_dump(print_r(-0.0));'
        check("-0=> bool(true)\n", "print_r", -0.0d);
        // php -n -r 'var_dump(print_r(1.0E+25));'
        check("1.0E+25=> bool(true)\n", "print_r", 1.0E+25d);
        // php -n -r 'var_dump(print_r(true));'
        check("1=> bool(true)\n", "print_r", true);
        // php -n -r 'var_dump(print_r(false));'
        check("=> bool(true)\n", "print_r", false);
        // php -n -r 'var_dump(print_r(NULL));'
        check("=> bool(true)\n", "print_r", (Object) null);
        // php -n -r 'var_dump(print_r("str"));'
        check("str=> bool(true)\n", "print_r", "str");
    }

    @Test
    void printR_arrays() {
        // php -n -r 'var_dump(print_r([]));'
        check("Array\n(\n)\n=> bool(true)\n", "print_r", list());
        // php -n -r 'var_dump(print_r([[]]));'
        check("Array\n(\n    [0] => Array\n        (\n        )\n\n)\n=> bool(true)\n", "print_r", list(list()));
        // php -n -r 'var_dump(print_r([0 => 1, "k" => [0.1, -0.0, 1.0E+25, NAN, INF, -INF, true, false, NULL, "a\"b"], "e" => [], 7 => "x"]));'
        check("Array\n(\n    [0] => 1\n    [k] => Array\n        (\n            [0] => 0.1\n            [1] => -0\n            [2] => 1.0E+25\n            [3] => NAN\n            [4] => INF\n            [5] => -INF\n            [6] => 1\n            [7] => \n            [8] => \n            [9] => a\"b\n        )\n\n    [e] => Array\n        (\n        )\n\n    [7] => x\n)\n=> bool(true)\n", "print_r", map(0L, 1L, "k", list(0.1d, -0.0d, 1.0E+25d, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, true, false, (Object) null, "a\"b"), "e", list(), 7L, "x"));
        // php -n -r 'var_dump(print_r([1, [2, [3]]]));'
        check("Array\n(\n    [0] => 1\n    [1] => Array\n        (\n            [0] => 2\n            [1] => Array\n                (\n                    [0] => 3\n                )\n\n        )\n\n)\n=> bool(true)\n", "print_r", list(1L, list(2L, list(3L))));
    }

    @Test
    void printR_returnMode() {
        // php -n -r 'var_dump(print_r([0 => 1, "a" => "b"], true));'
        check("=> string(36) \"Array\n(\n    [0] => 1\n    [a] => b\n)\n\"\n", "print_r", map(0L, 1L, "a", "b"), true);
        // php -n -r 'var_dump(print_r(1.5, true));'
        check("=> string(3) \"1.5\"\n", "print_r", 1.5d, true);
        // php -n -r 'var_dump(print_r(NULL, true));'
        check("=> string(0) \"\"\n", "print_r", (Object) null, true);
        // php -n -r 'var_dump(print_r("x", false));'
        check("x=> bool(true)\n", "print_r", "x", false);
    }

    @Test
    void varExport_scalars() {
        // php -n -r 'var_dump(var_export(1));'
        check("1=> NULL\n", "var_export", 1L);
        // php -n -r 'var_dump(var_export(-9223372036854775807-1));'
        check("-9223372036854775807-1=> NULL\n", "var_export", Long.MIN_VALUE);
        // php -n -r 'var_dump(var_export(1.0));'
        check("1.0=> NULL\n", "var_export", 1.0d);
        // php -n -r 'var_dump(var_export(-0.0));'
        check("-0.0=> NULL\n", "var_export", -0.0d);
        // php -n -r 'var_dump(var_export(0.1));'
        check("0.1=> NULL\n", "var_export", 0.1d);
        // php -n -r 'var_dump(var_export(0.30000000000000004));'
        check("0.30000000000000004=> NULL\n", "var_export", 0.30000000000000004d);
        // php -n -r 'var_dump(var_export(1.0E+25));'
        check("1.0E+25=> NULL\n", "var_export", 1.0E+25d);
        // php -n -r 'var_dump(var_export(1.0E-7));'
        check("1.0E-7=> NULL\n", "var_export", 1.0E-7d);
        // php -n -r 'var_dump(var_export(NAN));'
        check("NAN=> NULL\n", "var_export", Double.NaN);
        // php -n -r 'var_dump(var_export(-INF));'
        check("-INF=> NULL\n", "var_export", Double.NEGATIVE_INFINITY);
        // php -n -r 'var_dump(var_export(true));'
        check("true=> NULL\n", "var_export", true);
        // php -n -r 'var_dump(var_export(NULL));'
        check("NULL=> NULL\n", "var_export", (Object) null);
        // php -n -r 'var_dump(var_export("it\x27s \\ ok"));'
        check("'it\\'s \\\\ ok'=> NULL\n", "var_export", "it's \\ ok");
        // php -n -r 'var_dump(var_export("a\x00b"));'
        check("'a' . \"\\0\" . 'b'=> NULL\n", "var_export", "a\000b");
        // php -n -r 'var_dump(var_export(""));'
        check("''=> NULL\n", "var_export", "");
    }

    @Test
    void varExport_arrays() {
        // php -n -r 'var_dump(var_export([]));'
        check("array (\n)=> NULL\n", "var_export", list());
        // php -n -r 'var_dump(var_export([1, [2, []]]));'
        check("array (\n  0 => 1,\n  1 => \n  array (\n    0 => 2,\n    1 => \n    array (\n    ),\n  ),\n)=> NULL\n", "var_export", list(1L, list(2L, list())));
        // php -n -r 'var_dump(var_export([0 => 1, "k" => [0.1, -0.0, 1.0E+25, NAN, INF, -INF, true, false, NULL, "a\"b"], "e" => [], 7 => "x"]));'
        check("array (\n  0 => 1,\n  'k' => \n  array (\n    0 => 0.1,\n    1 => -0.0,\n    2 => 1.0E+25,\n    3 => NAN,\n    4 => INF,\n    5 => -INF,\n    6 => true,\n    7 => false,\n    8 => NULL,\n    9 => 'a\"b',\n  ),\n  'e' => \n  array (\n  ),\n  7 => 'x',\n)=> NULL\n", "var_export", map(0L, 1L, "k", list(0.1d, -0.0d, 1.0E+25d, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, true, false, (Object) null, "a\"b"), "e", list(), 7L, "x"));
        // php -n -r 'var_dump(var_export(["a\x00\x27" => 1]));'
        check("array (\n  'a' . \"\\0\" . '\\'' => 1,\n)=> NULL\n", "var_export", map("a\000'", 1L));
    }

    @Test
    void varExport_returnMode() {
        // php -n -r 'var_dump(var_export([0 => 1, "a" => [true]], true));'
        check("=> string(59) \"array (\n  0 => 1,\n  'a' => \n  array (\n    0 => true,\n  ),\n)\"\n", "var_export", map(0L, 1L, "a", list(true)), true);
        // php -n -r 'var_dump(var_export(1.0, true));'
        check("=> string(3) \"1.0\"\n", "var_export", 1.0d, true);
        // php -n -r 'var_dump(var_export("x", 0));'
        check("'x'=> NULL\n", "var_export", "x", 0L);
    }
}
