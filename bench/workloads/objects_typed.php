<?php
// Objects, second set: getters/setters on private typed properties, interface dispatch over three
// classes, an array of objects whose properties are read in a loop, and a static property counter
// bumped from a static method (the patterns objects.php does not cover).
interface Priced { public function price(): int; }
final class Item implements Priced {
    private static int $created = 0;
    public function __construct(private int $qty, private int $unit, public readonly string $sku) { self::$created++; }
    public function getQty(): int { return $this->qty; }
    public function setQty(int $q): void { $this->qty = $q; }
    public function price(): int { return $this->qty * $this->unit; }
    public static function created(): int { return self::$created; }
}
final class Fee implements Priced {
    public function __construct(private int $amount) {}
    public function price(): int { return $this->amount; }
}
final class Discount implements Priced {
    public function __construct(private Priced $of, private int $pct) {}
    public function price(): int { return intdiv($this->of->price() * (100 - $this->pct), 100); }
}
class Point { public int $x = 0; public int $y = 0; }

function work() {
    $items = [];
    for ($i = 0; $i < 200; $i++) {
        $items[] = new Item($i % 5 + 1, $i % 13 + 1, "sku$i");
    }
    $total = 0;
    for ($r = 0; $r < 5000; $r++) {
        foreach ($items as $it) {
            $it->setQty($it->getQty() % 7 + 1);
            $total += $it->getQty();
        }
    }
    $priced = [new Item(2, 3, "a"), new Fee(5), new Discount(new Fee(200), 10), new Item(1, 9, "b"), new Fee(1)];
    for ($i = 0; $i < 1000000; $i++) {
        $total += $priced[$i % 5]->price();
    }
    $points = [];
    for ($i = 0; $i < 1000; $i++) {
        $p = new Point();
        $p->x = $i;
        $p->y = $i * 2;
        $points[] = $p;
    }
    for ($r = 0; $r < 500; $r++) {
        foreach ($points as $p) {
            $total += $p->x - $p->y;
        }
    }
    return $total + Item::created();
}

work(); // warm-up
$t = hrtime(true);
$c = work();
$ms = (hrtime(true) - $t) / 1e6;
echo "checksum=$c\n";
printf("time_ms=%.2f\n", $ms);
