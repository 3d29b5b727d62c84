<?php
// Bad input: the constructor's "Failed to parse time string" exceptions, modify()'s warning and false, createFromFormat()'s false and getLastErrors(), type errors, bad zones and intervals.
foreach (['invalid', '2024-01-15 foo', 'foo bar', '2024-01-15 10:00 11:00', '+', '10:00 Mars/Olympus', '2024-01-15 !'] as $s) {
    try {
        new DateTime($s);
        echo "ok $s\n";
    } catch (Exception $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
    var_dump(date_create($s), strtotime($s));
}
$d = new DateTime('2024-01-15');
var_dump($d->modify('blah'));
echo $d->format('Y-m-d'), "\n";
var_dump(DateTime::getLastErrors());
new DateTime('2024-01-15');
var_dump(DateTime::getLastErrors());
var_dump(DateTime::createFromFormat('Y-m-d', '2024-01-15 10:00'));
var_dump(DateTime::getLastErrors());
var_dump(DateTime::createFromFormat('Y-m-d H:i', '2024-01-15'));
var_dump(DateTime::createFromFormat('d/m/Y', '15-01-2024'));
var_dump(DateTimeImmutable::createFromFormat('H:i', 'ab:cd'));
try {
    new DateTimeZone('Foo/Bar');
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
var_dump(@timezone_open('Nowhere'));
try {
    new DateInterval('P1X');
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    new DateInterval('xx');
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    new DateTime('now', 'UTC');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    $d->diff('2024-01-01');
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    date_add(new DateTimeImmutable(), new DateInterval('P1D'));
} catch (TypeError $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
try {
    new DatePeriod(new DateTime('2024-01-01'), new DateInterval('P1D'), 0);
} catch (Exception $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
class Lazy extends DateTime { public function __construct() {} }
try {
    (new Lazy())->format('Y');
} catch (Error $e) {
    echo get_class($e), ': ', $e->getMessage(), "\n";
}
