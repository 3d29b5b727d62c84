<?php
class Conn {
    public $dsn;
    private $handle;
    public function __construct($dsn) { $this->dsn = $dsn; $this->handle = 'open'; }
    public function __serialize(): array { echo "__serialize\n"; return ['dsn' => $this->dsn]; }
    public function __unserialize(array $d): void { echo "__unserialize\n"; $this->dsn = $d['dsn']; $this->handle = 'reopened'; }
    public function h() { return $this->handle; }
}
$c = new Conn('db:x');
$s = serialize($c);
echo $s, "\n";
$c2 = unserialize($s);
echo $c2->dsn, " ", $c2->h(), "\n";
class Plain { public $a = 1; protected $b = 2; private $c = 3; }
$p = serialize(new Plain);
echo str_replace("\0", '\0', $p), "\n";
var_dump(unserialize($p));
