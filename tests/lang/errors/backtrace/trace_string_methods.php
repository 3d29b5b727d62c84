<?php
class Parser {
    public function parse(string $src) { return self::token($src, 0); }
    private static function token(string $src, int $pos) {
        throw new UnexpectedValueException("bad token at $pos");
    }
}
function handle($input) {
    return (new Parser)->parse($input);
}
try {
    handle("1 + ?");
} catch (Exception $e) {
    echo $e->getTraceAsString(), "\n";
    foreach ($e->getTrace() as $f) {
        echo $f['class'] ?? '', $f['type'] ?? '', $f['function'], ' ', count($f['args']), "\n";
    }
}
