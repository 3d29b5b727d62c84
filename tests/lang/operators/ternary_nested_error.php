<?php
echo "never printed\n";
echo true ? 'a' : false ? 'b' : 'c';
