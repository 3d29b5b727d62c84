<?php
// When the main script ends the program ends: routines that never ran are dropped.
go(function () {
    echo "never runs\n";
});
echo "main ends\n";
