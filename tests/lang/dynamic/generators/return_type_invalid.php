<?php
echo "never printed\n";
function g(): int {
    yield 1;
}
