<?php
// The sample samples/go/hello_world.php, run as a golden case.
require __DIR__ . '/../../../samples/go/hello_world.php';
