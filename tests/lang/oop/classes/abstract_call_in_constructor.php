<?php
abstract class Template {
    public function __construct() { echo "init: ", $this->name(), " ", static::defaults()['k'], "\n"; }
    abstract protected function name(): string;
    abstract public static function defaults(): array;
    public function run() { return $this->before() . $this->name(); }
    protected function before() { return '> '; }
}
class Concrete extends Template {
    protected function name(): string { return 'concrete'; }
    public static function defaults(): array { return ['k' => 'v']; }
}
echo (new Concrete)->run(), "\n";
try { Template::defaults(); } catch (Error $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
