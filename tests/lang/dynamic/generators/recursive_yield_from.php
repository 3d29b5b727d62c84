<?php
function walk(array $tree, $depth = 0) {
    foreach ($tree as $name => $children) {
        yield str_repeat('  ', $depth) . $name;
        if ($children) yield from walk($children, $depth + 1);
    }
}
$tree = ['root' => ['a' => ['a1' => [], 'a2' => []], 'b' => ['b1' => ['b1x' => []]]]];
foreach (walk($tree) as $line) echo $line, "\n";
echo count(iterator_to_array(walk($tree), false)), "\n";
