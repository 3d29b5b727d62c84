<?php
function low() { throw new InvalidArgumentException("low level"); }
function high() {
    try { low(); } catch (Exception $e) { throw new RuntimeException("high level", 0, $e); }
}
high();
