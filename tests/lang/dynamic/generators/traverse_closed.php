<?php
function g() { yield 1; }
$gen = g();
foreach ($gen as $v) echo $v, "\n";
try {
    foreach ($gen as $v) echo $v, "\n";
} catch (Exception $e) {
    echo get_class($e), ": ", $e->getMessage(), "\n";
}
try { iterator_to_array($gen); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
$empty = (function () { return; yield; })();
var_dump(iterator_to_array($empty));
try { foreach ($empty as $v) {} } catch (Exception $e) { echo $e->getMessage(), "\n"; }
