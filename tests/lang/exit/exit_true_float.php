<?php
echo "float arg\n";
exit(1.9);
