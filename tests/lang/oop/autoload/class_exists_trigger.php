<?php
spl_autoload_register(function ($c) {
    echo "autoload($c)\n";
    if ($c === 'Lazy') { eval('class Lazy {}'); }
});
var_dump(class_exists('Lazy', false));
var_dump(class_exists('Lazy'));
var_dump(class_exists('Lazy'));
var_dump(class_exists('Other'));
var_dump(interface_exists('SomeIface'));
var_dump(interface_exists('SomeIface2', false));
var_dump(enum_exists('SomeEnum'));
var_dump(trait_exists('SomeTrait'));
var_dump(method_exists('Ghost', 'm'));
var_dump(is_a('Ghost2', 'Lazy', true));
var_dump(is_subclass_of('Ghost3', 'Lazy'));
var_dump(get_parent_class('Lazy'));
