<?php
echo "line 1\n";
class Cfg {}
$c = new Cfg;
for ($i = 0; $i < 3; $i++) {
    $c->{"k$i"} = $i;
}
var_dump($c);
