<?php
interface Animal { public function speak(): string; }
class Dog implements Animal { public function speak(): string { return 'woof'; } }
interface Factory { public function make(): Animal; public function feed(Dog $d): void; }
class DogFactory implements Factory {
    public function make(): Dog { return new Dog; }
    public function feed(Animal $a): void { echo "feeding ", $a->speak(), "\n"; }
}
$f = new DogFactory;
$d = $f->make();
echo get_class($d), "\n";
$f->feed($d);
