package privacy_test

import (
	"fmt"

	"github.com/staffnote/follow/pkg/privacy"
)

func ExampleScan() {
	src := []byte("---\nname: 佐藤\n---\n## 2026-04-01 visit\n通院のため早退。番号 1234-5678-9018\nカード 4111 1111 1111 1111 <!-- follow:allow privacy-card -->\n")
	for _, h := range privacy.Scan(src, privacy.Options{Extra: []string{"社外秘"}}) {
		fmt.Println(h.Line, h.Column, h.Kind, h.Match, h.Category)
	}
	// Output:
	// 5 1 privacy-sensitive 通院 medical
	// 5 12 privacy-mynumber ****-****-9018
}
