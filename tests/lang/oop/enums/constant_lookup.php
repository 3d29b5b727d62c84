<?php
enum Level: int {
    case Low = 1;
    case High = 10;
    public static function fromName(string $n): self { return constant("self::$n"); }
    public function next(): ?self { return self::tryFrom($this->value * 10); }
}
var_dump(Level::fromName('High'));
var_dump(constant('Level::Low'));
var_dump(Level::Low->next(), Level::High->next());
var_dump(defined('Level::Low'));
$cases = array_column(Level::cases(), 'value', 'name');
print_r($cases);
