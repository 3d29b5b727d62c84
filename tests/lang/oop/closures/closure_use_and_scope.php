<?php
class Btn {
    public array $handlers = [];
    public string $label = 'OK';
    public function on(callable $h) { $this->handlers[] = $h; return $this; }
    public function click() { foreach ($this->handlers as $h) echo $h($this), "\n"; }
    public function selfHandler() { return function (Btn $b) { return "inner sees label {$this->label}"; }; }
}
$count = 0;
$b = new Btn;
$b->on(function (Btn $x) use (&$count) { $count++; return "clicked {$x->label} $count"; })
  ->on(fn($x) => strtolower($x->label))
  ->on($b->selfHandler());
$b->click();
$b->label = 'Go';
$b->click();
echo $count, "\n";
