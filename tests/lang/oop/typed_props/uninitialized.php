<?php
class A {
    public int $id;
    public ?string $name;
    public $untyped;
}
$a = new A;
var_dump($a);
var_dump($a->untyped);
try { echo $a->id; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { echo $a->name; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(isset($a->id), property_exists($a, 'id'));
print_r($a); echo "\n";
var_dump(get_object_vars($a));
$a->id = 7;
unset($a->id);
try { echo $a->id; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
echo $a->id;
