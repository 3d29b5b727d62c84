<?php
// quoted-printable
$s = "h\xe9llo = w\xf6rld\ttab \r\nline2 \r\n" . str_repeat("x", 80) . "\n" . str_repeat("\xc3\xa9", 30) . "end \rcr\x7f";
$q = quoted_printable_encode($s); var_dump($q, quoted_printable_decode($q) === $s);
var_dump(quoted_printable_encode(""), quoted_printable_encode("="), quoted_printable_encode(str_repeat("=", 30)));
var_dump(quoted_printable_decode("a=3D=3db=\r\nc= \nd=  \r\ne=ZZf=4"), quoted_printable_decode("x=\ny"), quoted_printable_decode("ab\0cd"), quoted_printable_decode(""), quoted_printable_decode("="));
// uuencode
foreach (["", "a", "ab", "abc", "abcd", "test\ntext text text\r\n", str_repeat("0123456789", 10), str_repeat("z", 45), str_repeat("q", 46)] as $t) {
    $u = convert_uuencode($t);
    var_dump($u, convert_uudecode($u) === $t);
}
var_dump(convert_uudecode("!80``\n`\n"), convert_uudecode("`\n"));
var_dump(convert_uudecode(""));
var_dump(convert_uudecode("M" . str_repeat("a", 10)));
// locale (C only)
var_dump(setlocale(LC_ALL, "C"), setlocale(LC_ALL, 0), setlocale(LC_NUMERIC, "0"), setlocale(LC_ALL, "xx_YY"), setlocale(LC_ALL, ["xx", "POSIX"]), setlocale(LC_TIME, "nope", "C"));
var_dump(setlocale(99, "C"), setlocale(LC_CTYPE, "C.UTF-8"), setlocale(LC_ALL, "0"), nl_langinfo(CODESET), setlocale(LC_ALL, "C"), nl_langinfo(CODESET));
var_dump(localeconv());
var_dump(nl_langinfo(DAY_1), nl_langinfo(ABMON_12), nl_langinfo(D_T_FMT), nl_langinfo(T_FMT_AMPM), nl_langinfo(RADIXCHAR), nl_langinfo(YESEXPR), nl_langinfo(99999));
var_dump(LC_ALL, LC_CTYPE, LC_NUMERIC, LC_COLLATE, LC_MONETARY, LC_TIME, LC_MESSAGES, CODESET, HTML_ENTITIES);
// random strings and ids
var_dump(strlen(uniqid()), strlen(uniqid('ab')), strlen(uniqid('', true)), (bool) preg_match('/^[0-9a-f]{13}$/', uniqid()), (bool) preg_match('/^p[0-9a-f]{14}\.\d{8}$/', uniqid('p', true)));
var_dump(uniqid() !== uniqid());
$l = lcg_value(); var_dump(is_float($l) && $l > 0 && $l < 1);
var_dump(strlen(random_bytes(7)), random_bytes(1) !== "" );
try { random_bytes(0); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { random_bytes("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
