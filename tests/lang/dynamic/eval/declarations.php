<?php
// functions, classes, interfaces, constants declared in eval'd code are global
eval('function evalFn($x) { return "evalFn($x)"; }');
echo evalFn(1), "\n";
var_dump(function_exists('evalFn'));

function declareInside() {
    eval('class FromFunction { const C = "const"; public function hello() { return "hello from " . __CLASS__; } }');
    eval('interface EvalIface { function m(); }');
    eval('const EVAL_CONST = 42;');
}
declareInside();
echo (new FromFunction)->hello(), " ", FromFunction::C, " ", EVAL_CONST, "\n";
eval('class Impl implements EvalIface { function m() { return "m"; } }');
var_dump(new Impl instanceof EvalIface);

// code in the eval sees the classes and functions of the file
class Here { static function name() { return "Here"; } }
function here() { return "here()"; }
echo eval('return Here::name() . " " . here();'), "\n";

// a closure and an anonymous class made by eval'd code
$double = eval('return fn($x) => $x * 2;');
echo $double(21), "\n";
$obj = eval('return new class { public $v = "anon"; };');
echo $obj->v, " ", get_class($obj) === get_class(eval('return new class {};')) ? "same" : "different", "\n";
echo json_encode(explode("\0", get_class($obj))[0]), "\n";

// one eval in a loop declares its class once
for ($i = 0; $i < 3; $i++) {
    if (!class_exists('Once', false)) eval('class Once {}');
}
var_dump(class_exists('Once'));

// namespaces inside eval'd code
eval('namespace Ev\Space; function f() { return __FUNCTION__; } class K {}');
echo Ev\Space\f(), " ", Ev\Space\K::class, "\n";
