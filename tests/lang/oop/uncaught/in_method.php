<?php
class Worker {
    public function process(array $items, string $mode) { return $this->step($items[0], $mode); }
    private function step($item, $mode) { throw new LogicException("cannot $mode $item"); }
}
(new Worker)->process(['job1', 'job2'], 'run');
