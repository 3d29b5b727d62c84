<?php
echo "x\n";
echo strlen("a", "b");
