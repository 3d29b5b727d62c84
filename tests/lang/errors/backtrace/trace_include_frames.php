<?php
function loader($name) {
    return include __DIR__ . "/inc/$name";
}
try {
    loader('bt_throw.php');
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
}
