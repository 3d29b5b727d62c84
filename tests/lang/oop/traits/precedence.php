<?php
class Base { public function say() { return 'Base'; } public function other() { return 'Base::other'; } }
trait T {
    public function say() { return 'Trait(' . parent::say() . ')'; }
    public function other() { return 'T::other'; }
}
class Child extends Base {
    use T;
    public function other() { return 'Child::other'; }
}
$c = new Child;
echo $c->say(), "\n";
echo $c->other(), "\n";
