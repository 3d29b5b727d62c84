<?php
var_dump(sscanf("age: 25 name: Bob", "age: %d name: %s"), sscanf("12 apples", "%d %s"), sscanf("12", "%d %s"), sscanf("", "%d"), sscanf("  ", "%d"), sscanf("abc", "%d"));
var_dump(sscanf("0x1A 077 -12 +7", "%x %o %d %d"), sscanf("0x1A 077 019", "%i %i %i"), sscanf("ff FF 0xff", "%x %X %x"), sscanf("-1", "%u"), sscanf("18446744073709551615 99999999999999999999", "%u %d"));
var_dump(sscanf("3.14 -2.5e3 1e 6.", "%f %e %f %g"), sscanf(".5 +.e1 1.2.3", "%f %f %f"), sscanf("1e+ 5", "%f %d"));
var_dump(sscanf("hello world", "%s%n"), sscanf("hello world", "%5c%c%c"), sscanf("abc", "%2s%s"), sscanf("a b", "%c%c%c"));
var_dump(sscanf("abc123def", "%[a-z]%[0-9]%[^0-9]"), sscanf("--]x", "%[]-]%s"), sscanf("x-y", "%[a-]"), sscanf("z9", "%[^a-y]%d"), sscanf("123", "%[a-z]"));
var_dump(sscanf("2024-01-15", "%4d-%2d-%2d"), sscanf("12:34:56", "%d:%d:%d"), sscanf("a,b", "%[^,],%s"), sscanf("100%", "%d%%"), sscanf("x", "%%"), sscanf("5 6", "%*d %d"));
var_dump(sscanf("1 2 3", "%3\$d %1\$d %2\$d"), sscanf("7", "%2\$d"), sscanf("abc", "%1\$s"));
var_dump(sscanf("10 20", "%d %d", $a, $b), $a, $b, sscanf("10", "%d %d", $c, $d), $c, $d, sscanf("", "%d", $e), $e, sscanf("x", "%d", $g), $g);
var_dump(sscanf("id=42 ok", "id=%d %s", $id, $st), $id, $st, sscanf("abc", "%s%n", $w, $n), $w, $n);
var_dump(sscanf("ab\0cd", "%s"), sscanf("12abc", "%ld%hs"), sscanf("  42", "%d"), sscanf("42  ", "%d "), sscanf("4 2", "%d%d"), sscanf("x y", "x y"), sscanf("xy", "x z"));
foreach (["%d %d", "%d", "%q", "%[abc", "%1\$d %d", "%1\$d %1\$d", "%", "%5"] as $fmt) {
    try { var_dump(sscanf("1", $fmt, $x)); } catch (ValueError $e) { echo $fmt, " => ", $e->getMessage(), "\n"; }
    try { var_dump(sscanf("1", $fmt)); } catch (ValueError $e) { echo $fmt, " => ", $e->getMessage(), "\n"; }
}
try { sscanf("1", "%d", $x, $y); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { sscanf("1", "%2\$d", $q); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
$f = 'sscanf'; var_dump($f("5 x", "%d %s"));
var_dump(sscanf("", "\t\$3cud"), sscanf("", " -&%uL["), sscanf(" ", " %d"), sscanf("", " "), sscanf("1 ", "%d "), sscanf("1", "%d x"));
