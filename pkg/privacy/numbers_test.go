package privacy

import (
	"strings"
	"testing"

	"github.com/staffnote/follow/pkg/textfold"
)

// Valid My Numbers, computed by hand from the ordinance's formula (see ValidMyNumber):
// 123456789018: Σ = 1·2+0·3+9·4+8·5+7·6+6·7+5·2+4·3+3·4+2·5+1·6 = 212, 212 mod 11 = 3, 11-3 = 8.
var validMyNumbers = []string{
	"123456789018",
	"987654321093",
	"314159265352",
	"111111111118",
	"876543210989",
	"000000000019", // Σ = 2, remainder 2, check 9
	"202612051234",
}

func TestMyNumberCheckDigit(t *testing.T) {
	for _, n := range validMyNumbers {
		if !ValidMyNumber(n) {
			t.Errorf("ValidMyNumber(%s) = false", n)
		}
		// Exactly one check digit fits any eleven digits.
		ok := 0
		for d := '0'; d <= '9'; d++ {
			if ValidMyNumber(n[:11] + string(d)) {
				ok++
			}
		}
		if ok != 1 {
			t.Errorf("%s: %d check digits pass", n[:11], ok)
		}
	}
	for _, n := range []string{"123456789012", "123456789019", "987654321090", "12345678901", "1234567890180", "12345678901a", "１２３４５６７８９０１８", ""} {
		if ValidMyNumber(n) {
			t.Errorf("ValidMyNumber(%q) = true", n)
		}
	}
	// Remainders 0 and 1 give check digit 0.
	for _, p := range []string{"00000000000", "00000000014", "00000000006"} { // Σ = 0; 4·2+1·3 = 11 → 0; 6·2 = 12 → 1
		if got := MyNumberCheckDigit(p); got != 0 {
			t.Errorf("MyNumberCheckDigit(%s) = %d, want 0", p, got)
		}
	}
	if MyNumberCheckDigit("0000000006x") != -1 || MyNumberCheckDigit("1") != -1 {
		t.Error("MyNumberCheckDigit accepts bad input")
	}
}

func TestLuhnAndBrand(t *testing.T) {
	tests := []struct{ n, brand string }{
		{"4111111111111111", "Visa"},
		{"4222222222222", "Visa"},
		{"5555555555554444", "Mastercard"},
		{"5105105105105100", "Mastercard"},
		{"2223003122003222", "Mastercard"},
		{"378282246310005", "American Express"},
		{"371449635398431", "American Express"},
		{"3530111333300000", "JCB"},
		{"3566002020360505", "JCB"},
		{"6011111111111117", "Discover"},
		{"30569309025904", "Diners Club"},
		{"38520000023237", "Diners Club"},
	}
	for _, tt := range tests {
		if !Luhn(tt.n) {
			t.Errorf("Luhn(%s) = false", tt.n)
		}
		if got := CardBrand(tt.n); got != tt.brand {
			t.Errorf("CardBrand(%s) = %q, want %q", tt.n, got, tt.brand)
		}
	}
	for _, n := range []string{"4111111111111112", "5555555555554445", "378282246310006", ""} {
		if Luhn(n) {
			t.Errorf("Luhn(%q) = true", n)
		}
	}
	// Luhn-valid but no known brand, or the wrong length for the brand.
	for _, n := range []string{"1234567812345670", "6200000000000005", "411111111111111111", "37828224631000", "0000000000000000"} {
		if CardBrand(n) != "" && Luhn(n) {
			t.Errorf("%s taken for a card (%s)", n, CardBrand(n))
		}
	}
}

func TestMask(t *testing.T) {
	tests := []struct{ got, want string }{
		{MaskMyNumber("123456789018"), "****-****-9018"},
		{MaskCard("4111111111111111"), "4111 **** **** 1111"},
		{MaskCard("378282246310005"), "3782 **** *** 0005"},
		{MaskCard("4222222222222"), "4222 **** * 2222"},
		{MaskCard("3530111333300000123"), "3530 **** **** *** 0123"},
		{MaskCard("123"), "***"},
		{MaskMyNumber("12"), "**"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("mask = %q, want %q", tt.got, tt.want)
		}
	}
}

// numbers runs the number scanner on one line and renders its hits as "kind:digits".
func numbers(line string) []string {
	var out []string
	for _, h := range scanNumbers(textfold.Runes(line)) {
		out = append(out, string(h.kind)+":"+h.digits)
	}
	return out
}

