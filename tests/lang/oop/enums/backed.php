<?php
enum Status: int {
    case Active = 1;
    case Inactive = 0;
    case Banned = -1;
}
enum Code: string { case A = 'alpha'; case B = 'beta'; }
echo Status::Active->value, " ", Code::B->value, " ", Code::B->name, "\n";
var_dump(Status::from(0));
var_dump(Status::from('1'));
var_dump(Status::tryFrom(5));
var_dump(Code::tryFrom('alpha'));
var_dump(Code::from('beta') === Code::B);
try { Status::from(9); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { Code::from('gamma'); } catch (ValueError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
try { Status::from('x'); } catch (TypeError $e) { echo get_class($e), ": ", $e->getMessage(), "\n"; }
var_dump(Status::Active instanceof BackedEnum);
print_r(array_map(fn($c) => $c->name . '=' . $c->value, Status::cases()));
Code::from('zzz');
