<?php
declare(strict_types=1);
class R {
    public function i(): int { return "5"; }
    public function f(): float { return 5; }
    public function n(): ?int { return null; }
}
$r = new R;
var_dump($r->f(), $r->n());
try { $r->i(); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
