<?php
// ReflectionProperty::__toString(): modifiers, type, default (a static property's current value).
class P
{
    public $a;
    protected static ?int $b = 3;
    private readonly array $c;
    public int $d = 5;
    var $e = 'x';
    public static $list = [1, 'two' => 2.0];
    public function __construct(public string $pp = 'q') {}
}
foreach ((new ReflectionClass('P'))->getProperties() as $p) echo $p;
P::$list[] = 'more';
echo new ReflectionProperty('P', 'list');
$o = new P;
$o->dyn = 1;
echo new ReflectionProperty($o, 'dyn');
echo (new ReflectionObject($o))->getProperty('dyn');
