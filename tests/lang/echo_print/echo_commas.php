<?php
echo "a", "b", 1, 2.5, true, null, false, "\n";
echo("parens"), "\n";
echo 'x' . 'y', 'z', "\n";
$r = print "printed\n";
var_dump($r);
print("with parens\n");
echo print "inner\n", "\n";
$v = 1 + print "";
var_dump($v);
