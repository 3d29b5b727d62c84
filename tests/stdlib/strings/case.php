<?php
var_dump(strtoupper("hello World 123"));
var_dump(strtolower("HELLO World 123"));
var_dump(strtoupper("é"), strtolower("É"));
var_dump(strtoupper("straße"));
var_dump(strtoupper("\xe9"));
var_dump(ucfirst("hello"), lcfirst("Hello"), ucwords("hello big world"));
var_dump(ucfirst(""), ucwords("a-b c_d", "-"));
var_dump(strtoupper(""));
