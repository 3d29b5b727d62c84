<?php
$cases = [['*.txt', 'a.txt'], ['*.txt', 'a.php'], ['a?c', 'abc'], ['a?c', 'ac'], ['[abc]x', 'bx'], ['[!abc]x', 'bx'], ['[a-c]*', 'c123'],
    ['*', '.hidden'], ['*/b', 'a/b'], ['*', 'a/b'], ['\*', '*'], ['\*', 'x'], ['*.TXT', 'a.txt'], ['a*b*c', 'aXXbYYc'], ['', ''], ['x', '']];
foreach ($cases as [$p, $f]) {
    echo str_pad("$p ~ $f", 16), var_export(fnmatch($p, $f), true), ' ', var_export(fnmatch($p, $f, FNM_PATHNAME), true), ' ',
        var_export(fnmatch($p, $f, FNM_PERIOD), true), ' ', var_export(fnmatch($p, $f, FNM_CASEFOLD), true), ' ',
        var_export(fnmatch($p, $f, FNM_NOESCAPE), true), "\n";
}
var_dump(FNM_NOESCAPE, FNM_PATHNAME, FNM_PERIOD, FNM_CASEFOLD);
var_dump(stream_supports_lock(fopen('php://memory', 'r')), stream_supports_lock($t = tmpfile()));
