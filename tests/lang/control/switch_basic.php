<?php
function sw($v) {
    switch ($v) {
        case 1:
            echo "one ";
        case 2:
            echo "two(fall) ";
            break;
        default:
            echo "default ";
        case 3:
            echo "three ";
            break;
        case "4":
            echo "four ";
            break;
    }
    echo "\n";
}
sw(1); sw(2); sw(3); sw(4); sw(5); sw("3"); sw("1.0"); sw(true);
switch (1) { }
switch ("abc") { case 0: echo "zero matched\n"; break; case "abc": echo "abc matched\n"; }
switch (null) { case false: echo "null==false\n"; break; case null: echo "null\n"; }
switch (2): case 1; case 2; echo "semicolon case\n"; endswitch;
