<?php
class K { public function __construct(public $n) {} public function __destruct() { echo "destroy {$this->n}\n"; } }
$wm = new WeakMap;
$k1 = new K(1);
$k2 = new K(2);
$wm[$k1] = 'one';
$wm[$k2] = ['two'];
echo count($wm), "\n";
var_dump($wm[$k1], isset($wm[$k2]));
foreach ($wm as $k => $v) echo $k->n, " => ", json_encode($v), "\n";
unset($k1);
echo count($wm), "\n";
try { $wm['str'] = 1; } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $wm[new K(3)]; } catch (Error $e) { echo get_class($e), ": ", preg_replace('/#\d+/', '#N', $e->getMessage()), "\n"; }
echo "end\n";
