<?php
$user = ['name' => 'Ann', 'tags' => ['x', 'y']];
$n = 3;
$price = 9.5;
echo <<<TXT
User: {$user['name']} / $user[name]
First tag: {$user['tags'][0]}
Count: $n items at $price each = {$n}x
Braces literal: {\$n} and \{$n}
Dollar-brace: {$n}
TXT;
echo "\n";
