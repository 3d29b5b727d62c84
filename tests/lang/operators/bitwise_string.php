<?php
var_dump("ab" ^ "  ");
var_dump("AB" | "  ");
var_dump("abc" & "ab");
var_dump("12" ^ "3");
var_dump(~"abc" === "\x9e\x9d\x9c");
var_dump("a" | "bcd");
var_dump("12" | 1);
var_dump("hello" ^ "hello");
