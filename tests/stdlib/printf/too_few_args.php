<?php
echo "before\n";
printf("%s and %s\n", "one");
echo "not reached\n";
