<?php
var_dump(preg_split('/[\s,]+/', "hypertext language, programming"));
var_dump(preg_split('//', 'string', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('//', 'abc'));
var_dump(preg_split('/,/', 'a,b,,c', 2));
var_dump(preg_split('/,/', 'a,b,,c', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/(,)/', 'a,b', -1, PREG_SPLIT_DELIM_CAPTURE));
var_dump(preg_split('/(-)|(\+)/', 'a-b+c', -1, PREG_SPLIT_DELIM_CAPTURE));
var_dump(preg_split('/ /', 'hello big world', -1, PREG_SPLIT_OFFSET_CAPTURE));
var_dump(preg_split('/ /', 'a b', 0), preg_split('/ /', 'a b', 1), preg_split('/ /', 'a b c', -3));
var_dump(preg_split('/x/', ''), preg_split('/x/', '', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('//u', 'héé', -1, PREG_SPLIT_NO_EMPTY));
var_dump(preg_split('/(\d)/', 'a1b2c', -1, PREG_SPLIT_DELIM_CAPTURE | PREG_SPLIT_NO_EMPTY | PREG_SPLIT_OFFSET_CAPTURE));
