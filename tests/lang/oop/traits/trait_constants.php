<?php
// PHP 8.2 trait constants: the using class gets them, self:: in trait initialisers is that class.
trait Config {
    public const PREFIX = 'app';
    final public const VERSION = 2;
    public string $name = self::PREFIX . '-x';
    public static array $all = [self::PREFIX, self::VERSION];
    public function key(string $k): string { return self::PREFIX . '.' . $k . '@' . static::VERSION; }
}
class Service { use Config; }
class Sub extends Service { }
$s = new Sub;
echo $s->name, ' ', $s->key('db'), ' ', Sub::PREFIX, ' ', implode(',', Service::$all), "\n";
var_dump(defined('Service::VERSION'), constant('Service::PREFIX'));
$r = new ReflectionClassConstant(Service::class, 'VERSION'); var_dump($r->isFinal(), $r->getDeclaringClass()->name);
interface I { const Z = 'i'; }
trait TZ { public const W = I::Z . '!'; }
class Z implements I { use TZ; }
echo Z::W, "\n";
