<?php
namespace App\Util;
const VERSION = '1.2';
function helper() { return __FUNCTION__; }
class Tool { public function name() { return __CLASS__ . ' ' . __METHOD__ . ' ' . static::class; } }
echo __NAMESPACE__, "\n";
echo helper(), "\n";
echo VERSION, " ", \App\Util\VERSION, " ", namespace\VERSION, "\n";
echo (new Tool)->name(), "\n";
echo Tool::class, "\n";
var_dump(function_exists('App\Util\helper'), function_exists('helper'), defined('App\Util\VERSION'));
var_dump(class_exists('\App\Util\Tool'), class_exists('App\Util\Tool'));
echo get_class(new namespace\Tool), "\n";
