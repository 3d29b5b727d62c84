<?php
class T {
    public function __construct(public int $i) { echo "ctor {$i}\n"; }
    public function __destruct() { echo "dtor {$this->i}\n"; }
}
for ($i = 0; $i < 3; $i++) {
    $t = new T($i);
}
echo "loop done\n";
$arr = [];
foreach ([10, 11] as $n) $arr[$n] = new T($n);
unset($arr[10]);
echo "unset element\n";
$arr[11] = 'replaced';
echo "end\n";
