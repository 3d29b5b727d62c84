package phpgoc.runtime.ext.standard;

import org.junit.jupiter.api.Test;

/** array function tests. Expected values are real php 8.2 output (generated from the php command in each comment). */
class ArraysTest extends ExtTestBase {
    @Test
    void count_modes() {
        // php -n -r 'var_dump(count([1, 2]));'
        check("=> int(2)\n", "count", list(1L, 2L));
        // php -n -r 'var_dump(count([1, [2, 3]], 1));'
        check("=> int(4)\n", "count", list(1L, list(2L, 3L)), 1L);
        // php -n -r 'var_dump(count([], 5));'
        check("EXC ValueError: count(): Argument #2 ($mode) must be either COUNT_NORMAL or COUNT_RECURSIVE", "count", list(), 5L);
        // php -n -r 'var_dump(count("abc"));'
        check("EXC TypeError: count(): Argument #1 ($value) must be of type Countable|array, string given", "count", "abc");
        // php -n -r 'var_dump(count(NULL));'
        check("EXC TypeError: count(): Argument #1 ($value) must be of type Countable|array, null given", "count", (Object) null);
        // php -n -r 'var_dump(sizeof("x"));'
        check("EXC TypeError: sizeof(): Argument #1 ($value) must be of type Countable|array, string given", "sizeof", "x");
        // php -n -r 'var_dump(sizeof([1]));'
        check("=> int(1)\n", "sizeof", list(1L));
    }

    @Test
    void keysValues_search() {
        // php -n -r 'var_dump(array_keys(["a" => 1, "b" => 2, 0 => 3]));'
        check("=> array(3) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(1) \"b\"\n  [2]=>\n  int(0)\n}\n", "array_keys", map("a", 1L, "b", 2L, 0L, 3L));
        // php -n -r 'var_dump(array_keys([1, "1", 1.0, true], 1));'
        check("=> array(4) {\n  [0]=>\n  int(0)\n  [1]=>\n  int(1)\n  [2]=>\n  int(2)\n  [3]=>\n  int(3)\n}\n", "array_keys", list(1L, "1", 1.0d, true), 1L);
        // php -n -r 'var_dump(array_keys([1, "1", 1.0, true], 1, true));'
        check("=> array(1) {\n  [0]=>\n  int(0)\n}\n", "array_keys", list(1L, "1", 1.0d, true), 1L, true);
        // php -n -r 'var_dump(array_keys("x"));'
        check("EXC TypeError: array_keys(): Argument #1 ($array) must be of type array, string given", "array_keys", "x");
        // php -n -r 'var_dump(array_values(["a" => 1, 5 => 2]));'
        check("=> array(2) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n}\n", "array_values", map("a", 1L, 5L, 2L));
        // php -n -r 'var_dump(in_array("1", [1, 2]));'
        check("=> bool(true)\n", "in_array", "1", list(1L, 2L));
        // php -n -r 'var_dump(in_array("1", [1, 2], true));'
        check("=> bool(false)\n", "in_array", "1", list(1L, 2L), true);
        // php -n -r 'var_dump(in_array("abc", [0]));'
        check("=> bool(false)\n", "in_array", "abc", list(0L));
        // php -n -r 'var_dump(in_array(NULL, [""]));'
        check("=> bool(true)\n", "in_array", (Object) null, list(""));
        // php -n -r 'var_dump(array_search(2, ["a" => 1, "b" => 2]));'
        check("=> string(1) \"b\"\n", "array_search", 2L, map("a", 1L, "b", 2L));
        // php -n -r 'var_dump(array_search(9, [1]));'
        check("=> bool(false)\n", "array_search", 9L, list(1L));
        // php -n -r 'var_dump(array_search("1", [0, 1], true));'
        check("=> bool(false)\n", "array_search", "1", list(0L, 1L), true);
    }

