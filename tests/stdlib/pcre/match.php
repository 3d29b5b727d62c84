<?php
var_dump(preg_match('/(\d+)-(\d+)/', 'ab 12-345 cd', $m), $m);
var_dump(preg_match('/(a)(b)?(c)?/', 'a', $m), $m);
var_dump(preg_match('/(a)(b)?(c)/', 'ac', $m), $m);
var_dump(preg_match('/(a)(b)?(c)?/', 'a', $m, PREG_UNMATCHED_AS_NULL), $m);
var_dump(preg_match('/(?P<year>\d{4})-(?<month>\d\d)-(?\'day\'\d\d)/', 'on 2024-03-15.', $m), $m);
var_dump(preg_match('/b+/', 'aabbbcc', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match('/(x)?b/', 'aab', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match('/a/', 'banana', $m, 0, 2), $m);
var_dump(preg_match('/^a/', 'banana', $m, 0, 1), $m);
var_dump(preg_match('/a$/', 'banana', $m, 0, -2), $m);
var_dump(preg_match('/HELLO/i', 'say hello'));
var_dump(preg_match('/^b$/m', "a\nb\nc"));
var_dump(preg_match('/a.c/s', "a\nc"), preg_match('/a.c/', "a\nc"));
var_dump(preg_match('/a  b # comment
  c/x', 'abc'));
var_dump(preg_match('/a+?/U', 'aaa', $m), $m);
var_dump(preg_match('/a+/U', 'aaa', $m), $m);
var_dump(preg_match('/abc$/', "abc\n"), preg_match('/abc$/D', "abc\n"));
var_dump(preg_match('/bc/A', 'abc'), preg_match('/ab/A', 'abc'));
var_dump(preg_match('/\Aab\z/', 'ab'), preg_match('/ab\Z/', "ab\n"), preg_match('/ab\z/', "ab\n"));
var_dump(preg_match('/a\hb/', "a\tb"), preg_match('/a\Rb/', "a\r\nb"));
var_dump(preg_match('/^[[:alpha:]]+[[:digit:]]*[[:^space:]]$/', 'abc12!'));
var_dump(preg_match('/[]a]+/', ']a]', $m), $m);
var_dump(preg_match('/[^]a]+/', 'xyz]', $m), $m);
var_dump(preg_match('/[a[]+/', '[a[', $m), $m);
var_dump(preg_match('/(?>a+)b/', 'aaab'), preg_match('/a++a/', 'aaaa'));
var_dump(preg_match('/(\w)\1/', 'hello', $m), $m);
var_dump(preg_match('/(?<c>\w)\k<c>/', 'abba', $m), $m);
var_dump(preg_match('/(?P<c>o)(?P=c)/', 'foo', $m), $m);
var_dump(preg_match('/(a)(b)\g{-1}\g1/', 'abba', $m), $m);
var_dump(preg_match('#/path/(\w+)#', '/path/to', $m), $m);
var_dump(preg_match('{a(b)c}', 'abc', $m), $m);
var_dump(preg_match('(a(b)c)', 'abc', $m), $m);
var_dump(preg_match('[a[0-9]c]', 'a5c', $m), $m);
var_dump(preg_match('<a.c>i', 'ABC'));
var_dump(preg_match('/é+/u', 'caféé!', $m, PREG_OFFSET_CAPTURE), $m);
var_dump(preg_match('/./u', 'é', $m), $m, preg_match('/^.$/', 'é'));
var_dump(preg_match('/\x41\x{42}\101\0/', "ABA\0"));
var_dump(preg_match('/a{2,3}/', 'caaaat', $m), $m, preg_match('/a{,2}/', 'a{,2}'));
var_dump(preg_match('/(?i)abc/', 'ABC'), preg_match('/a(?i:b)c/', 'aBc'), preg_match('/a(?i:b)c/', 'aBC'));
var_dump(preg_match('/(?<=a)b/', 'ab'), preg_match('/(?<!a)b/', 'ab'));
var_dump(preg_match('/\bfoo\b/', 'a foo b'), preg_match('/\Qa.b\E/', 'a.b'), preg_match('/\Qa.b\E/', 'axb'));
var_dump(preg_match('/a(?#comment)b/', 'ab'));
var_dump(preg_match('/colou?r/', 'The color'), preg_match('/[\w-]+/', 'a-b', $m), $m);
var_dump(preg_match('/\p{Lu}\p{Ll}+/u', 'Élan', $m), $m);
// inline flags: x and U last to the end of their group
var_dump(preg_match_all('/(?U)a+/', 'aaa', $m), $m);
var_dump(preg_match('/(?x) a b (?-x: c)/', 'ab c'), preg_match('/a(?-x: b)/x', 'a b'), preg_match('/(?i)a(?-i)b/', 'Ab'), preg_match('/(?i)a(?-i)b/', 'AB'));
var_dump(preg_match('/((?U)a+)a+/', 'aaaa', $m), $m);
// leading option verbs
var_dump(preg_match('/(*UTF8)^.$/', 'é'), preg_match('/(*LF)a/', 'a'));
try {
    preg_match('/a/', 'a', $m, 3);
} catch (ValueError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
