<?php
enum Suit: string { case Hearts = 'H'; case Spades = 'S'; }
class K {
    const ARR = ['x' => 1, 'y' => [2, 3]];
    const Y0 = self::ARR['y'][0];
    const DEFAULT_SUIT = Suit::Hearts;
    const COND = PHP_INT_SIZE === 8 ? 64 : 32;
    const STR = 'abc'[1] ?? 'z';
    const NEG = -self::Y0;
    const BITS = 1 << 3 | 1;
    const CLS = self::class;
}
var_dump(K::Y0, K::DEFAULT_SUIT, K::COND, K::STR, K::NEG, K::BITS, K::CLS);
var_dump(K::ARR['y'][1]);
