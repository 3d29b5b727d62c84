<?php
enum Suit: string {
    case Hearts = 'H';
    case Spades = 'S';
    const Wild = self::Spades;
    public function color() { return 'red'; }
}
enum Status { case Active; case Inactive; }
$e = new ReflectionEnum(Suit::class);
var_dump($e->isBacked(), (string) $e->getBackingType(), $e->isEnum(), $e->isFinal());
foreach ($e->getCases() as $c) {
    echo get_class($c), ' ', $c->getName(), ' ', $c->getBackingValue(), ' ', var_export($c->getValue() === Suit::from($c->getBackingValue()), true), "\n";
}
var_dump($e->hasCase('Hearts'), $e->hasCase('Wild'), $e->getCase('Spades')->getValue());
var_dump(array_keys($e->getConstants()));
$s = new ReflectionEnum('Status');
var_dump($s->isBacked(), $s->getBackingType());
foreach ($s->getCases() as $c) echo get_class($c), ' ', $c->name, ' ', $c->getEnum()->getName(), "\n";
var_dump((new ReflectionClassConstant(Status::class, 'Active'))->isEnumCase(), (new ReflectionClassConstant(Suit::class, 'Wild'))->isEnumCase());
