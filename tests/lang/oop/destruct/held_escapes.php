<?php
// A held object that leaves its property by any route (reflection, foreach, casts, ??, list, closures,
// traces, references, clone, ...) outlives its holder, as in php; only look-only reads keep it held.
// (The end of the script destroys the survivors in id order, and ids differ where phpgoc keeps an
// object php frees, so destructors stay quiet from "end" on.)
class B { public function __construct(public string $n) {} public function __destruct() { if (!K::$ended) echo "~B {$this->n}\n"; } }
class A { public function __construct(public ?B $b = null) {} }
class K { public static $keep = []; public static $ended = false; }
function c1() { $a = new A(new B('refl')); K::$keep[] = (new ReflectionProperty(A::class, 'b'))->getValue($a); unset($a); echo "1\n"; }
function c2() { $a = new A(new B('foreach')); foreach ($a as $k => $v) { K::$keep[] = $v; } unset($a); echo "2\n"; }
function c3() { $a = new A(new B('column')); K::$keep[] = array_column([$a], 'b'); unset($a); echo "3\n"; }
function c4() { $a = new A(new B('iter')); K::$keep[] = iterator_to_array(new ArrayIterator($a)); unset($a); echo "4\n"; }
function c5() { $a = new A(new B('cast')); K::$keep[] = (array)$a; unset($a); echo "5\n"; }
function c6() { $a = new A(new B('coalesce')); K::$keep[] = $a->b ?? null; unset($a); echo "6\n"; }
function c7() { $a = new A(new B('list')); [$x] = [$a->b]; K::$keep[] = $x; unset($a); echo "7\n"; }
function c8() { $a = new A(new B('map')); K::$keep[] = array_map(fn($o) => $o->b, [$a]); unset($a); echo "8\n"; }
function c9() { $a = new A(new B('mangled')); K::$keep[] = get_mangled_object_vars($a); unset($a); echo "9\n"; }
function c11() { $a = new A(new B('ao')); $ao = new ArrayObject($a); K::$keep[] = $ao['b']; unset($a, $ao); echo "11\n"; }
function c13() { $a = new A(new B('serial')); K::$keep[] = unserialize(serialize($a)); unset($a); echo "13\n"; }
function c14() { $a = new A(new B('varexp')); $s = var_export($a, true); unset($a); echo "14\n"; }
function c16() { $a = new A(new B('ternary')); K::$keep[] = $a->b ?: null; unset($a); echo "16\n"; }
function c17() { $a = new A(new B('match')); K::$keep[] = match (true) { default => $a->b }; unset($a); echo "17\n"; }
function c18() { $a = new A(new B('arrlit')); K::$keep[] = ['x' => $a->b]; unset($a); echo "18\n"; }
function c19() { $a = new A(new B('gen')); $g = (function () use ($a) { yield $a->b; })(); K::$keep[] = $g->current(); unset($a, $g); echo "19\n"; }
function c20() { $a = new A(new B('weak')); $w = WeakReference::create($a->b); unset($a); var_dump($w->get()); echo "20\n"; }
function c21() { $a = new A(new B('json')); $j = json_encode($a); unset($a); echo "21 $j\n"; }
function c22() { $a = new A(new B('printr')); $s = print_r($a, true); unset($a); echo "22\n"; }
function c23() { $a = new A(new B('clone')); $c = clone $a; unset($a); K::$keep[] = $c; echo "23\n"; }
function c24() { $a = new A(new B('byref')); $r = &$a->b; K::$keep[] = &$r; unset($a); echo "24\n"; }
function c25() { $a = new A(new B('trace')); try { (function ($x) { throw new Exception; })($a->b); } catch (Exception $e) { K::$keep[] = $e; } unset($a); echo "25\n"; }
for ($i = 1; $i <= 25; $i++) if (function_exists("c$i")) ("c$i")();
echo "end\n";
K::$ended = true;
