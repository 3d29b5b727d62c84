<?php
namespace Lib\Str {
    function up($s) { return strtoupper($s); }
    const SEP = '-';
}
namespace App {
    use function Lib\Str\up;
    use function Lib\Str\up as upper;
    use const Lib\Str\SEP;
    use const Lib\Str\SEP as DASH;
    echo up("a"), SEP, upper("b"), DASH, "\n";
}
