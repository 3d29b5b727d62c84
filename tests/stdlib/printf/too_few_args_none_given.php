<?php
echo "before\n";
echo sprintf("value: %s\n");
