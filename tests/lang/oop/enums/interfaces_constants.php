<?php
interface HasLabel { public function label(): string; }
trait Describes { public function describe() { return static::class . '::' . $this->name; } }
enum Size: string implements HasLabel {
    use Describes;
    case S = 's';
    case L = 'l';
    const DEFAULT = self::S;
    public function label(): string { return ucfirst($this->value) . '-size'; }
    public static function biggest(): self { return self::L; }
}
echo Size::DEFAULT->label(), "\n";
echo Size::biggest()->describe(), "\n";
var_dump(Size::L instanceof HasLabel);
print_r(class_implements(Size::S));
function show(HasLabel $h) { echo $h->label(), "\n"; }
show(Size::L);
