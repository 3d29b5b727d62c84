<?php
class R {
    public function i(): int { return "42"; }
    public function s(): string { return 3.5; }
    public function v(): void { return; }
    public function n(): ?string { return null; }
    public function bad(): int { return "nope"; }
    public function arr(): array { return "x"; }
    public function self(): self { return $this; }
    public function st(): static { return new R; }
}
class S extends R {}
$r = new R;
var_dump($r->i(), $r->s(), $r->v(), $r->n());
echo get_class($r->self()), "\n";
try { $r->bad(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $r->arr(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { (new S)->st(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
