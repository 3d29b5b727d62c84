<?php
class Money implements JsonSerializable {
    public function __construct(private int $cents, private string $cur) {}
    public function jsonSerialize(): mixed { return ['amount' => $this->cents / 100, 'currency' => $this->cur]; }
}
class Plain { public $a = 1; protected $b = 2; private $c = 3; public $n = null; public $nested; }
echo json_encode(new Money(1050, 'EUR')), "\n";
echo json_encode([new Money(1, 'USD'), 'x' => new Money(200, 'GBP')]), "\n";
$p = new Plain;
$p->nested = new Money(5, 'JPY');
echo json_encode($p), "\n";
echo json_encode(new stdClass), " ", json_encode([]), " ", json_encode((object) []), "\n";
echo json_encode($p, JSON_PRETTY_PRINT), "\n";
class Scalar implements JsonSerializable { public function jsonSerialize(): mixed { return 42; } }
echo json_encode(new Scalar), "\n";
print_r(json_decode('{"a":{"b":[1,2]}}'));
echo "\n";
