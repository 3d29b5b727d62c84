<?php
class T {
    public int $i = 1;
    public ?string $s = null;
    public float $f = 1.5;
    public array $a = [];
    public function bump(int &$x) { $x++; }
}
$t = new T;
$i = &$t->i;
$i = "42";
var_dump($t->i);
$i .= "1";
var_dump($t->i);
try { $i = "abc"; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $i = null; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump($i);
$s = &$t->s;
$s = 12;
var_dump($t->s);
$s = null;
var_dump($t->s);
$f = &$t->f;
$f = 3;
var_dump($t->f);
function setRef(&$r, $v) { $r = $v; }
setRef($t->f, "2.5");
var_dump($t->f);
try { setRef($t->f, []); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$t->bump($t->i);
var_dump($t->i);
$x = 'seven';
try { $t->i = &$x; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
$y = '8';
$t->i = &$y;
var_dump($y, $t->i);
$y = 9.0;
var_dump($t->i);
$a = &$t->a;
$a[] = 1;
var_dump($t->a);
class U { public int $u; }
$u = new U;
try { $r = &$u->u; } catch (Error $e) { echo $e->getMessage(), "\n"; }
