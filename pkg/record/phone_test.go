package record

import "testing"

func TestIsPhone(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"03-0000-1234", true},
		{"0300001234", true},
		{"(03) 0000-1234", true},
		{"06-0000-5678 内線 204", true},
		{"06-0000-5678（内線204）", true},
		{"０３－００００－１２３４", true}, // typed with an IME
		{"03ー0000ー1234", true},
		{"+81 3 0000 1234 ext. 12", true},
		{"0120-000-000", true},
		{"", false},
		{"12345", false},                    // too short
		{"4111 1111 1111 1111 2222", false}, // too long
		{"03-0000-1234 内線", false},          // an extension without its number
		{"03-0000-1234 内線 二〇四", false},
		{"中野さん直通", false},
		{"03+0000", false},
		{"tel 03-0000-1234", false},
	} {
		if got := IsPhone(tc.in); got != tc.want {
			t.Errorf("IsPhone(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}
