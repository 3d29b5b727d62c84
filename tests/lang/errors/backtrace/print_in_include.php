<?php
function from_main() {
    require __DIR__ . '/inc/bt_inc.php';
}
include __DIR__ . '/inc/bt_inc.php';
echo "--\n";
from_main();
echo "--\n";
inc_func();
