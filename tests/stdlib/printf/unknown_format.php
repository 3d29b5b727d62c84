<?php
echo "start\n";
echo sprintf("%y", 1), "\n";
echo "not reached\n";
