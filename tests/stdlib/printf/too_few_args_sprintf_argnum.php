<?php
// an argnum past the arguments given: ArgumentCountError, uncaught
echo sprintf('%3$s', 1, 2), "\n";
echo "not reached\n";
