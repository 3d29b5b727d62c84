<?php
#[Attribute]
class Once { function __construct(public $v = null) {} }
#[Attribute(Attribute::TARGET_ALL | Attribute::IS_REPEATABLE)]
class Many { function __construct(public $v = null) {} }
#[Once(1), Once(2), Many(1), Many(2)]
class Target {}
foreach ((new ReflectionClass('Target'))->getAttributes() as $a) {
    try {
        $o = $a->newInstance();
        echo $a->getName(), ' ok ', $o->v, "\n";
    } catch (Error $e) {
        echo $a->getName(), ' ', $e->getMessage(), "\n";
    }
}
