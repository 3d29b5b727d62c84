// Unbuffered ping-pong: 1,000,000 messages between two goroutines.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	n := 1000000
	ping := make(chan int)
	pong := make(chan int)
	sum := 0
	var wg sync.WaitGroup
	wg.Add(2)
	t := time.Now()
	go func() {
		for i := 0; i < n; i++ {
			pong <- (<-ping) + 1
		}
		wg.Done()
	}()
	go func() {
		for i := 0; i < n; i++ {
			ping <- i
			sum += <-pong
		}
		wg.Done()
	}()
	wg.Wait()
	fmt.Printf("checksum=%d\n", sum)
	fmt.Printf("time_ms=%.2f\n", float64(time.Since(t).Nanoseconds())/1e6)
}
