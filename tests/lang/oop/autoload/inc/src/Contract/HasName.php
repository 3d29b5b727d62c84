<?php
namespace App\Contract;
echo "[loading App\\Contract\\HasName]\n";
interface HasName { public function name(): string; }
