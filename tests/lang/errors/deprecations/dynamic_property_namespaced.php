<?php
namespace App\Model;
class User {}
$u = new User;
$u->name = "bob";
$arr = ['k' => 'v'];
$o = new User;
$o->{'dyn' . 1} = 1;
