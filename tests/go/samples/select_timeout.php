<?php
// The sample samples/go/select_timeout.php, run as a golden case.
require __DIR__ . '/../../../samples/go/select_timeout.php';
