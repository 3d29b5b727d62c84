<?php
class D {
    const N = 3;
    public $untyped;
    public $withDefault = 'x';
    public int $typedNoDefault;
    public ?int $typedNull = null;
    public array $arr = [self::N, 'k' => self::N * 2];
    public static $st = 5;
    public function __construct(public int $promoted = 9) {}
}
foreach ((new ReflectionClass('D'))->getProperties() as $p) {
    echo $p->getName(), ' has=', var_export($p->hasDefaultValue(), true), ' value=', var_export($p->getDefaultValue(), true), "\n";
}
