<?php
namespace App\Models;
use Other\Thing;
use Other\Lib as L;
echo User::class, "\n";
echo \User::class, "\n";
echo Thing::class, "\n";
echo L\Item::class, "\n";
echo namespace\Post::class, "\n";
echo Sub\Comment::class, "\n";
echo L::class, "\n";
