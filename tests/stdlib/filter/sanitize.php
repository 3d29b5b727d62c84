<?php
function show($v) { echo var_export($v, true), "\n"; }
$s = "a<b>&\"c'\x01\x7f\xe9`z ";
show(filter_var($s, FILTER_UNSAFE_RAW));
show(filter_var($s, FILTER_DEFAULT, FILTER_FLAG_STRIP_LOW | FILTER_FLAG_STRIP_HIGH | FILTER_FLAG_STRIP_BACKTICK));
show(filter_var($s, FILTER_UNSAFE_RAW, FILTER_FLAG_ENCODE_LOW | FILTER_FLAG_ENCODE_HIGH | FILTER_FLAG_ENCODE_AMP));
show(filter_var('', FILTER_UNSAFE_RAW, FILTER_FLAG_EMPTY_STRING_NULL));
show(filter_var($s, FILTER_SANITIZE_ENCODED));
show(filter_var($s, FILTER_SANITIZE_SPECIAL_CHARS));
show(filter_var($s, FILTER_SANITIZE_SPECIAL_CHARS, FILTER_FLAG_ENCODE_HIGH));
show(filter_var('<a href="x">T&amp;C\'s</a>', FILTER_SANITIZE_FULL_SPECIAL_CHARS));
show(filter_var('<a href="x">T&amp;C\'s</a>', FILTER_SANITIZE_FULL_SPECIAL_CHARS, FILTER_FLAG_NO_ENCODE_QUOTES));
show(filter_var('(john.doe)@exa//mple.com<>', FILTER_SANITIZE_EMAIL));
show(filter_var("http://ex ample.com/\x01päth?q=<1>", FILTER_SANITIZE_URL));
show(filter_var('abc-12+3.4e5,6', FILTER_SANITIZE_NUMBER_INT));
show(filter_var('abc-12+3.4e5,6', FILTER_SANITIZE_NUMBER_FLOAT));
show(filter_var('abc-12+3.4e5,6', FILTER_SANITIZE_NUMBER_FLOAT, FILTER_FLAG_ALLOW_FRACTION));
show(filter_var('abc-12+3.4e5,6', FILTER_SANITIZE_NUMBER_FLOAT, FILTER_FLAG_ALLOW_FRACTION | FILTER_FLAG_ALLOW_THOUSAND | FILTER_FLAG_ALLOW_SCIENTIFIC));
show(filter_var("O'Re\"il\\ly", FILTER_SANITIZE_ADD_SLASHES));
show(filter_var('hello', FILTER_CALLBACK, ['options' => 'strtoupper']));
show(filter_var(['a', ['b']], FILTER_CALLBACK, ['options' => fn($x) => "[$x]"]));
try { filter_var('x', FILTER_CALLBACK); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { filter_var('x', FILTER_CALLBACK, ['options' => 'no_such_fn']); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
echo "-- filter_var_array\n";
$data = ['id' => '42', 'email' => 'bad', 'tags' => ['1', 'x'], 'name' => '<b>N</b>', 'extra' => 'e'];
show(filter_var_array($data, [
    'id' => FILTER_VALIDATE_INT,
    'email' => ['filter' => FILTER_VALIDATE_EMAIL, 'flags' => FILTER_NULL_ON_FAILURE],
    'tags' => ['filter' => FILTER_VALIDATE_INT, 'flags' => FILTER_REQUIRE_ARRAY],
    'name' => FILTER_SANITIZE_SPECIAL_CHARS,
    'missing' => FILTER_VALIDATE_INT,
]));
show(filter_var_array($data, ['id' => FILTER_VALIDATE_INT, 'missing' => FILTER_DEFAULT], false));
show(filter_var_array(['a' => '1', 'b' => ['2']], FILTER_VALIDATE_INT));
show(filter_var_array(['a' => '1'], 9999));
try { filter_var_array(['a' => 1], [0 => FILTER_DEFAULT]); } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
try { filter_var_array(['a' => 1], ['' => FILTER_DEFAULT]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
echo "-- input (CLI)\n";
show(filter_has_var(INPUT_GET, 'x'));
show(filter_input(INPUT_GET, 'x'));
show(filter_input(INPUT_POST, 'x', FILTER_VALIDATE_INT, FILTER_NULL_ON_FAILURE));
show(filter_input(INPUT_COOKIE, 'x', FILTER_VALIDATE_INT, ['options' => ['default' => 5]]));
show(filter_input_array(INPUT_GET));
try { filter_input(99, 'x'); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
var_dump(INPUT_GET, FILTER_DEFAULT, FILTER_FLAG_GLOBAL_RANGE);
