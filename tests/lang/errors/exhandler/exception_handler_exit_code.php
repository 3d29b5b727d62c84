<?php
set_exception_handler(function ($e) { echo "handled, exiting 4\n"; exit(4); });
throw new Exception("x");
