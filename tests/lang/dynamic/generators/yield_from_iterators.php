<?php
class Agg implements IteratorAggregate {
    public function getIterator(): Iterator { return new ArrayIterator(['p' => 'P', 'q' => 'Q']); }
}
function g() {
    $r = yield from new ArrayIterator([7, 8]);
    var_dump($r);
    yield from new Agg;
    yield from new ArrayObject(['last' => true]);
}
foreach (g() as $k => $v) { echo $k, ' = '; var_dump($v); }
