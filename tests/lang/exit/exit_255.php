<?php
echo "code 255 explicitly\n";
exit(255);
