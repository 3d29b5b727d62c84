<?php
class Pt {
    public $x = 1;
    protected $y = 2;
    private $z = 3;
    public static function __set_state(array $a) { $p = new self; $p->x = $a['x'] * 10; return $p; }
}
var_export(new Pt); echo "\n";
$code = var_export(new Pt, true);
$p = eval("return $code;");
echo $p->x, "\n";
var_export([new Pt, 'n' => null]); echo "\n";
$o = new stdClass; $o->a = 1; $o->b = [true];
var_export($o); echo "\n";
var_export(new stdClass); echo "\n";
