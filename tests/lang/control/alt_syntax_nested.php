<?php
$data = ['fruits' => ['apple', 'pear'], 'empty' => []];
foreach ($data as $group => $items):
    echo "$group:\n";
    if (count($items) === 0):
        echo "  (none)\n";
    else:
        foreach ($items as $i => $item):
            echo "  ", $i + 1, ". $item\n";
        endforeach;
    endif;
endforeach;
$n = 3;
while ($n--):
    switch ($n):
        case 1:
            echo "one\n";
            break;
        default:
            echo "n=$n\n";
    endswitch;
endwhile;
