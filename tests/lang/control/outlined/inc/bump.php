<?php
$counter = ($counter ?? 0) + 1;
$fromInclude[] = $counter;
