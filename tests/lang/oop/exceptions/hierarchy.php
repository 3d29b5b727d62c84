<?php
$classes = ['Exception', 'Error', 'ErrorException', 'TypeError', 'ValueError', 'ArgumentCountError',
    'ArithmeticError', 'DivisionByZeroError', 'UnhandledMatchError', 'JsonException', 'CompileError', 'ParseError',
    'LogicException', 'BadFunctionCallException', 'BadMethodCallException', 'DomainException',
    'InvalidArgumentException', 'LengthException', 'OutOfRangeException', 'RuntimeException',
    'OutOfBoundsException', 'OverflowException', 'RangeException', 'UnderflowException', 'UnexpectedValueException'];
foreach ($classes as $c) {
    $chain = [];
    for ($p = $c; $p; $p = get_parent_class($p)) $chain[] = $p;
    $o = new $c("m");
    echo implode(' < ', $chain), ($o instanceof Throwable ? ' [Throwable]' : ''), "\n";
}
var_dump(interface_exists('Throwable'), (new Exception) instanceof Stringable);
