<?php
function h($s) { return bin2hex($s); }
echo h(pack('nvc*', 0x1234, 0x5678, 65, 66)), "\n";
echo h(pack('NVJPqQ', 1, 2, 3, 4, -5, 6)), "\n";
echo h(pack('sSiIlL', -2, 65535, -3, 7, -1, 4294967295)), "\n";
echo h(pack('a5A5Z5', 'ab', 'cd', 'ef')), "|", h(pack('a*A*Z*', 'x', 'y', 'z')), "|", h(pack('Z2', 'abc')), "\n";
echo h(pack('H*h*H3', 'abc1', 'abc1', 'fff')), "\n";
echo h(pack('fdeEgG', 1.5, 2.25, -0.5, 3.0, 4.0, 5.0)), "\n";
echo h(pack('x3X1@6a', 'q')), "|", h(pack('a4X2', 'abcd')), "|", h(pack('a2@1', 'xy')), "\n";
echo h(pack('C3', 256, -1, '7')), "\n";
print_r(unpack('nfirst/vsecond/c2chars', pack('nvc*', 0x1234, 0x5678, -1, 66)));
print_r(unpack('N', "\x00\x00\x01\x00"));
print_r(unpack('C*', "abc"));
print_r(unpack('c*x/C*y', "\xff\xfe"));
print_r(unpack('a3x/A5y/Z5z', "ab\0cd  \0\0ef\0gh"));
print_r(unpack('H*hex', "\x12\xab"));
print_r(unpack('h3', "\x12\xab"));
print_r(unpack('q/Q/J', pack('q', -2) . pack('Q', 3) . pack('J', 4)));
print_r(unpack('f/d/E', pack('f', 1.5) . pack('d', 0.1) . pack('E', 2.5)));
print_r(unpack('s/S/i/l/L', pack('sSilL', -1, 65535, -7, -8, 4294967295)));
print_r(unpack('@2/a2', "abcd"));
print_r(unpack('a2/X/a2b', "abcd"));
print_r(unpack('C', "abc", 1));
print_r(unpack('C2first/C', "abc"));
var_dump(unpack('N', "ab"));
var_dump(unpack('a', ""));
foreach ([fn() => pack('y'), fn() => pack('N'), fn() => pack('a'), fn() => unpack('y', 'a'), fn() => unpack('C', 'a', 5)] as $f) {
    try { var_dump($f()); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
var_dump(h(pack('N', 1, 2)), h(pack('x*')), h(pack('H3', 'zz1')), h(pack('H5', 'ab')));
