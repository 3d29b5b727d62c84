<?php
require __DIR__ . '/inc/strict_lib.inc';
class P { public int $i = 0; public ?float $f = null; }
$p = new P;
$p->i = "12";
$p->f = 3;
var_dump($p);
var_dump(strict_typed("3"));
var_dump(strict_typed(4.0));
try { strict_ret(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { strict_calls("strict_typed", "11"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
