<?php
#[Attribute(Attribute::TARGET_METHOD | Attribute::TARGET_CLASS)]
class Cache {
    public function __construct(public int $ttl = 60, public ?string $key = null) { echo "Cache constructed\n"; }
}
#[Cache(ttl: 300)]
class Page {
    #[Cache(10, 'k')]
    function render() {}
}
$attrs = (new ReflectionClass('Page'))->getAttributes();
echo "before newInstance\n";
$c = $attrs[0]->newInstance();
var_dump($c->ttl, $c->key);
$c = (new ReflectionMethod('Page', 'render'))->getAttributes()[0]->newInstance();
var_dump($c->ttl, $c->key);
$a = (new ReflectionClass('Cache'))->getAttributes()[0];
var_dump($a->getName(), $a->getArguments());
var_dump($a->newInstance()->flags);
