<?php
class HttpException extends RuntimeException {
    public function __construct(private int $status, string $msg = '', ?Throwable $prev = null) {
        parent::__construct("HTTP $status: $msg", $status * 10, $prev);
    }
    public function status(): int { return $this->status; }
}
class NotFound extends HttpException {
    public function __construct(string $what) { parent::__construct(404, "$what not found"); }
}
try {
    throw new NotFound('page');
} catch (HttpException $e) {
    echo get_class($e), " | ", $e->getMessage(), " | ", $e->getCode(), " | ", $e->status(), "\n";
    echo basename($e->getFile()), ":", $e->getLine(), "\n";
    var_dump($e->getPrevious());
}
class Custom extends Exception {
    protected $message = 'default message';
    protected $code = 42;
}
$c = new Custom;
echo $c->getMessage(), " ", $c->getCode(), "\n";
$d = new Custom('given');
echo $d->getMessage(), " ", $d->getCode(), "\n";
