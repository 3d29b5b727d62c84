<?php
class Base {
    public $b1 = 1;
    protected $b2;
    private $b3;
    public static $bs = 's';
}
class Child extends Base {
    public $c1;
    public static $cs;
    private int $c2 = 5;
    public function __construct(public string $promoted = 'p') {}
    protected $c3;
}
foreach ((new ReflectionClass('Child'))->getProperties() as $p) echo $p->class, '::$', $p->name, "\n";
echo "--\n";
foreach ((new ReflectionClass('Base'))->getProperties() as $p) echo $p->class, '::$', $p->name, "\n";
