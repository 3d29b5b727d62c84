<?php
class Account {
    private float $balance = 100.0;
    protected string $owner = 'ann';
    public function balance() { return $this->balance; }
}
class Savings extends Account { private $rate = 0.02; }
$a = new Savings;
$p = new ReflectionProperty('Account', 'balance');
$p->setAccessible(true);
var_dump($p->getValue($a));
$p->setValue($a, 250.5);
var_dump($a->balance());
$o = new ReflectionProperty('Savings', 'owner');
var_dump($o->getValue($a), $o->class);
$o->setValue($a, 'bob');
var_dump($o->getValue($a));
try { $p->setValue($a, 'not a float'); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { $p->getValue(new stdClass); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
try { $p->getValue(); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
