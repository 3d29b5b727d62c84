<?php
enum Color: string { case Red = 'r'; case Blue = 'b'; }
enum Flag { case On; }
class Widget { public Color $c = Color::Red; public array $flags = [Flag::On]; }
$w = new Widget;
var_dump($w);
print_r($w);
echo "\n";
var_export($w);
echo "\n";
var_dump(Color::cases());
