<?php
function setsLevel() { error_reporting(E_ALL & ~E_NOTICE); return 1; }
@setsLevel();
echo error_reporting(), "\n";
function zero() { error_reporting(0); return 1; }
error_reporting(E_ALL);
@zero();
echo error_reporting(), "\n";
