<?php
echo implode(",", [1, [2, 3], 4]), "\n";
echo "done\n";
