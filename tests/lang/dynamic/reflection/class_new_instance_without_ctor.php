<?php
class Service {
    public array $log = ['default'];
    public int $count;
    public function __construct() { echo "constructor ran\n"; $this->count = 1; }
}
$o = (new ReflectionClass('Service'))->newInstanceWithoutConstructor();
var_dump($o);
var_dump((new ReflectionProperty('Service', 'count'))->isInitialized($o));
class Priv { private function __construct() { echo "never\n"; } }
var_dump(get_class((new ReflectionClass('Priv'))->newInstanceWithoutConstructor()));
