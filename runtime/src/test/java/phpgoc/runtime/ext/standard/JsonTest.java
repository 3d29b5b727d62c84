package phpgoc.runtime.ext.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** json_encode against php 8.2's output of the command in each comment. */
class JsonTest extends ExtTestBase {
    private static Object enc(Object v, long flags) { return Json.json_encode(v, flags); }

    @Test
    void json_encode_scalarsAndFloats() {
        // php -n -r 'echo json_encode([1.0, 0.1+0.2, 1e25, -0.0, 1e-7, 123456789012345678.0, 1.5, 100.0]);'
        assertEquals("[1,0.30000000000000004,1.0e+25,-0,1.0e-7,1.2345678901234568e+17,1.5,100]",
                enc(list(1.0, 0.1 + 0.2, 1e25, -0.0, 1e-7, 123456789012345678.0, 1.5, 100.0), 0));
        // json_encode(10.0, JSON_PRESERVE_ZERO_FRACTION) -> 10.0 ; json_encode(null/true/false)
        assertEquals("10.0", enc(10.0, 1024));
        assertEquals("[null,true,false,-3]", enc(list(null, true, false, -3L), 0));
    }

    @Test
    void json_encode_stringEscapes() {
        // php -n -r 'echo json_encode(["a/b", "é", "\x01\x1f\x7f", "<U+1F600 in UTF-8>", "<>&'\''\"", "<U+2028 in UTF-8>"]);'
        String emoji = "\u00f0\u009f\u0098\u0080", e = "\u00c3\u00a9", ls = "\u00e2\u0080\u00a8";
        assertEquals("[\"a\\/b\",\"\\u00e9\",\"\\u0001\\u001f\u007f\",\"\\ud83d\\ude00\",\"<>&'\\\"\",\"\\u2028\"]",
                enc(list("a/b", e, "\u0001\u001f\u007f", emoji, "<>&'\"", ls), 0));
        // JSON_UNESCAPED_SLASHES|JSON_UNESCAPED_UNICODE: the UTF-8 bytes as is, but U+2028 still escaped
        assertEquals("[\"a/b\",\"" + e + "\",\"" + emoji + "\",\"\\u2028\"]", enc(list("a/b", e, emoji, ls), 64 | 256));
        // JSON_HEX_TAG|JSON_HEX_AMP|JSON_HEX_APOS|JSON_HEX_QUOT
        assertEquals("[\"\\u003C\\u003E\\u0026\\u0027\\u0022\"]", enc(list("<>&'\""), 15));
        assertEquals("\"\\b\\f\\n\\r\\t\\\\\"", enc("\b\f\n\r\t\\", 0));
    }

    @Test
    void json_encode_arraysAndPrettyPrint() {
        // php -n -r 'var_dump(json_encode([1=>1, 2=>2]), json_encode([]), json_encode([], JSON_FORCE_OBJECT));'
        assertEquals("{\"1\":1,\"2\":2}", enc(map(1L, 1L, 2L, 2L), 0));
        assertEquals("[]", enc(list(), 0));
        assertEquals("{}", enc(list(), 16));
        // php -n -r 'echo json_encode(["a"=>[1,2,[]], "b"=>[], "c"=>["x"=>null]], JSON_PRETTY_PRINT);'
        assertEquals("{\n    \"a\": [\n        1,\n        2,\n        []\n    ],\n    \"b\": [],\n    \"c\": {\n"
                + "        \"x\": null\n    }\n}", enc(map("a", list(1L, 2L, list()), "b", list(), "c", map("x", null)), 128));
    }

    @Test
    void json_encode_errors() {
        // php -n -r 'var_dump(json_encode("\xff"), json_encode(NAN));' -> false, false
        assertEquals(Boolean.FALSE, enc("\u00ff", 0));
        assertEquals(Boolean.FALSE, enc(Double.NaN, 0));
        // JSON_PARTIAL_OUTPUT_ON_ERROR: {"a":0,"b":1}; JSON_INVALID_UTF8_IGNORE / _SUBSTITUTE
        assertEquals("{\"a\":0,\"b\":1}", enc(map("a", Double.NaN, "b", 1L), 512));
        assertEquals("[\"ab\"]", enc(list("a\u00ffb"), 1048576));
        assertEquals("[\"a\\ufffdb\"]", enc(list("a\u00ffb"), 2097152));
        // php -n -r 'json_encode("\xff", JSON_THROW_ON_ERROR);'
        check("EXC JsonException: Malformed UTF-8 characters, possibly incorrectly encoded", "json_encode", "\u00ff", 4194304L);
        check("EXC JsonException: Inf and NaN cannot be JSON encoded", "json_encode", Double.NaN, 4194304L);
        // php -n -r 'var_dump(json_encode([[1]], 0, 1), json_encode([1], 0, 1));' -> false, "[1]"
        assertEquals(Boolean.FALSE, Json.json_encode(list(list(1L)), 0L, 1L));
        assertEquals("[1]", Json.json_encode(list(1L), 0L, 1L));
    }

    @Test
    void json_decode_toArrays() {
        // php -n -r 'var_dump(json_decode("-0"), json_decode("-0.0"), json_decode("1e2"), json_decode(""), json_decode("[1,]"),
        //            json_decode("12345678901234567890"), json_decode("12345678901234567890", false, 512, JSON_BIGINT_AS_STRING),
        //            json_decode("[[1]]", true, 1), json_decode("\"a\tb\""), json_decode(" null "));'
        check("=> int(0)\n", "json_decode", "-0");
        check("=> float(-0)\n", "json_decode", "-0.0");
        check("=> float(100)\n", "json_decode", "1e2");
        check("=> NULL\n", "json_decode", "");
        check("=> NULL\n", "json_decode", "[1,]");
        check("=> float(1.2345678901234567E+19)\n", "json_decode", "12345678901234567890");
        check("=> string(20) \"12345678901234567890\"\n", "json_decode", "12345678901234567890", false, 512L, 2L);
        check("=> NULL\n", "json_decode", "[[1]]", true, 1L);
        check("=> NULL\n", "json_decode", "\"a\tb\"");
        check("=> NULL\n", "json_decode", " null ");
        // json_decode(" [1,{\"a\":\"\\u00e9\\ud83d\\ude00\"}] ", true) -> [1, ["a" => "é" . U+1F600 in UTF-8]]
        check("=> array(2) {\n  [0]=>\n  int(1)\n  [1]=>\n  array(1) {\n    [\"a\"]=>\n    string(6) \"\u00c3\u00a9\u00f0\u009f\u0098\u0080\"\n  }\n}\n",
                "json_decode", " [1,{\"a\":\"\\u00e9\\ud83d\\ude00\"}] ", true);
        // json_decode('{"1":2,"":3}', true): int key 1 and key ""
        check("=> array(2) {\n  [1]=>\n  int(2)\n  [\"\"]=>\n  int(3)\n}\n", "json_decode", "{\"1\":2,\"\":3}", true);
        check("EXC JsonException: Syntax error", "json_decode", "tru", true, 512L, 4194304L);
    }
}
