<?php
namespace App;
const LIMIT = 10;
class Opts { const MODE = 'fast'; public function __construct(public int $n = 1) {} }
class Svc {
    const LOCAL = 'local';
    function f(
        $int = 42, $neg = -1.5, $str = 'text', $arr = ['a' => [1, 2]], $null = null, $bool = false,
        $phpConst = PHP_INT_MAX, $nsConst = LIMIT, $classConst = Opts::MODE, $self = self::LOCAL,
        $expr = 2 * 3 . self::LOCAL, $new = new Opts(5), $cls = Opts::class
    ) {}
}
foreach ((new \ReflectionMethod(Svc::class, 'f'))->getParameters() as $p) {
    echo $p->getName(), ' = ';
    var_export($p->getDefaultValue());
    echo ' const=', var_export($p->isDefaultValueConstant(), true);
    if ($p->isDefaultValueConstant()) echo ' name=', $p->getDefaultValueConstantName();
    echo "\n";
}
