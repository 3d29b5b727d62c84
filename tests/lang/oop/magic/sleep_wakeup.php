<?php
class S {
    public $keep = 'k';
    public $drop = 'd';
    public function __sleep() { echo "__sleep\n"; return ['keep']; }
    public function __wakeup() { echo "__wakeup\n"; $this->drop = 'restored'; }
}
$s = serialize(new S);
echo $s, "\n";
$o = unserialize($s);
echo $o->keep, " ", $o->drop, "\n";
$arr = unserialize(serialize([new S, new S]));
echo count($arr), "\n";
