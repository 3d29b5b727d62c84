<?php
class User {
    public function __construct(
        public string $name,
        protected int $age = 30,
        private ?array $tags = null,
        public readonly string $id = 'x1',
    ) {
        echo "body runs after promotion: {$this->name}\n";
    }
    public function age() { return $this->age; }
}
$u = new User('ann');
var_dump($u);
$v = new User('bob', 41, ['a']);
echo $v->age(), "\n";
print_r($v);
echo "\n";
