<?php
set_exception_handler(function ($e) { echo "A ", $e->getMessage(), "\n"; });
set_exception_handler(function ($e) { echo "B ", $e->getMessage(), "\n"; });
set_exception_handler(function ($e) { echo "C ", $e->getMessage(), "\n"; });
restore_exception_handler();
restore_exception_handler();
throw new Exception("which?");
