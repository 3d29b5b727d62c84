<?php
class Cfg {
    public function __construct(public readonly array $opts, public readonly stdClass $obj) {}
}
$c = new Cfg(['a' => 1], new stdClass);
try { $c->opts['b'] = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { $c->opts[] = 2; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
$c->obj->inner = 'allowed: interior mutability';
echo $c->obj->inner, "\n";
$d = clone $c;
var_dump($d->obj === $c->obj);
print_r($d->opts);
