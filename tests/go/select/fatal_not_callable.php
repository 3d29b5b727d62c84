<?php
$ch = new go\Chan(1);
select(['case', $ch, '->', &$v, 'no_such_function']);
