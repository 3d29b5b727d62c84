<?php
function g() {
    yield 1.5 => 'float key';
    yield null => 'null key';
    yield true => 'bool key';
    yield [1] => 'array key';
    $o = new stdClass;
    yield $o => 'object key';
    yield 'str' => 'string key';
}
foreach (g() as $k => $v) { echo gettype($k), ": "; is_object($k) ? print(get_class($k) . "\n") : var_dump($k); echo "  $v\n"; }