    @Test
    void keyExists_keyTypes() {
        // php -n -r 'var_dump(array_key_exists(1, [1 => "x"]));'
        check("=> bool(true)\n", "array_key_exists", 1L, map(1L, "x"));
        // php -n -r 'var_dump(array_key_exists("1", [1 => "x"]));'
        check("=> bool(true)\n", "array_key_exists", "1", map(1L, "x"));
        // php -n -r 'var_dump(array_key_exists(NULL, ["" => 1]));'
        check("=> bool(true)\n", "array_key_exists", (Object) null, map("", 1L));
        // php -n -r 'var_dump(array_key_exists(1.5, [1 => "x"]));'
        check("\nDeprecated: Implicit conversion from float 1.5 to int loses precision\n=> bool(true)\n", "array_key_exists", 1.5d, map(1L, "x"));
        // php -n -r 'var_dump(array_key_exists(true, [1 => 1]));'
        check("=> bool(true)\n", "array_key_exists", true, map(1L, 1L));
        // php -n -r 'var_dump(array_key_exists([], [1]));'
        check("EXC TypeError: array_key_exists(): Argument #1 ($key) must be a valid array offset type", "array_key_exists", list(), list(1L));
        // php -n -r 'var_dump(key_exists(1, "x"));'
        check("EXC TypeError: key_exists(): Argument #2 ($array) must be of type array, string given", "key_exists", 1L, "x");
        // php -n -r 'var_dump(array_key_exists("k", ["k" => NULL]));'
        check("=> bool(true)\n", "array_key_exists", "k", map("k", (Object) null));
    }

    @Test
    void merge_combine_flip() {
        // php -n -r 'var_dump(array_merge([1, 2], ["a" => 1, 5 => 3], ["a" => 2]));'
        check("=> array(4) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n  [\"a\"]=>\n  int(2)\n  [2]=>\n  int(3)\n}\n", "array_merge", list(1L, 2L), map("a", 1L, 5L, 3L), map("a", 2L));
        // php -n -r 'var_dump(array_merge());'
        check("=> array(0) {\n}\n", "array_merge");
        // php -n -r 'var_dump(array_merge([5 => "x"]));'
        check("=> array(1) {\n  [0]=>\n  string(1) \"x\"\n}\n", "array_merge", map(5L, "x"));
        // php -n -r 'var_dump(array_merge([1], 5));'
        check("EXC TypeError: array_merge(): Argument #2 must be of type array, int given", "array_merge", list(1L), 5L);
        // php -n -r 'var_dump(array_combine(["a", "b"], [1, 2]));'
        check("=> array(2) {\n  [\"a\"]=>\n  int(1)\n  [\"b\"]=>\n  int(2)\n}\n", "array_combine", list("a", "b"), list(1L, 2L));
        // php -n -r 'var_dump(array_combine([1.5, true], [1, 2]));'
        check("=> array(2) {\n  [\"1.5\"]=>\n  int(1)\n  [1]=>\n  int(2)\n}\n", "array_combine", list(1.5d, true), list(1L, 2L));
        // php -n -r 'var_dump(array_combine(["a"], [1, 2]));'
        check("EXC ValueError: array_combine(): Argument #1 ($keys) and argument #2 ($values) must have the same number of elements", "array_combine", list("a"), list(1L, 2L));
        // php -n -r 'var_dump(array_flip(["a", "b"]));'
        check("=> array(2) {\n  [\"a\"]=>\n  int(0)\n  [\"b\"]=>\n  int(1)\n}\n", "array_flip", list("a", "b"));
        // php -n -r 'var_dump(array_flip([1, "a", 1.5, true]));'
        check("\nWarning: array_flip(): Can only flip string and integer values, entry skipped\n\nWarning: array_flip(): Can only flip string and integer values, entry skipped\n=> array(2) {\n  [1]=>\n  int(0)\n  [\"a\"]=>\n  int(1)\n}\n", "array_flip", list(1L, "a", 1.5d, true));
    }

    @Test
    void reverse_slice_splice() {
        // php -n -r 'var_dump(array_reverse([0 => 1, 1 => 2, "k" => 3]));'
        check("=> array(3) {\n  [\"k\"]=>\n  int(3)\n  [0]=>\n  int(2)\n  [1]=>\n  int(1)\n}\n", "array_reverse", map(0L, 1L, 1L, 2L, "k", 3L));
        // php -n -r 'var_dump(array_reverse([0 => 1, 1 => 2, "k" => 3], true));'
        check("=> array(3) {\n  [\"k\"]=>\n  int(3)\n  [1]=>\n  int(2)\n  [0]=>\n  int(1)\n}\n", "array_reverse", map(0L, 1L, 1L, 2L, "k", 3L), true);
        // php -n -r 'var_dump(array_slice([0 => 1, 1 => 2, 2 => 3, "k" => 4, 3 => 5], 1, -1));'
        check("=> array(3) {\n  [0]=>\n  int(2)\n  [1]=>\n  int(3)\n  [\"k\"]=>\n  int(4)\n}\n", "array_slice", map(0L, 1L, 1L, 2L, 2L, 3L, "k", 4L, 3L, 5L), 1L, -1L);
        // php -n -r 'var_dump(array_slice([5 => 1, 6 => 2], 0, 1, true));'
        check("=> array(1) {\n  [5]=>\n  int(1)\n}\n", "array_slice", map(5L, 1L, 6L, 2L), 0L, 1L, true);
        // php -n -r 'var_dump(array_slice([1, 2, 3], -2));'
        check("=> array(2) {\n  [0]=>\n  int(2)\n  [1]=>\n  int(3)\n}\n", "array_slice", list(1L, 2L, 3L), -2L);
        // php -n -r 'var_dump(array_slice([1, 2, 3], 5));'
        check("=> array(0) {\n}\n", "array_slice", list(1L, 2L, 3L), 5L);
        // php -n -r 'var_dump(array_slice([1, 2, 3], 1, 0));'
        check("=> array(0) {\n}\n", "array_slice", list(1L, 2L, 3L), 1L, 0L);
        // php -n -r 'var_dump(array_slice([1, 2, 3], 0, NULL, true));'
        check("=> array(3) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n  [2]=>\n  int(3)\n}\n", "array_slice", list(1L, 2L, 3L), 0L, (Object) null, true);
    }

