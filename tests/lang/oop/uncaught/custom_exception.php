<?php
class AppException extends Exception {
    public function __construct($m) { parent::__construct("[app] $m", 99); }
}
class Deep extends AppException {}
function thrower() { throw new Deep("deep"); }
thrower();
