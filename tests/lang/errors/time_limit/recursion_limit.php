<?php
set_time_limit(1);
function r($n) { return $n > 1000 ? 0 : r($n + 1) + 1; } while (true) { r(0); }
