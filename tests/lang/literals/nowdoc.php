<?php
$name = "World";
echo <<<'EOT'
Raw $name {$name} \t \x41 \\
EOT;
echo "\n";
var_dump(<<<'X'
  a
 b
X);
