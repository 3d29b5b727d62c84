<?php
// Routines that need the same autoloaded class at once (all together under --parallel): the class is
// loaded once and every routine finds it (none gets "Class not found" from another's load in progress).
use go\Chan;

$loads = 0;
spl_autoload_register(function ($class) use (&$loads) {
    $loads++;
    if ($class === 'Loaded') require __DIR__ . '/inc/loaded_class.inc';
});
$results = new Chan(8);
for ($i = 0; $i < 8; $i++) {
    go(function () use ($results) {
        $results->push(Loaded::hello());
    });
}
$hellos = [];
for ($i = 0; $i < 8; $i++) $hellos[] = $results->pop();
echo implode(' ', $hellos), "\n";
echo "autoloader calls: $loads\n";
