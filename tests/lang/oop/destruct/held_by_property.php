<?php
// Objects a property holds alone are destroyed with their holder, and their ids are reused as php does.
class B {
    public function __construct(public string $n = 'b') {}
    public function __destruct() { echo "~B {$this->n}\n"; }
}
class A {
    public function __construct(public ?B $b = null) {}
    public function __destruct() { echo "~A\n"; }
    public function getB() { return $this->b; }
}
class Node {
    public $child;
    public function __construct(public string $n, bool $grow = false) {
        if ($grow) $this->child = new Node("$n.child");
    }
    public function __destruct() { echo "~Node {$this->n}\n"; }
}
class Plain { public function __construct(public string $n) {} }
class PlainHolder { public function __construct(public ?Plain $p = null) {} }
class Keeper {
    public static array $all = [];
    public $b;
    public function __construct($b) { $this->b = $b; self::$all[] = $b; }
}
class SelfRegistering {
    public static array $seen = [];
    public function hello() { self::$seen[] = $this; }
    public function __destruct() { echo "~SelfRegistering\n"; }
}

echo "-- temporaries\n";
var_dump(new A(new B('t1')));
var_dump(new A(new B('t2')));
var_dump(spl_object_id(new Node('n1', true)), spl_object_id(new Node('n2', true)));

echo "-- unset the holder\n";
$a = new A(new B('u'));
unset($a);
echo "after unset\n";
$tree = new Node('root', true);
$tree = null;
echo "after tree\n";

echo "-- overwrite and unset the property\n";
$n = new Node('holder');
$n->child = new Node('first');
$n->child = new Node('second');
echo "overwritten\n";
unset($n->child);
echo "property unset\n";

echo "-- a getter hands the object on: it outlives its holder\n";
$a = new A(new B('kept'));
$kept = $a->getB();
unset($a);
echo "holder gone, ", $kept->n, " still here\n";

echo "-- copies of the holder's properties\n";
$a = new PlainHolder(new Plain('cloned'));
$copy = clone $a;
unset($a);
echo "clone keeps ", $copy->p->n, "\n";
$a = new PlainHolder(new Plain('vars'));
$vars = get_object_vars($a);
unset($a);
echo "array keeps ", $vars['p']->n, "\n";
$a = new A(new B('ref'));
$r = &$a->b;
unset($a);
echo "reference keeps ", $r->n, "\n";

echo "-- a constructor that keeps its argument elsewhere\n";
$k = new Keeper(new B('static'));
unset($k);
echo "static list keeps ", Keeper::$all[0]->n, "\n";

echo "-- an object that lets \$this escape\n";
$h = new A();
$h->b = null;
$s = new Node('s');
$s->child = new SelfRegistering();
$s->child->hello();
unset($s);
echo "registered object survives: ", count(SelfRegistering::$seen), "\n";
echo "end\n";
