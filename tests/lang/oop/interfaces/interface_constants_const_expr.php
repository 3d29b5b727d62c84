<?php
interface Http {
    const OK = 200;
    const NOT_FOUND = 404;
    const CODES = [self::OK => 'OK', self::NOT_FOUND => 'Not Found'];
}
class Resp implements Http {
    public function __construct(public int $code) {}
    public function text() { return self::CODES[$this->code] ?? 'Unknown'; }
}
echo (new Resp(404))->text(), "\n";
echo (new Resp(200))->text(), "\n";
echo (new Resp(500))->text(), "\n";
echo Resp::OK, "\n";