    @Test
    void range_forms() {
        // php -n -r 'var_dump(range(1, 3));'
        check("=> array(3) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n  [2]=>\n  int(3)\n}\n", "range", 1L, 3L);
        // php -n -r 'var_dump(range(5, 1, 2));'
        check("=> array(3) {\n  [0]=>\n  int(5)\n  [1]=>\n  int(3)\n  [2]=>\n  int(1)\n}\n", "range", 5L, 1L, 2L);
        // php -n -r 'var_dump(range(0, 1, 0.25));'
        check("=> array(5) {\n  [0]=>\n  float(0)\n  [1]=>\n  float(0.25)\n  [2]=>\n  float(0.5)\n  [3]=>\n  float(0.75)\n  [4]=>\n  float(1)\n}\n", "range", 0L, 1L, 0.25d);
        // php -n -r 'var_dump(range("a", "e", 2));'
        check("=> array(3) {\n  [0]=>\n  string(1) \"a\"\n  [1]=>\n  string(1) \"c\"\n  [2]=>\n  string(1) \"e\"\n}\n", "range", "a", "e", 2L);
        // php -n -r 'var_dump(range("e", "a"));'
        check("=> array(5) {\n  [0]=>\n  string(1) \"e\"\n  [1]=>\n  string(1) \"d\"\n  [2]=>\n  string(1) \"c\"\n  [3]=>\n  string(1) \"b\"\n  [4]=>\n  string(1) \"a\"\n}\n", "range", "e", "a");
        // php -n -r 'var_dump(range("1", "3"));'
        check("=> array(3) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n  [2]=>\n  int(3)\n}\n", "range", "1", "3");
        // php -n -r 'var_dump(range("a", 3));'
        check("=> array(4) {\n  [0]=>\n  int(0)\n  [1]=>\n  int(1)\n  [2]=>\n  int(2)\n  [3]=>\n  int(3)\n}\n", "range", "a", 3L);
        // php -n -r 'var_dump(range(1, 2, -1));'
        check("=> array(2) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n}\n", "range", 1L, 2L, -1L);
        // php -n -r 'var_dump(range("A", "z", 20));'
        check("=> array(3) {\n  [0]=>\n  string(1) \"A\"\n  [1]=>\n  string(1) \"U\"\n  [2]=>\n  string(1) \"i\"\n}\n", "range", "A", "z", 20L);
        // php -n -r 'var_dump(range(1.0, 3));'
        check("=> array(3) {\n  [0]=>\n  float(1)\n  [1]=>\n  float(2)\n  [2]=>\n  float(3)\n}\n", "range", 1.0d, 3L);
        // php -n -r 'var_dump(range(1, 3, 1.0));'
        check("=> array(3) {\n  [0]=>\n  float(1)\n  [1]=>\n  float(2)\n  [2]=>\n  float(3)\n}\n", "range", 1L, 3L, 1.0d);
        // php -n -r 'var_dump(range("", "c"));'
        check("=> array(1) {\n  [0]=>\n  int(0)\n}\n", "range", "", "c");
        // php -n -r 'var_dump(range(1, 3, 0));'
        check("EXC ValueError: range(): Argument #3 ($step) must not exceed the specified range", "range", 1L, 3L, 0L);
        // php -n -r 'var_dump(range(1, 3, 5));'
        check("EXC ValueError: range(): Argument #3 ($step) must not exceed the specified range", "range", 1L, 3L, 5L);
        // php -n -r 'var_dump(range(3, 3));'
        check("=> array(1) {\n  [0]=>\n  int(3)\n}\n", "range", 3L, 3L);
        // php -n -r 'var_dump(range(0, -0.5, 0.1));'
        check("=> array(6) {\n  [0]=>\n  float(0)\n  [1]=>\n  float(-0.1)\n  [2]=>\n  float(-0.2)\n  [3]=>\n  float(-0.30000000000000004)\n  [4]=>\n  float(-0.4)\n  [5]=>\n  float(-0.5)\n}\n", "range", 0L, -0.5d, 0.1d);
        // php -n -r 'var_dump(range("1.5", "3"));'
        check("=> array(2) {\n  [0]=>\n  float(1.5)\n  [1]=>\n  float(2.5)\n}\n", "range", "1.5", "3");
    }

