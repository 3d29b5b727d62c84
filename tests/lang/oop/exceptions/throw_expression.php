<?php
function get($arr, $k) {
    return $arr[$k] ?? throw new OutOfBoundsException("no key $k");
}
echo get(['a' => 1], 'a'), "\n";
try { get([], 'zz'); } catch (OutOfBoundsException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$f = fn($x) => $x > 0 ? $x : throw new DomainException("not positive: $x");
echo $f(3), "\n";
try { $f(-1); } catch (DomainException $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$v = null;
try { $v ?: throw new Exception("falsy"); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
try { $ok = false or throw new Exception("or"); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
