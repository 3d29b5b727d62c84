<?php
set_exception_handler(function ($e) { echo "h\n"; });
set_exception_handler(null);
throw new Exception("unhandled");
