<?php
trait T {
    private function secret() { return 'secret'; }
    public function open() { return 'open'; }
}
class A {
    use T { secret as public; open as private closed; }
}
$a = new A;
echo $a->secret(), " ", $a->open(), "\n";
try { $a->closed(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
