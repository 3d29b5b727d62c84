<?php
class Plain {}
#[Plain]
#[Missing\Attr(1)]
class Target {}
$as = (new ReflectionClass('Target'))->getAttributes();
foreach ($as as $a) echo $a->getName(), ' ', json_encode($a->getArguments()), "\n";
try { $as[0]->newInstance(); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
try { $as[1]->newInstance(); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
