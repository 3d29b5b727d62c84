<?php
// md5/sha1/crc32, base64 (lenient and strict), hex, URL encoding, slashes, rot13.
var_dump(md5("a"), sha1("a"), strlen(md5("a", true)), crc32("hello"), crc32("The quick brown fox jumped over the lazy dog."), base64_encode("hello\xff\x00"), base64_decode("aGVsbG8=!!"), base64_decode("aGVsbG8", true), base64_decode("a=GVsbG8", true), base64_decode("aGVsbG8==="), base64_decode("aGVsb"), base64_decode("aGV sbG8=", true), bin2hex("abc\x00\xff"), hex2bin("616263"), hex2bin("abc"), hex2bin("zz"));
var_dump(urlencode("a b+c/é~_-."), rawurlencode("a b+c/é~_-."), urldecode("a+b%2Fc%zz%4"), rawurldecode("a+b%41"), addslashes("O'Re\"il\\ly\0"), stripslashes("a\\\\b\\0c\\d\\"), str_rot13("Hello, World!"));
