<?php
class Addr { public function __construct(public ?string $city = null) {} public function upper() { return strtoupper($this->city); } }
class User { public function __construct(public ?Addr $addr = null) {} public function getAddr() { return $this->addr; } }
$u1 = new User(new Addr('paris'));
$u2 = new User();
$u3 = null;
var_dump($u1?->addr?->city);
var_dump($u2?->addr?->city);
var_dump($u3?->addr->city);
var_dump($u1->getAddr()?->upper());
var_dump($u2->getAddr()?->upper());
function side() { echo "side effect!\n"; return 1; }
var_dump($u3?->foo(side()));
var_dump(isset($u2?->addr->city));
var_dump($u2?->addr?->city ?? 'none');
