<?php
class Node {
    public function __construct(public string $name) {}
    public function visit(int $depth) {
        if ($depth > 0) return $this->child()->visit($depth - 1);
        $out = [];
        foreach (debug_backtrace() as $f) {
            $out[] = $f['function'] . ':' . (isset($f['object']) ? $f['object']->name : '-') . ':' . implode(',', $f['args']);
        }
        return $out;
    }
    public function child(): Node { return new Node($this->name . '+'); }
    public static function start() { return (new Node('root'))->visit(2); }
}
print_r(Node::start());
