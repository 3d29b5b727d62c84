<?php
$name = "World";
$a = ['k' => 'v', 3 => 'three'];
echo <<<EOT
Hello $name!
Key: $a[k] and {$a['k']} and $a[3]
Escapes: \t tab \x41 \$name
EOT;
echo "\n";
echo <<<"QUOTED"
Quoted $name
QUOTED;
echo "\n";
$x = <<<EOT
EOT;
var_dump($x);
var_dump(<<<EOT
one
two

EOT);
