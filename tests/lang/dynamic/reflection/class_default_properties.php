<?php
class Base { public $inherited = 'i'; private $basePriv = 'bp'; }
class A extends Base {
    public $a = 1;
    protected $b = [1, 2];
    private $c;
    public int $typed;
    public ?int $typedNull = null;
    public static $s = 'static';
    const K = 3;
    public $fromConst = self::K * 2;
}
var_dump((new ReflectionClass('A'))->getDefaultProperties());
