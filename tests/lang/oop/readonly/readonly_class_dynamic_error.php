<?php
readonly class R { public int $a; public function __construct() { $this->a = 1; } }
$r = new R;
var_dump($r);
class NotReadonlyChild extends R {}
