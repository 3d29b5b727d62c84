<?php
enum Pure { case A; }
enum Num: int { case One = 1; }
var_dump(json_last_error(), json_last_error_msg());
var_dump(json_decode("{"), json_last_error(), json_last_error_msg());
var_dump(json_encode("ok"), json_last_error());
var_dump(json_encode([1, Pure::A]), json_last_error(), json_last_error_msg());
var_dump(json_encode([1, Pure::A], JSON_PARTIAL_OUTPUT_ON_ERROR), json_last_error());
var_dump(json_encode(['n' => Num::One, 'l' => [Num::One]]));
json_decode("[");
try { json_decode("{", false, 512, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo get_class($e), " ", $e->getCode(), " ", $e->getMessage(), "\n"; }
var_dump(json_last_error());
try { json_encode(NAN, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo $e->getCode(), " ", $e->getMessage(), "\n"; }
try { json_encode(Pure::A, JSON_THROW_ON_ERROR); } catch (JsonException $e) { echo $e->getCode(), " ", $e->getMessage(), "\n"; }
$o = new stdClass; $o->self = $o;
var_dump(json_encode($o), json_last_error(), json_last_error_msg());
var_dump(json_encode(NAN), json_last_error_msg(), json_decode('"\x01"'), json_last_error_msg());
var_dump(json_decode("[[1]]", false, 1), json_last_error_msg(), json_encode("\xff"), json_last_error_msg());
