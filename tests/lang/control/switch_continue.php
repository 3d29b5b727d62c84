<?php
for ($i = 0; $i < 3; $i++) {
    switch ($i) {
        case 1:
            continue 2;
        default:
            echo "i=$i\n";
    }
    echo "after switch $i\n";
}
foreach ([1, 2, 3] as $v) {
    switch ($v) {
        case 2:
            break 2;
    }
    echo "v=$v\n";
}
