<?php
$ini = <<<INI
; comment
[first]
a = 1
b = "quoted value"
c = 'single x'
d = on
e = off
f = yes
g = none
h = null
i = 1.5
j = 0x1A
k = E_ALL
l[] = x
l[] = y
m[key] = v
n = "multi
line"
o = unquoted with spaces   
p = "esc \" q"
q = -7
r = true
s =
t = "a" "b"
[second]
path = /usr/local/bin
URL = "http://example.com/~user"
num = 42
INI;
var_dump(parse_ini_string($ini));
var_dump(parse_ini_string($ini, true));
var_dump(parse_ini_string("d=on\nb=\"q\"\nc=E_ALL\ne = off ; c\n[s]\nx[]=1", true, INI_SCANNER_RAW));
var_dump(parse_ini_string($ini, false, INI_SCANNER_TYPED));
var_dump(parse_ini_string("a=b\n[x"), parse_ini_string("=b"), parse_ini_string(""));
var_dump(INI_SCANNER_NORMAL, INI_SCANNER_RAW, INI_SCANNER_TYPED);
$d = sys_get_temp_dir() . '/phpgoc_h5_ini_' . mt_rand() . '.ini';
file_put_contents($d, "[s]\nk = v\n");
var_dump(parse_ini_file($d, true));
unlink($d);
chdir(sys_get_temp_dir());
var_dump(parse_ini_file('phpgoc_h5_no_such.ini'));
try { parse_ini_file(''); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { parse_ini_string('a=1', false, 7); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
