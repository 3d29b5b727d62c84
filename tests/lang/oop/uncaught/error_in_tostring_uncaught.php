<?php
class Weird { public function __toString(): string { return 5; } }
echo new Weird, "\n";
class Bad { public function __toString(): string { throw new RuntimeException('no string'); } }
echo new Bad;
