<?php
printf("%1\$s %2\$s %1\$s\n", "a", "b");
printf("%2\$s then %1\$s\n", "first", "second");
printf("%1\$05d|%1\$-5d|%1\$x\n", 26);
printf("%1\$'#10s|\n", "right");
echo sprintf('%2$s-%1$s', 'x', 'y'), "\n";
