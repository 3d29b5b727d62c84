<?php
// isset/empty/unset/??/references through $$name
$k = 'zz';
var_dump(isset($$k), empty($$k), $$k ?? 'default');
$$k = [1, 2];
var_dump(isset($$k), isset($$k[1]), isset($$k[5]));
unset($$k);
var_dump(isset($zz));
$name = 'target';
$target = 1;
$r = &$$name;
$r = 'through ref';
var_dump($target);
$alias = 'other';
$$alias = &$target;
$other = 'changed via other';
var_dump($target);
$u = 'missing';
echo $$u;
echo "\n";
