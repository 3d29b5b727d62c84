<?php
echo "start\n";
@trigger_error("fatal stays", E_USER_ERROR);
echo "never\n";
