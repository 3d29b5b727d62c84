<?php
$o = new stdClass;
$o->list[] = 1;
$o->list[] = 2;
$o->map['k']['j'] = 'v';
var_dump($o);
$u = null;
try {
    $u->x->y = 1;
} catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$o2 = new stdClass;
try {
    $o2->child->y = 1;
} catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
