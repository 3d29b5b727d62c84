<?php
namespace First;
class Thing { const WHO = __NAMESPACE__; }
function who() { return __FUNCTION__; }
echo Thing::WHO, " ", who(), "\n";
namespace Second;
class Thing { const WHO = __NAMESPACE__; }
function who() { return __FUNCTION__; }
echo Thing::WHO, " ", who(), " ", \First\who(), "\n";
echo \First\Thing::WHO, "\n";
