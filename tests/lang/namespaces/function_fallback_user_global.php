<?php
namespace {
    function helper() { return "global helper"; }
}
namespace App {
    echo helper(), "\n";
    function run() { return helper(); }
    echo run(), "\n";
}
namespace App {
    function helper() { return "App helper"; }
    echo helper(), " / ", \helper(), "\n";
}
