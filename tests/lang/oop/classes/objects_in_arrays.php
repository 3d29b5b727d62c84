<?php
class Item { public function __construct(public string $name, public int $qty) {} }
$items = [new Item('a', 2), new Item('b', 5), 'k' => new Item('c', 1)];
foreach ($items as $k => $it) {
    echo "$k: {$it->name} x {$it->qty}\n";
}
foreach ($items as $it) { $it->qty *= 10; }
echo $items['k']->qty, "\n";
$items[] = new Item('d', 0);
echo count($items), " ", $items[2]->name, "\n";
$names = array_column($items, 'name');
print_r($names);
$byName = array_column($items, null, 'name');
echo $byName['b']->qty, "\n";
echo $items[0]?->name, "\n";
echo "{$items[1]->name}\n";
