<?php
$a = new ArrayObject([1]);
try { $a->count(1); } catch (ArgumentCountError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $a->offsetGet(); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { $a->offsetSet(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { new ArrayObject([], 0, 'ArrayIterator', 'extra'); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { new Exception('a', 1, null, 5); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
try { (new Exception)->getMessage(1); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
class E extends Exception { public function __construct() { parent::__construct('m', 2, null, 'x'); } }
try { new E; } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
class F extends Exception { public function __construct(...$a) { parent::__construct(...$a); } }
echo (new F('f', 3))->getCode(), "\n";
$it = new ArrayIterator([]);
try { $it->valid(true); } catch (ArgumentCountError $e) { echo $e->getMessage(), "\n"; }
