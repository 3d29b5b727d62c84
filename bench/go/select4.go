// select over 4 channels, 1,000,000 rounds: four producers each feed one unbuffered channel.
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	rounds := 1000000
	chans := make([]chan int, 4)
	for c := 0; c < 4; c++ {
		ch := make(chan int)
		chans[c] = ch
		go func(c int) {
			for i := 0; i < rounds/4; i++ {
				ch <- c
			}
		}(c)
	}
	counts := []int{0, 0, 0, 0}
	t := time.Now()
	for r := 0; r < rounds; r++ {
		select {
		case v := <-chans[0]:
			counts[v]++
		case v := <-chans[1]:
			counts[v]++
		case v := <-chans[2]:
			counts[v]++
		case v := <-chans[3]:
			counts[v]++
		}
	}
	ms := float64(time.Since(t).Nanoseconds()) / 1e6
	s := make([]string, 4)
	for i, c := range counts {
		s[i] = fmt.Sprint(c)
	}
	fmt.Printf("checksum=%s\n", strings.Join(s, ","))
	fmt.Printf("time_ms=%.2f\n", ms)
}
