<?php
enum Planet: int {
    case Mercury = 1;
    case Earth = 3;
    public function mass(): float { return match ($this) { self::Mercury => 3.3e23, self::Earth => 5.97e24 }; }
    public function isHome(): bool { return $this === self::Earth; }
    public static function home(): static { return static::Earth; }
}
foreach (Planet::cases() as $p) printf("%s %d %.2e %s\n", $p->name, $p->value, $p->mass(), $p->isHome() ? 'home' : '-');
var_dump(Planet::home());
var_dump(Planet::Earth instanceof Planet);
print_r(get_class_methods(Planet::class));
var_dump(get_object_vars(Planet::Earth));
var_dump((array) Planet::Mercury);
