<?php
class C {
    public function i(int $x) { var_dump($x); }
    public function f(float $x) { var_dump($x); }
    public function s(string $x) { var_dump($x); }
    public function b(bool $x) { var_dump($x); }
}
$c = new C;
$c->i("5"); $c->i(5.0); $c->i(true); $c->i(" 7");
$c->f(3); $c->f("2.5"); $c->f(false);
$c->s(12); $c->s(1.0); $c->s(true);
$c->b(0); $c->b("a"); $c->b(0.0);
$c->i(5.5);
try { $c->i("5 apples"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $c->i(null); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $c->s([]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $c->b(new stdClass); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
