<?php
interface Creatable { public static function create(): static; }
class A implements Creatable {
    public static function create(): static { return new static; }
}
class B extends A {}
echo get_class(B::create()), "\n";
function build(string $cls) { return $cls::create(); }
echo get_class(build('A')), "\n";
var_dump(is_subclass_of('B', 'Creatable'), is_a('B', 'Creatable', true));
