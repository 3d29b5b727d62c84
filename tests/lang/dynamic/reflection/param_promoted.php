<?php
class User {
    public function __construct(
        public readonly int $id,
        protected string $name = 'anon',
        $plain = null,
        private ?array $tags = null,
    ) {}
}
foreach ((new ReflectionMethod('User', '__construct'))->getParameters() as $p) {
    echo $p->getName(), ' promoted=', var_export($p->isPromoted(), true), "\n";
}
foreach ((new ReflectionClass('User'))->getProperties() as $p) {
    echo $p->getName(), ' promoted=', var_export($p->isPromoted(), true), ' readonly=', var_export($p->isReadOnly(), true),
        ' hasDefault=', var_export($p->hasDefaultValue(), true), ' type=', $p->getType(), "\n";
}
