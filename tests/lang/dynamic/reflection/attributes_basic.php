<?php
namespace App;

#[\Attribute(\Attribute::TARGET_ALL | \Attribute::IS_REPEATABLE)]
class Tag { public function __construct(public string $name = '', public array $opts = []) {} }

#[Tag('entity'), Tag(name: 'second', opts: ['x' => 1])]
class Model {
    #[Tag('const')]
    const TABLE = 'models';
    #[Tag('prop')]
    public $id;
    #[Tag('method')]
    public function save(#[Tag('param')] $force = false) {}
}
#[Tag('fn')]
function helper() {}

function dump(array $attrs) {
    foreach ($attrs as $a) {
        echo get_class($a), ' ', $a->getName(), ' target=', $a->getTarget(), ' repeated=', var_export($a->isRepeated(), true), ' args=', json_encode($a->getArguments()), "\n";
    }
}
$r = new \ReflectionClass(Model::class);
dump($r->getAttributes());
dump($r->getReflectionConstant('TABLE')->getAttributes());
dump($r->getProperty('id')->getAttributes());
dump($r->getMethod('save')->getAttributes());
dump($r->getMethod('save')->getParameters()[0]->getAttributes());
dump((new \ReflectionFunction('App\helper'))->getAttributes());
dump((new \ReflectionFunction(#[Tag('closure')] fn() => 1))->getAttributes());
var_dump(\ReflectionAttribute::IS_INSTANCEOF, \Attribute::TARGET_CLASS, \Attribute::TARGET_ALL, \Attribute::IS_REPEATABLE);
