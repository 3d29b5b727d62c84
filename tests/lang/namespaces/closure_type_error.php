<?php
namespace Fn\Inner;
$c = function (int $x) { return $x; };
$c("nope");
