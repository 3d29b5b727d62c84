<?php
class Box { public $v = 1; }
function modify(Box $b) { $b->v = 2; }
function replace(Box $b) { $b = new Box; $b->v = 99; }
function replaceRef(Box &$b) { $b = new Box; $b->v = 42; }
$x = new Box;
modify($x);
echo $x->v, "\n";
replace($x);
echo $x->v, "\n";
$y = $x;
$y->v = 3;
echo $x->v, "\n";
replaceRef($x);
echo $x->v, " ", $y->v, "\n";
$arr = [$y, $y];
$arr[0]->v = 'shared';
echo $arr[1]->v, " ", $y->v, "\n";
$copy = $arr;
$copy[0]->v = 'still shared';
echo $arr[0]->v, "\n";
