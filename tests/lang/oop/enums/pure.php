<?php
enum Suit {
    case Hearts;
    case Spades;
    public function color(): string {
        return match ($this) { Suit::Hearts => 'Red', Suit::Spades => 'Black' };
    }
    public static function fromChar(string $c): self { return $c === 'H' ? self::Hearts : self::Spades; }
    const Wild = self::Spades;
}
$s = Suit::Hearts;
echo $s->name, " ", $s->color(), "\n";
echo Suit::fromChar('S')->name, "\n";
echo Suit::Wild->name, "\n";
var_dump($s === Suit::Hearts, $s == Suit::Spades, $s instanceof Suit);
var_dump($s instanceof UnitEnum, $s instanceof BackedEnum);
var_dump(Suit::cases());
var_dump(enum_exists('Suit'), class_exists('Suit'), gettype($s));
