<?php
echo "start\n";
if (true) {
    echo cond(), "\n";
    function cond() { return "cond"; }
}
