// Buffered producer/consumer: 10,000,000 messages through a channel of capacity 128.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	n := 10000000
	ch := make(chan int, 128)
	sum := 0
	var wg sync.WaitGroup
	wg.Add(2)
	t := time.Now()
	go func() {
		for i := 0; i < n; i++ {
			ch <- i
		}
		close(ch)
		wg.Done()
	}()
	go func() {
		for v := range ch {
			sum += v & 1023
		}
		wg.Done()
	}()
	wg.Wait()
	fmt.Printf("checksum=%d\n", sum)
	fmt.Printf("time_ms=%.2f\n", float64(time.Since(t).Nanoseconds())/1e6)
}
