<?php
trait Hello { public function hello() { return 'Hello'; } }
trait World { public function world() { return 'World'; } }
trait HelloWorld { use Hello, World; public function both() { return $this->hello() . ' ' . $this->world(); } }
class Greeter { use HelloWorld; }
echo (new Greeter)->both(), "\n";
print_r(class_uses('Greeter'));
