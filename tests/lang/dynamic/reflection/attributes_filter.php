<?php
interface Marker {}
#[Attribute] class Route implements Marker { function __construct(public string $path) {} }
#[Attribute] class Middleware implements Marker { function __construct(public string $name) {} }
#[Attribute] class Other {}
class Ctl {
    #[Route('/a'), Middleware('auth'), Other, Unknown]
    function act() {}
}
$m = new ReflectionMethod('Ctl', 'act');
function names($as) { return implode(',', array_map(fn($a) => $a->getName(), $as)); }
echo names($m->getAttributes()), "\n";
echo names($m->getAttributes('route')), "\n";
echo names($m->getAttributes(Route::class)), "\n";
echo names($m->getAttributes(Marker::class)), "\n";
echo names($m->getAttributes(Marker::class, ReflectionAttribute::IS_INSTANCEOF)), "\n";
echo names($m->getAttributes('Unknown')), "\n";
try { $m->getAttributes('NoSuchBase', ReflectionAttribute::IS_INSTANCEOF); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $m->getAttributes(null, 5); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
