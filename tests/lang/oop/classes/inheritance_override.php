<?php
class Animal {
    protected string $sound = '...';
    public function __construct(protected string $name) { echo "Animal ctor {$name}\n"; }
    public function speak(): string { return "{$this->name} says {$this->sound}"; }
    public function intro(): string { return "I am " . $this->kind() . ": " . $this->speak(); }
    protected function kind(): string { return 'animal'; }
}
class Dog extends Animal {
    protected string $sound = 'woof';
    public function __construct(string $name, private int $age) {
        parent::__construct(ucfirst($name));
        echo "Dog ctor\n";
    }
    protected function kind(): string { return 'dog aged ' . $this->age . ' (' . parent::kind() . ')'; }
}
$d = new Dog('rex', 3);
echo $d->intro(), "\n";
echo (new Animal('gen'))->intro(), "\n";
