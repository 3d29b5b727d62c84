<?php
class Pipeline {
    public function run(array $xs) {
        return array_map(function ($x) { return $this->check($x); }, $xs);
    }
    private function check($x) {
        if ($x === null) throw new UnexpectedValueException("null item");
        return $x;
    }
}
(new Pipeline)->run([1, null]);
