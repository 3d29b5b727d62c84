<?php
class Auto { public function __toString(): string { return 'auto'; } }
class Explicit implements Stringable { public function __toString(): string { return 'explicit'; } }
var_dump(new Auto instanceof Stringable, new Explicit instanceof Stringable);
print_r(class_implements(new Auto));
function s(Stringable|string $x): string { return (string) $x; }
echo s(new Auto), " ", s('plain'), "\n";
function strict(string $x) { return $x; }
echo strict(new Explicit), "\n";
var_dump((new Exception) instanceof Stringable);
