<?php
function cmp($a, $b) {
    if ($a === 3) throw new LogicException("no threes");
    return $a <=> $b;
}
function sortAll(array $xs) {
    usort($xs, 'cmp');
    return $xs;
}
sortAll([1, 3, 2]);
