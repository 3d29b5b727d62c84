<?php
// The receive forms: ['case', $ch, '->', &$var, $cb], ['case', $ch, '->', $cb] and ['case', $ch, $cb];
// 'case' and 'default' in any letter case. Callbacks of any callable form.
use go\Chan;

class Printer
{
    public static function show($v)
    {
        echo "static method got $v\n";
    }

    public function __invoke($v)
    {
        echo "invokable got $v\n";
    }
}

function show_value($v)
{
    echo "function got $v\n";
}

$ch = new Chan(5);
foreach (['a', 'b', 'c', 'd', 'e'] as $v) {
    $ch->push($v);
}
select(['case', $ch, '->', &$var, 'show_value']);
select(['CASE', $ch, '->', 'Printer::show']);
select(['Case', $ch, [new Printer(), '__invoke']]);
select(['case', $ch, '->', new Printer()]);
select(['case', $ch, '->', &$var2, [Printer::class, 'show']]);
var_dump($var, $var2);
