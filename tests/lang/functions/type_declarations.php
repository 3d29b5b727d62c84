<?php
function typed(int $i, float $f, string $s, bool $b, ?array $a = null): string {
    var_dump($i, $f, $s, $b, $a);
    return "ok";
}
echo typed(1, 2, "s", true), "\n";
echo typed("5", "1.5", 10, 0, [1]), "\n";
function ret(): int { return "42"; }
var_dump(ret());
function fl(): float { return 1; }
var_dump(fl());
function nothing(): void { return; }
var_dump(nothing());
function un(int|string $x): int|string { return $x; }
var_dump(un(1.0));
