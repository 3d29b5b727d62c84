<?php
echo "start\n";
echo str_pad("abc", 10, ""), "\n";
