<?php
declare(strict_types=1);
namespace App\Models;
// A small application model: enums, traits, readonly, clone-with, JsonSerializable, first-class callables, named variadics.

interface HasId { public function id(): int; }
trait Timestamps { public ?string $created = null; public function touch(): static { $this->created = '2024-01-01'; return $this; } }
enum Status: int { case Active = 1; case Banned = 2;
  public static function fromLabel(string $l): self { foreach (self::cases() as $c) if ($c->name === $l) return $c; throw new \ValueError("bad $l"); } }
final class User implements HasId, \JsonSerializable {
  use Timestamps;
  private static int $next = 1;
  public function __construct(public readonly string $name, private Status $status = Status::Active, private array $tags = []) { $this->id = self::$next++; }
  private int $id;
  public function id(): int { return $this->id; }
  public function with(string ...$tags): static { $c = clone $this; $c->tags = [...$this->tags, ...$tags]; return $c; }
  public function jsonSerialize(): mixed { return ['id' => $this->id, 'name' => $this->name, 'status' => $this->status, 'tags' => $this->tags]; }
  public function __toString(): string { return sprintf('%s#%03d(%s)', $this->name, $this->id, strtolower($this->status->name)); }
}
$users = array_map(fn($n) => new User($n), ['carol', 'alice', 'bob']);
usort($users, fn(User $a, User $b) => strcmp($a->name, $b->name));
echo implode(', ', $users), "\n";
$u = $users[0]->with('admin', 'ops')->touch();
echo json_encode($u, JSON_PRETTY_PRINT), "\n";
try { $u->name = 'x'; } catch (\Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
echo Status::fromLabel('Banned')->value, ' ', Status::tryFrom(3)?->name ?? 'none', "\n";
$byLen = [];
foreach ($users as $x) $byLen[strlen($x->name)][] = $x->name;
ksort($byLen); print_r($byLen);
$r = match(true) { count($users) > 2 => 'many', default => 'few' };
echo $r, "\n";
$fmt = number_format(1234567.891, 2) . ' ' . number_format(0.5) . ' ' . str_pad('7', 3, '0', STR_PAD_LEFT);
echo $fmt, "\n";
echo ucwords('hello wide world'), ' ', wordwrap('The quick brown fox', 10, "\n", true), "\n";
preg_match_all('/(\w)(\d+)/', 'a1 b22 c333', $m, PREG_SET_ORDER); echo count($m), ' ', $m[2][2], "\n";
echo preg_replace_callback('/\d+/', fn($mm) => $mm[0] * 2, 'x5 y10'), "\n";
$strlen = strlen(...); echo $strlen('four'), "\n";
function tag(string $name, string ...$attrs) { return "<$name " . implode(' ', array_map(fn($k, $v) => "$k=\"$v\"", array_keys($attrs), $attrs)) . ">"; }
echo tag('a', href: '/x', title: 'T'), "\n";
echo str_contains('haystack', 'st') ? 'y' : 'n', str_starts_with('abc', 'ab') ? 'y' : 'n', str_ends_with('abc', 'bc') ? 'y' : 'n', "\n";
var_dump(array_is_list([1, 2]), intdiv(7, 2), 7 <=> 3, 10 ** -1, PHP_INT_MAX + 1);
try { strlen(5); } catch (\TypeError $e) { echo $e->getMessage(), "\n"; }
$gen = (function () { $x = 0; while (true) { $cmd = yield $x; if ($cmd === 'stop') return $x; $x++; } })();
foreach (range(1, 3) as $_) $gen->send('go'); $gen->send('stop'); echo $gen->getReturn(), "\n";
echo date('Y-m-d', 86400 * 365), ' ', gmdate('D, d M Y H:i:s', 0), "\n";
list('a' => $aa, 'b' => list($b1, $b2)) = ['a' => 1, 'b' => [2, 3]]; echo $aa + $b1 + $b2, "\n";
$s = 'abc'; $s[1] = 'X'; echo $s, ' ', $s[-1], ' ', substr_replace($s, '..', 1, 1), "\n";
printf("%5.1f|%-5s|%05d|%x|%b|%e\n", 3.14159, 'ab', 42, 255, 5, 12345.678);
echo serialize(['a' => 1, 'b' => [true, null, 1.5]]), "\n";
var_dump(unserialize('a:1:{s:1:"k";d:0.1;}'));
