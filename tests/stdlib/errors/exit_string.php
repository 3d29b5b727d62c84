<?php
echo "a\n";
exit("bye\n");
