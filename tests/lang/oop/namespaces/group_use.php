<?php
namespace Shop\Domain {
    class Cart {}
    class Item {}
    interface Priced {}
    function total() { return 42; }
    function tax() { return 7; }
    const CURRENCY = 'EUR';
}
namespace Main {
    use Shop\Domain\{Cart, Item as Line, Priced};
    use function Shop\Domain\{total, tax};
    use const Shop\Domain\{CURRENCY};
    use Shop\Domain\{Cart as C2, function total as t2, const CURRENCY as CUR};
    echo Cart::class, " ", Line::class, " ", Priced::class, "\n";
    echo total() + tax(), " ", CURRENCY, "\n";
    echo get_class(new C2), " ", t2(), " ", CUR, "\n";
}
