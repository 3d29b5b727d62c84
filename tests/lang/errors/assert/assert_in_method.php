<?php
class Account {
    private int $balance = 0;
    public function withdraw(int $n): void {
        assert($n > 0, 'amount must be positive');
        assert($this->balance >= $n);
        $this->balance -= $n;
    }
}
$a = new Account;
try { $a->withdraw(-1); } catch (AssertionError $e) { echo $e->getMessage(), "\n"; }
$a->withdraw(5);
