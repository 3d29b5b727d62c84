<?php
// The sample samples/go/worker_pool.php, run as a golden case.
require __DIR__ . '/../../../samples/go/worker_pool.php';
