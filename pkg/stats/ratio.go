package stats

import (
	"encoding/json"
	"strconv"
)

// Ratio is a rate shown with its counts: N out of D. A ratio whose denominator is under the
// minimum group size is marked TooSmall: it is shown, with its counts, but not judged.
type Ratio struct {
	N        int
	D        int
	TooSmall bool
}

// Rate returns N/D, and false when D is 0.
func (r Ratio) Rate() (float64, bool) {
	if r.D == 0 {
		return 0, false
	}
	return float64(r.N) / float64(r.D), true
}

// Percent returns N/D as a whole percent, rounded half up, except that a ratio that is
// not all (N < D) is never shown as 100% and one that is not none (N > 0) never as 0%:
// 199/200 is 99%, 1/300 is 1%. It returns false when D is 0.
func (r Ratio) Percent() (int, bool) {
	if r.D <= 0 {
		return 0, false
	}
	p := (200*r.N + r.D) / (2 * r.D)
	if p >= 100 && r.N < r.D {
		p = 99
	}
	if p <= 0 && r.N > 0 {
		p = 1
	}
	return p, true
}

// Counts is "N/D".
func (r Ratio) Counts() string { return strconv.Itoa(r.N) + "/" + strconv.Itoa(r.D) }

// String is "N/D = P%", or "0/0" when there is nothing to count. It does not say whether
// the ratio is too small; callers add that in the reader's language.
func (r Ratio) String() string {
	p, ok := r.Percent()
	if !ok {
		return r.Counts()
	}
	return r.Counts() + " = " + strconv.Itoa(p) + "%"
}

// ratioJSON is the stable JSON shape of a Ratio.
type ratioJSON struct {
	N        int      `json:"n"`
	D        int      `json:"d"`
	Rate     *float64 `json:"rate"`
	Percent  *int     `json:"percent"`
	Text     string   `json:"text"`
	TooSmall bool     `json:"too_small"`
}

// MarshalJSON writes {"n", "d", "rate", "percent", "text", "too_small"}; rate and percent
// are null when d is 0.
func (r Ratio) MarshalJSON() ([]byte, error) {
	v := ratioJSON{N: r.N, D: r.D, Text: r.String(), TooSmall: r.TooSmall}
	if rate, ok := r.Rate(); ok {
		v.Rate = &rate
	}
	if p, ok := r.Percent(); ok {
		v.Percent = &p
	}
	return json.Marshal(v)
}

// UnmarshalJSON reads what MarshalJSON writes (for tools and tests comparing outputs).
func (r *Ratio) UnmarshalJSON(b []byte) error {
	var v ratioJSON
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	*r = Ratio{N: v.N, D: v.D, TooSmall: v.TooSmall}
	return nil
}
