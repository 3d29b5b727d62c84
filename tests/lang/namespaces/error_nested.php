<?php
namespace A {
    namespace B {
        echo "b\n";
    }
}
