<?php
echo "before\n";
exit("goodbye text\n");
echo "never\n";
