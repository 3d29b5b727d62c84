<?php
class Secret {
    private $password = 'hunter2';
    public $user = 'bob';
    public function __debugInfo() { return ['user' => $this->user, 'password' => '***']; }
}
$s = new Secret;
var_dump($s);
print_r($s); echo "\n";
var_export($s); echo "\n";
var_dump([$s]);
class Bad { public function __debugInfo() { return null; } }
var_dump(new Bad);
