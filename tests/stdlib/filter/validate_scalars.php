<?php
function show($v) { echo var_export($v, true), "\n"; }
echo "-- int\n";
foreach (['42', ' 42 ', '-0', '+0', '0', '00', '012', '-12', '+7', '1e3', '4.0', '', ' ', '9223372036854775807', '9223372036854775808',
    '-9223372036854775808', '-9223372036854775809', 'abc', '12abc', "\n5\t", 42, 4.0, 4.5, true, false, null] as $v) {
    echo var_export($v, true), ' => '; show(filter_var($v, FILTER_VALIDATE_INT));
}
show(filter_var('0x1A', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_HEX));
show(filter_var('0X', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_HEX));
show(filter_var('0xffffffffffffffff', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_HEX));
show(filter_var('0755', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_OCTAL));
show(filter_var('0o17', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_OCTAL));
show(filter_var('089', FILTER_VALIDATE_INT, FILTER_FLAG_ALLOW_OCTAL));
show(filter_var('5', FILTER_VALIDATE_INT, ['options' => ['min_range' => 1, 'max_range' => 4]]));
show(filter_var('5', FILTER_VALIDATE_INT, ['options' => ['min_range' => 1, 'max_range' => 4, 'default' => 3]]));
show(filter_var('x', FILTER_VALIDATE_INT, ['options' => ['default' => 'dflt'], 'flags' => FILTER_NULL_ON_FAILURE]));
show(filter_var('x', FILTER_VALIDATE_INT, FILTER_NULL_ON_FAILURE));
show(filter_var('3', FILTER_VALIDATE_INT, ['options' => ['min_range' => 3]]));
echo "-- bool\n";
foreach (['1', 'true', 'On', 'YES', ' yes ', '0', 'false', 'off', 'no', '', 'maybe', '2', true, false, null, 1, 0.0] as $v) {
    echo var_export($v, true), ' => '; show(filter_var($v, FILTER_VALIDATE_BOOLEAN));
    echo '   null-on-failure => '; show(filter_var($v, FILTER_VALIDATE_BOOL, FILTER_NULL_ON_FAILURE));
}
echo "-- float\n";
foreach (['1.5', ' 1.5 ', '-1.5e3', '1e', '.5', '5.', '1,000.5', '1', '0', 'abc', '1.2.3', '', '+.5e-2', '1e400', '1e-400', '0.0', 3, 2.5, '1,000'] as $v) {
    echo var_export($v, true), ' => '; show(filter_var($v, FILTER_VALIDATE_FLOAT));
}
show(filter_var('1,000.5', FILTER_VALIDATE_FLOAT, FILTER_FLAG_ALLOW_THOUSAND));
show(filter_var('1,00.5', FILTER_VALIDATE_FLOAT, FILTER_FLAG_ALLOW_THOUSAND));
show(filter_var('1.000,5', FILTER_VALIDATE_FLOAT, ['options' => ['decimal' => ','], 'flags' => FILTER_FLAG_ALLOW_THOUSAND]));
show(filter_var('1 000,5', FILTER_VALIDATE_FLOAT, ['options' => ['decimal' => ',', 'thousand' => ' '], 'flags' => FILTER_FLAG_ALLOW_THOUSAND]));
show(filter_var('5.5', FILTER_VALIDATE_FLOAT, ['options' => ['min_range' => 1, 'max_range' => 5]]));
try { filter_var('1', FILTER_VALIDATE_FLOAT, ['options' => ['decimal' => '..']]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
try { filter_var('1', FILTER_VALIDATE_FLOAT, ['options' => ['thousand' => '']]); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
echo "-- regexp\n";
show(filter_var('abc', FILTER_VALIDATE_REGEXP, ['options' => ['regexp' => '/^a/']]));
show(filter_var('xbc', FILTER_VALIDATE_REGEXP, ['options' => ['regexp' => '/^a/']]));
try { filter_var('abc', FILTER_VALIDATE_REGEXP); } catch (ValueError $e) { echo $e->getMessage(), "\n"; }
echo "-- arrays and flags\n";
show(filter_var([1, 2], FILTER_VALIDATE_INT));
show(filter_var(['1', 'x', ['3']], FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY));
show(filter_var(['1', 'x', ['3']], FILTER_VALIDATE_INT, FILTER_FORCE_ARRAY));
show(filter_var('7', FILTER_VALIDATE_INT, FILTER_FORCE_ARRAY));
show(filter_var('7', FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY));
show(filter_var('7', FILTER_VALIDATE_INT, FILTER_REQUIRE_ARRAY | FILTER_NULL_ON_FAILURE));
show(filter_var('7', FILTER_VALIDATE_INT, ['flags' => FILTER_FORCE_ARRAY, 'options' => ['min_range' => 1]]));
show(filter_var(new stdClass, FILTER_VALIDATE_INT));
class S { function __toString(): string { return "12"; } }
show(filter_var(new S, FILTER_VALIDATE_INT));
show(filter_var('x', 9999));
show(filter_var('abc'));
show(filter_list());
show(array_map('filter_id', ['int', 'boolean', 'validate_email', 'stripped', 'nope']));
