<?php
class Person {
    public function __construct(public string $name, public int $age) {}
    public static function byAge(Person $a, Person $b): int { return $a->age <=> $b->age; }
    public function olderThan(int $n): bool { return $this->age > $n; }
}
class Sorter { public function byName($a, $b) { return strcmp($a->name, $b->name); } }
$people = [new Person('cy', 40), new Person('al', 25), new Person('bo', 33)];
usort($people, [Person::class, 'byAge']);
echo implode(',', array_map(fn($p) => $p->name, $people)), "\n";
usort($people, [new Sorter, 'byName']);
echo implode(',', array_map(fn($p) => $p->name, $people)), "\n";
usort($people, 'Person::byAge');
echo implode(',', array_column($people, 'name')), "\n";
$old = array_filter($people, fn($p) => $p->olderThan(30));
print_r(array_keys($old));
echo array_reduce($people, fn($c, $p) => $c + $p->age, 0), "\n";
array_walk($people, function ($p, $k, $suffix) { $p->name .= $suffix; }, '!');
echo $people[0]->name, "\n";
$s = new Sorter;
uasort($people, $s->byName(...));
print_r(array_keys($people));
