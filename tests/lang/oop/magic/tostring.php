<?php
class Name {
    public function __construct(private string $n) {}
    public function __toString(): string { return $this->n; }
}
$n = new Name('ann');
echo $n, "\n";
echo "hello $n!\n";
echo 'x' . $n . 'y', "\n";
$s = (string) $n;
var_dump($s);
var_dump($n instanceof Stringable);
var_dump($n == 'ann', 'ann' === (string) $n, $n < 'bob');
echo strlen($n), " ", strtoupper($n), "\n";
var_dump(in_array('ann', [$n]));
$arr = [(string) $n => 1];
print_r($arr);
echo str_repeat($n, 2), "\n";
printf("%s|%5s\n", $n, $n);
echo implode(',', [$n, new Name('bo')]), "\n";
class Plain {}
echo new Plain;
