<?php
for ($i = 0; $i < 4; $i++) {
    try {
        if ($i == 1) continue;
        if ($i == 3) break;
        echo "body $i\n";
    } finally {
        echo "finally $i\n";
    }
}
echo "after loop $i\n";
$i = 0;
while (true) {
    try {
        try {
            $i++;
            if ($i > 2) break;
        } finally { echo "inner f $i\n"; }
    } finally { echo "outer f $i\n"; }
}
echo "done\n";
