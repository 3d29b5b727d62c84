<?php
// Class, method and function names are case-insensitive, as everywhere in PHP.
$ch = new \GO\chan(1);
$ch->PUSH('x');
echo $ch->Pop(), "\n";
GO(function () {
    echo "routine ", \Go\RUNTIME::GOID(), "\n";
});
\go\scheduler::Join();
echo \GO\Time::MILLISECOND, "\n";
