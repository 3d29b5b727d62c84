<?php
class Logger {
    public array $log = [];
    public function onError($no, $str, $file, $line) {
        $this->log[] = "$no:$str@$line";
        return true;
    }
    public static function st($no, $str) { echo "static: $str\n"; return true; }
}
$l = new Logger;
set_error_handler([$l, 'onError']);
trigger_error("first");
echo $nothing;
print_r($l->log);
set_error_handler('Logger::st');
trigger_error("via string");
set_error_handler([Logger::class, 'st']);
trigger_error("via array");
