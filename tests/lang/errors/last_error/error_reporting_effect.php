<?php
error_reporting(E_ALL & ~E_USER_NOTICE & ~E_USER_DEPRECATED);
trigger_error("hidden notice");
trigger_error("hidden dep", E_USER_DEPRECATED);
trigger_error("shown warning", E_USER_WARNING);
error_reporting(0);
trigger_error("hidden warning", E_USER_WARNING);
echo strlen(null), "\n";
error_reporting(E_ALL);
echo strlen(null), "\n";
