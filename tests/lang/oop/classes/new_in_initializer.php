<?php
class Logger { public function __construct(public string $p = 'default') { echo "Logger({$this->p})\n"; } }
class Service {
    public function __construct(private Logger $l = new Logger('svc')) {}
    public function p() { return $this->l->p; }
}
function f(Logger $l = new Logger()) { return $l->p; }
echo "start\n";
$s = new Service;
echo $s->p(), "\n";
$s2 = new Service(new Logger('given'));
echo $s2->p(), "\n";
echo f(), "\n";
echo f(), "\n";
static $st = new Logger('static');
const G = new Logger('const');
echo G->p, "\n";
