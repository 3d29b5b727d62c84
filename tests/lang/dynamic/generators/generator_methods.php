<?php
class Repo {
    private $items = ['a' => 1, 'b' => 2];
    protected static $prefix = 'item-';
    public function all() {
        foreach ($this->items as $k => $v) {
            yield self::$prefix . $k => $v * $this->factor();
        }
    }
    private function factor() { return 10; }
    public static function names() {
        yield static::class;
        yield self::class;
        yield static::$prefix;
    }
}
class SubRepo extends Repo {}
foreach ((new Repo)->all() as $k => $v) echo "$k=$v\n";
foreach (SubRepo::names() as $n) echo $n, "\n";
$m = [new SubRepo, 'all'];
foreach ($m() as $k => $v) echo "$k=$v\n";
