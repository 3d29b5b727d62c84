<?php
interface I {} trait T {} class A implements I { use T; } abstract class B extends A {} enum E {}
$c = get_declared_classes(); var_dump(array_slice($c, -3));
var_dump(in_array('stdClass', $c), in_array('Exception', $c), in_array('I', $c), in_array('T', $c), in_array('E', $c));
$i = get_declared_interfaces(); var_dump(in_array('I', $i), in_array('Traversable', $i), in_array('A', $i), array_slice($i, -1));
var_dump(get_declared_traits());
class Later {}
var_dump(array_slice(get_declared_classes(), -1));
var_dump(class_alias('A', 'AA'), new AA instanceof A, get_class(new AA), class_exists('aa'));
var_dump(class_alias('A', 'AA'));
var_dump(class_alias('B', 'Later'));
var_dump(class_alias('I', 'E'));
var_dump(class_alias('Nope', 'X'));
var_dump(class_alias('I', 'II'), interface_exists('II'), new A instanceof II);
try { class_alias('stdClass', 'S2'); } catch (Error $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
var_dump(extension_loaded('standard'), extension_loaded('Core'), extension_loaded('json'), extension_loaded('mbstring'), extension_loaded('SPL'), extension_loaded('spl'), extension_loaded('PCRE'), extension_loaded('xdebug'));
print_r(array_values(array_intersect(get_loaded_extensions(), ['Core', 'json', 'standard', 'SPL', 'pcre', 'Reflection', 'filter', 'hash'])));
print_r(get_loaded_extensions(true));
var_dump(zend_version());
$fs = get_extension_funcs('json'); sort($fs); print_r($fs);
$fs = get_extension_funcs('JSON'); var_dump(count($fs));
var_dump(get_extension_funcs('nope'), in_array('strlen', get_extension_funcs('zend')), in_array('strlen', get_extension_funcs('core')));
var_dump(in_array('preg_match', get_extension_funcs('pcre')), in_array('str_replace', get_extension_funcs('standard')));
$f = fopen('php://memory', 'r'); var_dump(get_resource_type($f), get_resource_id($f) === (int)$f); fclose($f); var_dump(get_resource_type($f));
try { get_resource_type(1); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { get_resource_id("x"); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
var_dump(array_keys(gc_status()), gc_status()["runs"], gc_status()["threshold"]);
$inc = get_included_files(); var_dump(count($inc), basename($inc[0]), get_required_files() === $inc, $inc[0] === __FILE__);
define('MYC', 1);
define('MYD', [1]);
const MYE = 'e';
$dc = get_defined_constants(); var_dump($dc['MYC'], $dc['E_ALL'], $dc['PHP_EOL'], $dc['PHP_INT_MAX'], array_slice($dc, -3));
$dc = get_defined_constants(true); var_dump($dc['user'], isset($dc['Core']), isset($dc['standard']), $dc['Core']['E_ALL'], $dc['pcre']['PREG_SPLIT_NO_EMPTY']);
var_dump(array_key_last($dc));
$df = get_defined_functions(); function myfn() {} function Other_Fn() {}
var_dump(array_keys($df), $df['user'], in_array('strlen', $df['internal']), in_array('array_map', $df['internal']), in_array('myfn', $df['internal']));
var_dump(get_defined_functions(false)['user']);
if (true) { function cond_fn() {} }
var_dump(get_defined_functions()['user']);
$f = 'get_declared_traits'; var_dump($f());
