<?php
// Float arithmetic: points of a 500 x 500 grid inside the Mandelbrot set (up to 100 iterations).
function work() {
    $size = 500;
    $inside = 0;
    for ($y = 0; $y < $size; $y++) {
        $ci = 2.0 * $y / $size - 1.0;
        for ($x = 0; $x < $size; $x++) {
            $cr = 2.5 * $x / $size - 2.0;
            $zr = 0.0;
            $zi = 0.0;
            $i = 0;
            while ($i < 100 && $zr * $zr + $zi * $zi <= 4.0) {
                $t = $zr * $zr - $zi * $zi + $cr;
                $zi = 2.0 * $zr * $zi + $ci;
                $zr = $t;
                $i++;
            }
            if ($i == 100) {
                $inside++;
            }
        }
    }
    return $inside;
}

work(); // warm-up
$t = hrtime(true);
$c = work();
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$c\n";
printf("time_ms=%.2f\n", $ms);
