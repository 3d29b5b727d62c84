<?php
foreach (['display_errors', 'error_reporting', 'precision', 'serialize_precision', 'memory_limit',
          'max_execution_time', 'zend.assertions', 'assert.exception', 'html_errors', 'log_errors'] as $k) {
    echo $k, " => "; var_dump(ini_get($k));
}
