<?php
var_dump(preg_match_all('/(\d)(\w)?/', '1a 2 3c', $m), $m);
var_dump(preg_match_all('/(\d)(\w)?/', '1a 2 3c', $m, PREG_SET_ORDER), $m);
var_dump(preg_match_all('/(?<d>\d)/', 'a1b2', $m), $m);
var_dump(preg_match_all('/(?<d>\d)/', 'a1b2', $m, PREG_SET_ORDER | PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match_all('/\d/', 'a1b2', $m, PREG_PATTERN_ORDER | PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match_all('/x/', 'abc', $m), $m);
var_dump(preg_match_all('/x/', 'abc', $m, PREG_SET_ORDER), $m);
var_dump(preg_match_all('/a*/', 'baaac', $m), $m);
var_dump(preg_match_all('/\d/', '1234', $m, 0, 2), $m);
var_dump(preg_match_all('/(a)|(b)/', 'ab', $m, PREG_UNMATCHED_AS_NULL), $m);
var_dump(preg_match_all('/\w+/u', 'héllo wörld', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match_all('/\d/', '1 2 3'));
var_dump(preg_grep('/^\d+$/', ['1', 'a', 'x' => '22', 3, 'b3']));
var_dump(preg_grep('/^\d+$/', ['1', 'a', 'x' => '22', 3, 'b3'], PREG_GREP_INVERT));
var_dump(preg_quote('Hello.World?(1+1=2)[a]{b}^$|\\/#:-<>!'), preg_quote('a/b#c', '/'), preg_quote("a\0b"));
// after an empty match php first retries a non-empty one at the same place
var_dump(preg_match_all('/a??/', 'aa', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_replace('/a??/', '<$0>', 'aa'), preg_split('/a??/', 'aa'));
var_dump(preg_match_all('/[^\x20-\x7e]/', "a\x01b\xffc", $m), $m);
