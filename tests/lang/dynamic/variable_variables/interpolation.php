<?php
// ${expr} in strings and the deprecation php 8.2 gives for "${var}"; {$$name}
$name = 'value';
$value = 'the value';
echo "braced: {$$name}\n";
echo "dollar-brace: ${name}\n";
echo "expression: ${'na' . 'me'}\n";
$arr = ['k' => 'v'];
echo "array: ${arr['k']}\n";
