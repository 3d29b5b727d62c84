<?php
// ReflectionGenerator: function, $this, file, trace (arguments as passed), errors.
class Repo {
    private $rows = ['a', 'b'];
    public function each(int $limit = 5) {
        foreach ($this->rows as $i => $row) {
            yield $i => $row;
        }
    }
    public static function range($from, $to) {
        for ($i = $from; $i <= $to; $i++) yield $i;
    }
}
trait Gens { function tg() { yield __TRAIT__; } }
class UsesT { use Gens; }
$g = (new Repo)->each();
$r = new ReflectionGenerator($g);
echo $r->getFunction()->class, '::', $r->getFunction()->name, ' ', get_class($r->getThis()), ' ', $r->getExecutingLine(), "\n";
$g->current();
echo $r->getExecutingLine(), ' ', basename($r->getExecutingFile()), "\n";
print_r(array_map(fn($f) => array_keys($f), $r->getTrace()));
var_dump($r->getTrace(0)[0]['args']);
$s = Repo::range(1, 3);
$rs = new ReflectionGenerator($s);
var_dump($rs->getThis());
echo $rs->getFunction()->name, ' ', $rs->getExecutingLine(), "\n";
$s->next();
print_r($rs->getTrace());
$t = (new UsesT)->tg();
$rt = new ReflectionGenerator($t);
echo $rt->getFunction()->class, ' ', $rt->getExecutingLine(), "\n";
$c = (function ($n) { while ($n--) { yield $n; } })(2);
$rc = new ReflectionGenerator($c);
foreach ($c as $v) echo $v, ' ', $rc->getExecutingLine(), ' ', $rc->getFunction()->getName(), "\n";
try { new ReflectionGenerator($c); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $rc->getTrace(); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { new ReflectionGenerator(new ArrayIterator([])); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