    @Test
    void sumProduct_values() {
        // php -n -r 'var_dump(array_sum([1, 2, 3]));'
        check("=> int(6)\n", "array_sum", list(1L, 2L, 3L));
        // php -n -r 'var_dump(array_sum([1, "abc", "5x", NULL, true, [1], 2.5]));'
        check("=> float(9.5)\n", "array_sum", list(1L, "abc", "5x", (Object) null, true, list(1L), 2.5d));
        // php -n -r 'var_dump(array_sum([]));'
        check("=> int(0)\n", "array_sum", list());
        // php -n -r 'var_dump(array_sum([9223372036854775807, 1]));'
        check("=> float(9.223372036854776E+18)\n", "array_sum", list(9223372036854775807L, 1L));
        // php -n -r 'var_dump(array_product([]));'
        check("=> int(1)\n", "array_product", list());
        // php -n -r 'var_dump(array_product(["2", 3]));'
        check("=> int(6)\n", "array_product", list("2", 3L));
        // php -n -r 'var_dump(array_product([2, 0.5]));'
        check("=> float(1)\n", "array_product", list(2L, 0.5d));
    }

    @Test
    void fill_pad() {
        // php -n -r 'var_dump(array_fill(5, 3, "x"));'
        check("=> array(3) {\n  [5]=>\n  string(1) \"x\"\n  [6]=>\n  string(1) \"x\"\n  [7]=>\n  string(1) \"x\"\n}\n", "array_fill", 5L, 3L, "x");
        // php -n -r 'var_dump(array_fill(-3, 2, 0));'
        check("=> array(2) {\n  [-3]=>\n  int(0)\n  [-2]=>\n  int(0)\n}\n", "array_fill", -3L, 2L, 0L);
        // php -n -r 'var_dump(array_fill(0, 0, 1));'
        check("=> array(0) {\n}\n", "array_fill", 0L, 0L, 1L);
        // php -n -r 'var_dump(array_fill(0, -1, 1));'
        check("EXC ValueError: array_fill(): Argument #2 ($count) must be greater than or equal to 0", "array_fill", 0L, -1L, 1L);
        // php -n -r 'var_dump(array_fill_keys(["a", 5, 1.5], 0));'
        check("=> array(3) {\n  [\"a\"]=>\n  int(0)\n  [5]=>\n  int(0)\n  [\"1.5\"]=>\n  int(0)\n}\n", "array_fill_keys", list("a", 5L, 1.5d), 0L);
        // php -n -r 'var_dump(array_pad([1, 2], 4, 0));'
        check("=> array(4) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n  [2]=>\n  int(0)\n  [3]=>\n  int(0)\n}\n", "array_pad", list(1L, 2L), 4L, 0L);
        // php -n -r 'var_dump(array_pad([1, 2], -4, 0));'
        check("=> array(4) {\n  [0]=>\n  int(0)\n  [1]=>\n  int(0)\n  [2]=>\n  int(1)\n  [3]=>\n  int(2)\n}\n", "array_pad", list(1L, 2L), -4L, 0L);
        // php -n -r 'var_dump(array_pad(["a" => 1, 5 => 2], 3, 0));'
        check("=> array(3) {\n  [\"a\"]=>\n  int(1)\n  [0]=>\n  int(2)\n  [1]=>\n  int(0)\n}\n", "array_pad", map("a", 1L, 5L, 2L), 3L, 0L);
        // php -n -r 'var_dump(array_pad([1, 2], 1, 0));'
        check("=> array(2) {\n  [0]=>\n  int(1)\n  [1]=>\n  int(2)\n}\n", "array_pad", list(1L, 2L), 1L, 0L);
    }

