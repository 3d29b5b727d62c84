<?php
class Repo {
    public function find($id) { return $this->load($id); }
    private function load($id) {
        if ($id < 0) throw new UnexpectedValueException("negative id $id");
        return "row$id";
    }
    public static function make() { return new static; }
}
function service($id) { return Repo::make()->find($id); }
echo service(1), "\n";
try {
    echo service(-5), "\n";
    echo "not reached\n";
} catch (UnexpectedValueException $e) {
    echo $e->getMessage(), "\n";
    echo count($e->getTrace()), "\n";
    foreach ($e->getTrace() as $fr) {
        echo ($fr['class'] ?? ''), ($fr['type'] ?? ''), $fr['function'], " line ", $fr['line'], " ", basename($fr['file']), "\n";
    }
    echo $e->getTraceAsString(), "\n";
}
