<?php
// $$name, ${expr}, chains, and all the ways of naming the variable
$name = 'foo';
$$name = 42;
echo $foo, "\n";
${'ba' . 'r'} = 'built';
echo $bar, "\n";
$a = 'b'; $b = 'c'; $c = 'three levels';
echo $$$a, "\n";
$arr = ['key' => 'foo'];
echo ${$arr['key']}, "\n";
$o = new stdClass;
$o->p = 'bar';
echo ${$o->p}, "\n";
$$name .= '!';
$$name++;
var_dump($foo);
${'with space'} = 'odd name';
var_dump(${'with space'});
$n = 1;
${'v' . $n} = 'v1';
var_dump($v1);
$list = 'items';
$$list = [];
$$list[] = 'x';
${$list}['k'] = 'y';
var_dump($items);
