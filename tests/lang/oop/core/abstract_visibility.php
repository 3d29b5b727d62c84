<?php
abstract class Animal {
    public function __construct(protected string $name) {}
    abstract protected function sound(): string;
    public function speak() { return $this->name . " says " . $this->sound(); }
    private function hidden() { return "hidden"; }
    public function callHidden() { return $this->hidden(); }
}
class Dog extends Animal {
    protected function sound(): string { return "woof"; }
}
$d = new Dog("Rex");
echo $d->speak(), "\n";
echo $d->callHidden(), "\n";
print_r($d);
echo "\n";
var_export($d);
echo "\n";
var_export([new Dog("a"), 1]);
echo "\n";

echo $d->sound();
