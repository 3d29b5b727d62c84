<?php
// extra arguments by spread, parent::/static:: calls, first-class callables, fibers, reflection, array_map
function t($a) { throw new Exception('x'); }
function show($e) { echo $e->getTraceAsString(), "\n"; }
try { t(...[1, 2, 3]); } catch (Exception $e) { show($e); }
try { t(1, ...[2, 3]); } catch (Exception $e) { show($e); }
$args = ['p', 'q'];
try { t(...$args); } catch (Exception $e) { show($e); }
class P { function m($x) { throw new Exception('p'); } static function s() { throw new Exception('s'); } }
class Q extends P {
    function m($x) { parent::m($x, 'more'); }
    function go() { static::s(1); }
}
try { (new Q)->m(1, 2); } catch (Exception $e) { show($e); }
try { (new Q)->go(); } catch (Exception $e) { show($e); }
$fc = t(...);
try { $fc(1, 2); } catch (Exception $e) { show($e); }
$fib = new Fiber(function ($x) { Fiber::suspend(); throw new Exception('f'); });
$fib->start(1, 2);
try { $fib->resume(); } catch (Exception $e) { show($e); }
try { (new ReflectionFunction('t'))->invoke(1, 2); } catch (Exception $e) { show($e); }
try { array_map('t', [1], [2]); } catch (Exception $e) { show($e); }
function deep() { debug_print_backtrace(); }
function mid($a) { deep(); }
mid(1, 2);
try { t(1, x: 2); } catch (Error $e) { show($e); }
