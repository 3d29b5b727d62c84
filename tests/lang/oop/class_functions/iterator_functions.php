<?php
class KeyIt implements Iterator {
    private $i = 0;
    public function __construct(private array $keys) {}
    public function current(): mixed { return $this->i; }
    public function key(): mixed { return $this->keys[$this->i]; }
    public function next(): void { $this->i++; }
    public function rewind(): void { $this->i = 0; }
    public function valid(): bool { return $this->i < count($this->keys); }
}
print_r(iterator_to_array(new KeyIt(['a', 1.7, true, null, '5', 'a'])));
try { iterator_to_array(new KeyIt([[1]])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { iterator_to_array(new KeyIt([new stdClass])); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
print_r(iterator_to_array(new KeyIt([[1], new stdClass]), false));
echo iterator_count(new KeyIt([1, 2, 3])), "\n";
$it = new ArrayIterator([1, 2, 3]);
var_dump(iterator_apply($it, function () use ($it) { echo $it->current(), ","; return $it->current() < 2; }));
var_dump(iterator_apply($it, function ($x) { echo $x; return true; }, ['arg']));
try { iterator_apply($it, 'strlen', 5); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { iterator_count(5); } catch (Throwable $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
print_r(iterator_to_array([1, 'a' => 2], false));
echo iterator_count(['x' => 1]), "\n";
