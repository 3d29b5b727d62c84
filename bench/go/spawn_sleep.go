// 1,000,000 goroutines that each sleep 1 s and exit; main waits for all of them.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	n := 1000000
	var done int64
	var wg sync.WaitGroup
	t := time.Now()
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			time.Sleep(time.Second)
			atomic.AddInt64(&done, 1)
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Printf("checksum=%d\n", done)
	fmt.Printf("time_ms=%.2f\n", float64(time.Since(t).Nanoseconds())/1e6)
}
