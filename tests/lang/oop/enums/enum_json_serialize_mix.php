<?php
// Trait constants, constant() with static::, and enums through json_encode/serialize.
trait T { public const X = 5; public function x() { return self::X . static::X; } }
class A { use T; }
echo A::X, (new A)->x(), "\n";
class K { const Y = 'y'; static function f() { return constant('self::Y') . constant('static::Y'); } }
echo K::f(), "\n";
enum S: string { case A = 'a'; case B = 'b'; }
enum U { case P; }
echo json_encode([S::A, 'k' => S::B]), "\n";
try { echo json_encode(U::P); } catch (Throwable $e) { echo get_class($e), $e->getMessage(), "\n"; }
var_dump(json_encode(U::P), json_last_error_msg());
try { serialize(S::A); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
echo serialize([S::A]), "\n";
var_dump(unserialize('E:3:"S:A";'));
