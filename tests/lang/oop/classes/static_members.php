<?php
class Reg {
    public static int $count = 0;
    private static array $items = [];
    public static function add(string $s): void {
        self::$items[] = $s;
        static::$count++;
    }
    public static function all(): array { return self::$items; }
}
Reg::add('a');
Reg::add('b');
echo Reg::$count, "\n";
print_r(Reg::all());
$r = new Reg;
$r::add('c');
echo $r::$count, "\n";
$cls = 'Reg';
echo $cls::$count, "\n";
$cls::$count = 100;
echo Reg::$count, "\n";
$ref = &Reg::$count;
$ref = 7;
echo Reg::$count, "\n";
