<?php
// The sample samples/go/producer_consumer.php, run as a golden case.
require __DIR__ . '/../../../samples/go/producer_consumer.php';
