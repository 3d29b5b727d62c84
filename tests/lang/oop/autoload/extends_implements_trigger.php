<?php
spl_autoload_register(function ($c) {
    echo "autoload($c)\n";
    switch ($c) {
        case 'ParentCls': eval('class ParentCls { function hi() { return "hi from parent"; } }'); break;
        case 'Iface': eval('interface Iface { const X = "iface const"; }'); break;
        case 'Tr': eval('trait Tr { function tr() { return "trait"; } }'); break;
    }
});
echo "declaring Child\n";
class Child extends ParentCls implements Iface { use Tr; }
echo "declared\n";
$c = new Child;
echo $c->hi(), " ", Child::X, " ", $c->tr(), "\n";
