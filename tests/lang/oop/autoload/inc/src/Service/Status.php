<?php
namespace App\Service;
echo "[loading App\\Service\\Status]\n";
enum Status: string { case On = 'on'; case Off = 'off'; }
