<?php
class A {}
$a = new A;
var_dump(isset($a->nope));
var_dump($a->nope ?? 'default');
unset($a->nope);
echo $a->missing;
echo "\n";
