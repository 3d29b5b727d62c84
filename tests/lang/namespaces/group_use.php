<?php
namespace Lib {
    function a() { return "a"; }
    function b() { return "b"; }
    const C = "c";
}
namespace App {
    use function Lib\{a, b as bee};
    use Lib\{function a as aa, const C};
    echo a(), bee(), aa(), C, "\n";
}
