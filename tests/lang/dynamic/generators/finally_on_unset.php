<?php
function g($name) {
    try {
        echo "$name: start\n";
        yield 1;
        yield 2;
    } finally {
        echo "$name: finally\n";
    }
}
$a = g('a');
$a->current();
unset($a);
echo "after unset\n";
$b = g('b');
echo "b not started\n";
unset($b);
echo "after unset of unstarted\n";
$c = g('c');
foreach ($c as $v) {}
unset($c);
echo "after unset of finished\n";