func TestScanNumbers(t *testing.T) {
	const mn, card = "privacy-mynumber:", "privacy-card:"
	tests := []struct {
		line string
		want []string
	}{
		// My Number, in every spelling.
		{"123456789018", []string{mn + "123456789018"}},
		{"個人番号123456789018です", []string{mn + "123456789018"}},
		{"1234 5678 9018", []string{mn + "123456789018"}},
		{"1234-5678-9018", []string{mn + "123456789018"}},
		{"１２３４５６７８９０１８", []string{mn + "123456789018"}},
		{"１２３４－５６７８－９０１８", []string{mn + "123456789018"}},
		{"１２３４　５６７８　９０１８", []string{mn + "123456789018"}},
		{"1234ー5678ー9018", []string{mn + "123456789018"}},
		{"番号: 9876-5432-1093。", []string{mn + "987654321093"}},
		{"(123456789018)", []string{mn + "123456789018"}},
		{"2026-12-05 1234 5678 9018", []string{mn + "123456789018"}},
		{"12 1234-5678-9018", []string{mn + "123456789018"}},
		{"1234-5678-9018 2026-12-05", []string{mn + "123456789018"}},
		{"123456789018 と 987654321093", []string{mn + "123456789018", mn + "987654321093"}},
		// Not a My Number.
		{"123456789012", nil},                         // wrong check digit
		{"1234 5678 9012", nil},                       // wrong check digit
		{"1123456789018", nil},                        // 13 digits
		{"1234567890180", nil},                        // 13 digits
		{"12345678901800000", nil},                    // longer run
		{"1 1234 5678 9018", nil},                     // part of a longer spaced number
		{"1234 5678 9018 0000", nil},                  // part of a longer spaced number
		{"12-123456789018", nil},                      // hyphenated code
		{"1.123456789018", nil},                       // decimal
		{"123456789018.5", nil},                       // decimal
		{"1,234,567,890,18", nil},                     // thousands
		{"ID123456789018", nil},                       // identifier
		{"123456789018abc", nil},                      // identifier
		{"a1b2c3123456789018ff", nil},                 // hash
		{"550e8400-e29b-41d4-a716-123456789018", nil}, // UUID tail
		{"+819012345678", nil},                        // phone with country code
		{"+81 9012 3456 78", nil},                     // phone
		{"202612051234", nil},                         // YYYYMMDDhhmm timestamp
		{"000000000000", nil},                         // placeholder
		{"0000-0000-0000", nil},                       // placeholder
		{"12345 678 9018", nil},                       // not 4-4-4
		{"1234  5678  9018", nil},                     // two spaces: not one number
		{"1234\t5678\t9018", nil},                     // tabs: table cells
		{"1234-5678 9018", nil},                       // mixed separators
		{"2026-12-05", nil},                           // date
		{"２０２６－１２－０５", nil},                           // date, full width
		{"2026/12/05 12:30", nil},                     // date and time
		{"20261205", nil},                             // compact date
		{"090-1234-5678", nil},                        // mobile phone
		{"09012345678", nil},                          // mobile phone
		{"03-1234-5678", nil},                         // landline
		{"0120-123-456", nil},                         // toll free
		{"〒100-0001", nil},                            // postcode
		// Cards.
		{"4111 1111 1111 1111", []string{card + "4111111111111111"}},
		{"4111-1111-1111-1111", []string{card + "4111111111111111"}},
		{"4111111111111111", []string{card + "4111111111111111"}},
		{"４１１１　１１１１　１１１１　１１１１", []string{card + "4111111111111111"}},
		{"４１１１－１１１１－１１１１－１１１１", []string{card + "4111111111111111"}},
		{"カード5555555555554444で", []string{card + "5555555555554444"}},
		{"3782 822463 10005", []string{card + "378282246310005"}},
		{"378282246310005", []string{card + "378282246310005"}},
		{"3530 1113 3330 0000", []string{card + "3530111333300000"}},
		{"6011-1111-1111-1117", []string{card + "6011111111111117"}},
		{"3056 930902 5904", []string{card + "30569309025904"}},
		{"2026-12-05 4111 1111 1111 1111", []string{card + "4111111111111111"}},
		{"4111 1111 1111 1111 と 123456789018", []string{card + "4111111111111111", mn + "123456789018"}},
		// Not cards.
		{"4111 1111 1111 1112", nil},     // Luhn fails
		{"4111111111111112", nil},        // Luhn fails
		{"1234567812345670", nil},        // Luhn passes, no brand
		{"1234 5678 1234 5670", nil},     // Luhn passes, no brand
		{"41111111111111110", nil},       // Visa prefix, 17 digits
		{"14111111111111111", nil},       // longer run
		{"4111 1111 1111 1111 1", nil},   // part of a longer spaced number (20 digits)
		{"4111.1111.1111.1111", nil},     // dots glue
		{"4111111111111111x", nil},       // identifier
		{"+4111111111111111", nil},       // after '+'
		{"41 11 11 11 11 11 11 11", nil}, // pairs are not a card grouping
		{"4111\u00a01111\u00a01111\u00a01111", []string{card + "4111111111111111"}},
	}
	for _, tt := range tests {
		got := numbers(tt.line)
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("%q: got %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestNumberNeverBoth(t *testing.T) {
	// Every valid My Number written every way is reported once, as a My Number only.
	for _, n := range validMyNumbers {
		if n == "202612051234" {
			continue // a timestamp when written in one run
		}
		for _, line := range []string{n, n[:4] + " " + n[4:8] + " " + n[8:], n[:4] + "-" + n[4:8] + "-" + n[8:]} {
			got := numbers(line)
			if len(got) != 1 || got[0] != "privacy-mynumber:"+n {
				t.Errorf("%q: %v", line, got)
			}
		}
	}
	// 202612051234 grouped 4-4-4 is no timestamp.
	if got := numbers("2026 1205 1234"); len(got) != 1 {
		t.Errorf("2026 1205 1234: %v", got)
	}
}
