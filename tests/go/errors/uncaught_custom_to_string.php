<?php
// An exception class with its own __toString(): php prints what it returns.
class Custom extends Exception
{
    public function __toString(): string
    {
        return 'Custom(' . $this->getMessage() . ')';
    }
}

go(function () {
    throw new Custom('detail');
});
go\Scheduler::join();
echo "main ends\n";
