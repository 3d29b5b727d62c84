<?php
// parse_str(): names, dots and spaces, nested and appended indexes, numeric keys, encodings,
// unclosed brackets, empty pairs, later values overwriting earlier ones.
$inputs = [
    'a=1&b=2&c',
    'first=value&arr[]=foo+bar&arr[]=baz',
    'a.b=1&c d=2& e=3&f[x.y]=4',
    'm[x][y]=1&m[x][z]=2&m[5]=3&m[05]=4&m[]=5',
    'q=%41%42+c%26d&r=%zz&s=a%20b',
    'a[b=1&c[d][e=2&x[]y=3&[]=4&=5',
    'dup=1&dup=2&arr[k]=1&arr=flat',
    '&&a=1&&',
    'list[]=1&list[]=2&list[1]=x',
    '',
];
foreach ($inputs as $in) {
    parse_str($in, $out);
    echo json_encode($in), " => ";
    var_dump($out);
}
try {
    parse_str('a=1');
} catch (ArgumentCountError $e) {
    echo $e->getMessage(), "\n";
}
