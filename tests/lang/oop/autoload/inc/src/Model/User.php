<?php
namespace App\Model;
echo "[loading App\\Model\\User]\n";
class User extends Base implements \App\Contract\HasName {
    const TABLE = 'users';
    public function __construct(private string $name) {}
    public function name(): string { return $this->name; }
}
