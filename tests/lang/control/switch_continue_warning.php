<?php
for ($i = 0; $i < 3; $i++) {
    switch ($i) {
        case 1:
            continue;
        default:
            echo "i=$i\n";
    }
    echo "after $i\n";
}
