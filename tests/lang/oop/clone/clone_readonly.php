<?php
class A {
    public function __construct(public readonly array $data) {}
    public function with($k, $v) {
        $c = clone $this;
        try { $c->data[$k] = $v; } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
        return new static([...$this->data, $k => $v]);
    }
}
$a = new A(['x' => 1]);
$b = $a->with('y', 2);
print_r($b->data);
print_r($a->data);
