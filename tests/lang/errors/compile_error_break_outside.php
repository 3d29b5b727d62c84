<?php
echo "never\n";
break;
