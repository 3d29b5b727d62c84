<?php
// call_user_func / call_user_func_array with a literal pair as the callback and a literal list of
// arguments: cached and general paths give the same answers, errors and traces.
function f(int $a, $b) { return $a + $b; }
class K { function __call($n, $a) { return "$n:" . json_encode($a); } static function __callStatic($n, $a) { return "s$n:" . json_encode($a); } private function p() { return "p"; } }
$k = new K;
foreach ([[$k, 'zz'], 'K::qq', [$k, 'p'], 'f', 'strlen', fn($a, $b = 0) => $a . $b] as $cb) {
  try { echo call_user_func_array($cb, [1, 2]), "\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
  try { echo call_user_func_array($cb, ["1", 2]), "\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
  try { echo call_user_func_array($cb, []), "\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
try { echo call_user_func_array('nope', [1]), "\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
$x = [1]; function g(&$r) { $r++; return $r; } echo call_user_func_array('g', [$x[0]]), json_encode($x), "\n";
class A { public $n = 0; function inc($b = 1) { return $this->n += $b; } static function s(...$a) { return static::class . implode(',', $a); }
  private function p() { return 'p'; } function viaP() { return call_user_func([$this, 'p']) . call_user_func_array([$this, 'p'], []); }
  function __call($n, $a) { return "__call $n"; } }
class B extends A {}
$objs = [new A, new B, new A];
foreach ($objs as $o) foreach (['inc', 'INC', 's', 'p', 'zz', 'parent::inc', 'A::s'] as $m) {
  try { echo call_user_func([$o, $m], 2), ' ', call_user_func([$o, $m]), ' ', call_user_func_array([$o, $m], [3, 4]), "\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
echo (new A)->viaP(), "\n";
foreach ([['A', 's'], ['B', 's'], ['nope', 'x'], [new A, 5]] as $p) {
  [$x, $y] = $p;
  try { echo call_user_func([$x, $y], 1), ' ', call_user_func_array([$x, $y], [1, 2]), "\n"; } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
function t() { throw new Exception('e'); }
class T { function m() { t(); } }
try { call_user_func([new T, 'm']); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
try { call_user_func_array([new T, 'm'], []); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
function f3($a, $b) { throw new Exception("x$a$b"); }
class K2 { function m($a) { throw new Exception("m$a"); } static function s($a) { throw new Exception("s$a"); } }
for ($i = 0; $i < 2; $i++) {
try { call_user_func_array("f3", [$i, 2]); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
try { call_user_func_array([new K2, 'm'], [$i]); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
try { call_user_func_array('K2::s', ['a' => $i]); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
try { call_user_func('K2::s', $i); } catch (Exception $e) { echo $e->getTraceAsString(), "\n"; }
}
function g2(&$r) { $r++; }
$v = 1; call_user_func_array("g2", [&$v]); echo $v, "\n";
call_user_func_array("g2", [$v]); echo $v, "\n";
$arr = [1]; call_user_func_array("g2", $arr); echo $v, "\n";
echo call_user_func_array('max', [1, 5, 3]), "\n";
echo call_user_func_array("f4", [1, 5, 3]), "\n";
function f4(...$xs) { return implode('|', $xs); }
echo call_user_func_array("f4", [1, ...[4, 5], 3]), "\n";
echo call_user_func_array("f4", [1, 'k' => 5]), "\n";
