<?php
namespace {
    const G = "g";
    function gf() { return G . "f"; }
    echo gf(), " ", __NAMESPACE__, "|\n";
}
