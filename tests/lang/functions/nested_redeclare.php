<?php
function outer() {
    function inner() { return 1; }
}
outer();
echo "once\n";
outer();
echo "twice\n";
