<?php
ini_set('display_errors', 'off');
echo "before\n";
throw new Exception("silent death");
