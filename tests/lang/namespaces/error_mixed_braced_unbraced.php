<?php
namespace A;
echo "a\n";
namespace B {
    echo "b\n";
}
