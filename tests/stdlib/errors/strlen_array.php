<?php
echo "start\n";
echo strlen([]), "\n";
echo "not reached\n";
