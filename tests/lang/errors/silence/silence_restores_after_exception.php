<?php
function boom() { throw new RuntimeException("boom"); }
try {
    @boom();
} catch (RuntimeException $e) {
    echo "caught ", $e->getMessage(), "\n";
}
echo error_reporting(), "\n";
echo $undef;
echo "end\n";
