<?php
function viaInclude() {
    return include 'inc/thrower.inc';
}
viaInclude();
