<?php
#[Attribute(Attribute::TARGET_CLASS)]
class OnlyClass {}
#[Attribute(Attribute::TARGET_PROPERTY | Attribute::TARGET_PARAMETER)]
class Field {}
class X {
    #[OnlyClass]
    function m(#[OnlyClass] $p) {}
    #[Field]
    const C = 1;
}
try { (new ReflectionMethod('X', 'm'))->getAttributes()[0]->newInstance(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { (new ReflectionParameter(['X', 'm'], 0))->getAttributes()[0]->newInstance(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { (new ReflectionClassConstant('X', 'C'))->getAttributes()[0]->newInstance(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
class Y { #[ReturnTypeWillChange] function m() {} }
var_dump(get_class((new ReflectionMethod('Y', 'm'))->getAttributes()[0]->newInstance()));
