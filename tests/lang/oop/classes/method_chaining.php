<?php
class QB {
    private array $parts = [];
    public function select(string ...$c): static { $this->parts[] = 'SELECT ' . implode(', ', $c); return $this; }
    public function from(string $t): static { $this->parts[] = "FROM $t"; return $this; }
    public function where(string $w): self { $this->parts[] = "WHERE $w"; return $this; }
    public function __toString(): string { return implode(' ', $this->parts); }
}
class MyQB extends QB {}
echo (new MyQB)->select('a', 'b')->from('t')->where('a > 1'), "\n";
$q = (new QB)->from('x');
var_dump($q instanceof QB);
echo get_class((new MyQB)->from('y')), "\n";
