<?php
namespace One;
function who() { return __NAMESPACE__; }
const N = 1;
namespace Two;
function who() { return __NAMESPACE__; }
const N = 2;
echo who(), " ", \One\who(), "\n";
echo N, " ", \One\N, " ", \Two\N, "\n";
