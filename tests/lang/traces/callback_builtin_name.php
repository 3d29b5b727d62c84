<?php
$r = array_map('intdiv', [1], [0]);
