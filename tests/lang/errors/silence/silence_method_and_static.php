<?php
class W {
    public function noisy() { echo "er=", error_reporting(), "\n"; return $this->missing; }
    public static function loud() { trigger_error("static warn", E_USER_WARNING); return 1; }
}
$w = new W;
var_dump(@$w->noisy());
var_dump(@W::loud());
var_dump(@$w->undefinedProp);
var_dump($w->noisy());
