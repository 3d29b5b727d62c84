<?php
var_dump(ini_get('zend.assertions'), ini_get('assert.exception'));
var_dump(ini_set('zend.assertions', '-1'));
var_dump(ini_get('zend.assertions'));
var_dump(ini_set('zend.assertions', 0));
var_dump(ini_get('zend.assertions'));
