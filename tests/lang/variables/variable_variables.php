<?php
$name = 'foo';
$$name = 'bar';
var_dump($foo);
echo ${'fo' . 'o'}, "\n";
$arr = ['k' => 'v'];
$an = 'arr';
var_dump(${$an}['k']);
$i = 'x1';
$$i = 1;
var_dump($x1);
