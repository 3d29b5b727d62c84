<?php
// $class::CONST, $obj::CONST, static::/self:: constants, enum cases through a variable class,
// constant() with them, and undefined ones
interface HasKind { const KIND = 'iface'; }
class Base implements HasKind { const NAME = 'base'; function names() { return [self::NAME, static::NAME]; } }
class Child extends Base { const NAME = 'child'; }
enum Suit: string { case Hearts = 'H'; case Spades = 'S'; const WILD = self::Spades; }
$c = 'Child';
$o = new Child;
echo $c::NAME, ' ', $o::NAME, ' ', $c::KIND, ' ', implode(',', $o->names()), "\n";
$e = 'Suit';
var_dump($e::Hearts, $e::WILD, $e::Hearts->value, constant('Suit::Spades') === Suit::Spades);
try {
    echo $c::NOPE;
} catch (Error $err) {
    echo get_class($err), ": ", $err->getMessage(), "\n";
}
