<?php
// Element writes with float/bool/null keys into an array variable that holds new objects: the key's
// diagnostics print once, and the replaced objects are destroyed as php does where the key is plain.
class T {
    public function __construct(public string $n) {}
    public function __destruct() { echo "~T {$this->n}\n"; }
}
function run() {
    $arr = [new T('zero'), new T('one')];
    $arr[1.7] = new T('float key');
    $arr[true] = 'bool key';
    $arr[null] = new T('null key');
    $arr["0"] = 'string zero';
    echo "written\n";
    var_dump($arr);
}
run();
echo "end\n";
