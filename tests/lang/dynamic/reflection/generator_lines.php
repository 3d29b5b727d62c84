<?php
// ReflectionGenerator::getExecutingLine(): php reports the line of the instruction after the yield
// (the next statement, a loop's condition or step, the function's closing brace).
function g() {
    $i = 0;
    while ($i < 1) {
        $i++;
        yield 'while';
    }
    for ($j = 0;
         $j < 1;
         $j++) {
        yield 'for';
    }
    do {
        yield 'do';
    } while (false);
    if ($i) {
        yield 'if';
    } else {
        yield 'else';
    }
    if ($i) {
        yield 'if2';
    }
    if (!$i) {
        yield 'x';
    } else {
        yield 'else2';
    }
    echo yield 'echo';
    $a = [yield 'arr',
          yield 'arr2'];
    try {
        yield 'try';
    } finally {
        $z = 1;
    }
    switch ($i) {
        case 1:
            yield 'case';
            break;
    }
    yield 'last';
}
$g = g();
$r = new ReflectionGenerator($g);
echo "start ", $r->getExecutingLine(), "\n";
foreach ($g as $v) echo $v, ' ', $r->getExecutingLine(), "\n";
function h() { yield 1; }
$r = new ReflectionGenerator($x = h()); echo $r->getExecutingLine(), "\n";
$x->current(); echo $r->getExecutingLine(), "\n";
function k() {
    static $s;
    yield 1;
}
$r = new ReflectionGenerator($x = k()); echo $r->getExecutingLine(), "\n";
