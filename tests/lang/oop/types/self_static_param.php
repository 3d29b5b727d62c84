<?php
class Node {
    public ?self $next = null;
    public function link(self $n): static { $this->next = $n; return $this; }
    public function same(self $other): bool { return $this === $other; }
}
class Sub extends Node {}
$a = new Sub; $b = new Node;
echo get_class($a->link($b)), "\n";
var_dump($a->same($a));
try { $a->link(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $a->next = 'x'; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
