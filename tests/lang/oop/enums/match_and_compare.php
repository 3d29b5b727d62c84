<?php
enum Dir { case Up; case Down; case Left; }
function move(Dir $d): string {
    return match ($d) {
        Dir::Up, Dir::Down => 'vertical',
        Dir::Left => 'horizontal',
    };
}
foreach (Dir::cases() as $d) echo $d->name, ": ", move($d), "\n";
var_dump(Dir::Up == Dir::Up, Dir::Up === Dir::Down, Dir::Up != Dir::Down);
var_dump(Dir::Up < Dir::Down, Dir::Up == 'Up', (bool) Dir::Up);
$x = Dir::Up;
var_dump($x === Dir::Up);
var_dump(in_array(Dir::Left, Dir::cases(), true));
var_dump(array_search(Dir::Down, Dir::cases()));
