<?php
spl_autoload_register(function ($c) {
    echo "autoload($c)\n";
    if ($c === 'Lazy') { eval('class Lazy { public function hi() { return "hi"; } }'); }
});
$r = new ReflectionClass('Lazy');
echo $r->getName(), ' ', $r->newInstance()->hi(), "\n";
try { new ReflectionClass('Ghost'); } catch (ReflectionException $e) { echo $e->getMessage(), "\n"; }
