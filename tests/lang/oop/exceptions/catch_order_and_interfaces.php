<?php
interface Retryable {}
class NetErr extends RuntimeException implements Retryable {}
function attempt($n) {
    try {
        throw $n % 2 ? new NetErr("net $n") : new RuntimeException("rt $n");
    } catch (Retryable $r) {
        return "retry: " . $r->getMessage();
    } catch (Exception $e) {
        return "fail: " . $e->getMessage();
    }
}
echo attempt(1), "\n", attempt(2), "\n";
try {
    throw new Error("an error");
} catch (Exception $e) {
    echo "not here\n";
} catch (Throwable $t) {
    echo "Throwable catches ", get_class($t), "\n";
}
try { throw new Exception("x"); } catch (\Exception) { echo "fq name ok\n"; }
try { throw new Exception("x"); } catch (NoSuchClass | Exception $e) { echo "unknown class in catch ok\n"; }
