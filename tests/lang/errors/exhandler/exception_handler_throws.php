<?php
set_exception_handler(function ($e) {
    echo "handler got ", $e->getMessage(), "\n";
    throw new LogicException("from handler");
});
throw new Exception("original");
