<?php
// strstr/stristr/strrchr/strpbrk, strspn/strcspn, strtr (both forms), substr_replace (strings and arrays).
var_dump(strstr("user@example.com", "@"), strstr("user@example.com", "@", true), stristr("HayStack", "st"), strrchr("a/b/c", "/"), strrchr("abc", "x"), strpbrk("This is", "st"), strstr("abc", ""), strchr("abc", "b"));
var_dump(strspn("42 is", "1234567890"), strcspn("abcd", "cd"), strspn("foo", "o", 1, 2), strcspn("hello", "l", -4, -1), strspn("abc", "abc", 5), strcspn("abc", ""));
var_dump(strtr("Hi all", "al", "eo"), strtr("Hi all, I said", ["Hi" => "Hello", "Hello" => "x", "said" => "say", "" => "z"]), strtr("abc", []), strtr("abc", "ab", "x"), strtr("1 2", [1 => "one", 2 => "two"]));
var_dump(substr_replace("Hello", "J", 0, 1), substr_replace("Hello", "!!", -1, 0), substr_replace(["abc","def"], "X", 1, 1), substr_replace(["a" => "abc","def"], ["1","2"], [0,1], [1,0]), substr_replace("abc", "X", 10), substr_replace("abcdef", "##", 1, -2), substr_replace("abc", [], 1));
