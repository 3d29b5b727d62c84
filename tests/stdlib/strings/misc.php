<?php
var_dump(strrev("abc"), strrev("é") === "\xA9\xC3");
var_dump(str_split("abcdef", 4));
var_dump(str_split("abc"));
var_dump(ord("A"), ord(""), ord("é"), chr(65), chr(256 + 66), chr(-1) === "\xFF");
var_dump(strcmp("a", "b"), strcmp("b", "a"), strcmp("a", "a"), strcmp("abc", "ab"));
var_dump(strcasecmp("HELLO", "hello"), strncmp("abcd", "abef", 2));
var_dump(substr_count("hello hello", "ll"), ucwords("o'neil mc-d"));
var_dump(nl2br("a\nb"), wordwrap("The quick brown fox", 10, "\n", true));
var_dump(number_format(1234567.891), number_format(1234567.891, 2), number_format(1234.5, 2, ',', '.'), number_format(0.5), number_format(-1234.567, 1));
var_dump(dechex(255), hexdec("ff"), decbin(10), bindec("1010"), decoct(8), octdec("17"), base_convert("ff", 16, 2));
