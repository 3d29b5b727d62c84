<?php
// an exception's trace has the arguments of every frame at its creation, also of frames it never unwinds
function made($x) { $e = new Exception("m"); echo $e->getTraceAsString(), "\n"; return $e; }
function outer($y) { return made($y + 1); }
outer(1);
function caught($z) {
    try {
        throw new Exception("t");
    } catch (Exception $e) {
        echo $e->getTraceAsString(), "\n";
    }
}
caught('q');
