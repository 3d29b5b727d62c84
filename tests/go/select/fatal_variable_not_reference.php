<?php
$ch = new go\Chan(1);
$v = null;
select(['case', $ch, '->', $v, function () {}]);
