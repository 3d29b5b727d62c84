<?php
function loader($name, $fromTop = null) {
    return include __DIR__ . "/inc/$name";
}
try {
    loader('bt_throw.php', true);
} catch (Exception $e) {
    echo $e->getMessage(), "\n", $e->getTraceAsString(), "\n";
}
