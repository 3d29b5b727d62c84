<?php
class A {
    public readonly string $name;
    public function init($n) { $this->name = $n; }
}
$a = new A;
var_dump(isset($a->name));
try { echo $a->name; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $a->name = 'outside'; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$a->init('inside');
echo $a->name, "\n";
try { $a->init('again'); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump($a);
