<?php
class Calc {
    public static function half(float $n): float { return $n / 2; }
}
echo Calc::half("8"), "\n";
echo Calc::half("eight"), "\n";