    @Test
    void unique_countValues() {
        // php -n -r 'var_dump(array_unique([1, "1", 2, 2.0, "a", "A"]));'
        check("=> array(4) {\n  [0]=>\n  int(1)\n  [2]=>\n  int(2)\n  [4]=>\n  string(1) \"a\"\n  [5]=>\n  string(1) \"A\"\n}\n", "array_unique", list(1L, "1", 2L, 2.0d, "a", "A"));
        // php -n -r 'var_dump(array_unique([3, "3", 1], 0));'
        check("=> array(2) {\n  [0]=>\n  int(3)\n  [2]=>\n  int(1)\n}\n", "array_unique", list(3L, "3", 1L), 0L);
        // php -n -r 'var_dump(array_unique(["b" => 1, "a" => 1]));'
        check("=> array(1) {\n  [\"b\"]=>\n  int(1)\n}\n", "array_unique", map("b", 1L, "a", 1L));
        // php -n -r 'var_dump(array_count_values([1, "1", "a", 1.5, "a"]));'
        check("\nWarning: array_count_values(): Can only count string and integer values, entry skipped\n=> array(2) {\n  [1]=>\n  int(2)\n  [\"a\"]=>\n  int(2)\n}\n", "array_count_values", list(1L, "1", "a", 1.5d, "a"));
    }

    @Test
    void keyFirstLast_isList() {
        // php -n -r 'var_dump(array_key_first(["x" => 1, 0 => 2]));'
        check("=> string(1) \"x\"\n", "array_key_first", map("x", 1L, 0L, 2L));
        // php -n -r 'var_dump(array_key_first([]));'
        check("=> NULL\n", "array_key_first", list());
        // php -n -r 'var_dump(array_key_last(["x" => 1, 0 => 2]));'
        check("=> int(0)\n", "array_key_last", map("x", 1L, 0L, 2L));
        // php -n -r 'var_dump(array_key_last([]));'
        check("=> NULL\n", "array_key_last", list());
        // php -n -r 'var_dump(array_is_list([1, 2]));'
        check("=> bool(true)\n", "array_is_list", list(1L, 2L));
        // php -n -r 'var_dump(array_is_list([1 => 1]));'
        check("=> bool(false)\n", "array_is_list", map(1L, 1L));
        // php -n -r 'var_dump(array_is_list([]));'
        check("=> bool(true)\n", "array_is_list", list());
    }

    @Test
    void column_chunk() {
        // php -n -r 'var_dump(array_column([["id" => 1, "n" => "a"], ["id" => 2, "n" => "b"], ["x" => 1]], "n", "id"));'
        check("=> array(2) {\n  [1]=>\n  string(1) \"a\"\n  [2]=>\n  string(1) \"b\"\n}\n", "array_column", list(map("id", 1L, "n", "a"), map("id", 2L, "n", "b"), map("x", 1L)), "n", "id");
        // php -n -r 'var_dump(array_column([["id" => 1, "n" => "a"]], NULL, "id"));'
        check("=> array(1) {\n  [1]=>\n  array(2) {\n    [\"id\"]=>\n    int(1)\n    [\"n\"]=>\n    string(1) \"a\"\n  }\n}\n", "array_column", list(map("id", 1L, "n", "a")), (Object) null, "id");
        // php -n -r 'var_dump(array_column([["a", "b"], ["c", "d"]], 1));'
        check("=> array(2) {\n  [0]=>\n  string(1) \"b\"\n  [1]=>\n  string(1) \"d\"\n}\n", "array_column", list(list("a", "b"), list("c", "d")), 1L);
        // php -n -r 'var_dump(array_column([[1], "x"], 0));'
        check("=> array(1) {\n  [0]=>\n  int(1)\n}\n", "array_column", list(list(1L), "x"), 0L);
        // php -n -r 'var_dump(array_chunk([1, 2, 3], 2));'
        check("=> array(2) {\n  [0]=>\n  array(2) {\n    [0]=>\n    int(1)\n    [1]=>\n    int(2)\n  }\n  [1]=>\n  array(1) {\n    [0]=>\n    int(3)\n  }\n}\n", "array_chunk", list(1L, 2L, 3L), 2L);
        // php -n -r 'var_dump(array_chunk(["a" => 1, "b" => 2, "c" => 3], 2, true));'
        check("=> array(2) {\n  [0]=>\n  array(2) {\n    [\"a\"]=>\n    int(1)\n    [\"b\"]=>\n    int(2)\n  }\n  [1]=>\n  array(1) {\n    [\"c\"]=>\n    int(3)\n  }\n}\n", "array_chunk", map("a", 1L, "b", 2L, "c", 3L), 2L, true);
        // php -n -r 'var_dump(array_chunk([1], 0));'
        check("EXC ValueError: array_chunk(): Argument #2 ($length) must be greater than 0", "array_chunk", list(1L), 0L);
    }
}
