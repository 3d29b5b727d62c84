<?php
$f = fopen('php://memory', 'w+');
fwrite($f, "12 apples\nbad\n3.5 x\nname:Bob age:42\n");
rewind($f);
var_dump(fscanf($f, "%d %s"), fscanf($f, "%d"), fscanf($f, "%f %c"), fscanf($f, "name:%s age:%d", $name, $age), $name, $age);
var_dump(fscanf($f, "%d"), fscanf($f, "%s %s", $a, $b));
rewind($f);
var_dump(fscanf($f, "%d %s", $n, $w), $n, $w);
fclose($f);
