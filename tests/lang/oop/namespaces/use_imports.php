<?php
namespace Lib\Models {
    class User { public function __construct(public string $n = 'u') {} }
    class Post {}
    function make() { return new User('made'); }
    const LIMIT = 10;
}
namespace Lib\Helpers {
    function fmt($s) { return "[$s]"; }
    function upper($s) { return strtoupper($s); }
    const SEP = '|';
}
namespace App {
    use Lib\Models\User;
    use Lib\Models\Post as Article;
    use function Lib\Models\make;
    use function Lib\Helpers\fmt as format;
    use const Lib\Models\LIMIT;
    use Lib\Helpers;
    echo get_class(new User), "\n";
    echo get_class(new Article), "\n";
    echo make()->n, "\n";
    echo format('x'), "\n";
    echo LIMIT, "\n";
    echo Helpers\upper('rel'), "\n";
    echo Article::class, "\n";
    echo \Lib\Helpers\SEP, "\n";
}
