package record

import (
	"errors"
	"fmt"
	"strings"
)

// ValidID checks a staff ID: ASCII letters, digits, '-', '_' and '.', starting with a letter
// or digit, at most 64 characters. Anything else could name a path outside the records
// directory or a file some system cannot hold.
func ValidID(id string) error {
	if id == "" {
		return errors.New("staff ID is empty")
	}
	if len(id) > 64 {
		return fmt.Errorf("staff ID %q is longer than 64 characters", id)
	}
	for i, c := range id {
		ok := c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.'
		if !ok {
			return fmt.Errorf("staff ID %q may only hold ASCII letters, digits, '-', '_' and '.' (found %q)", id, c)
		}
		if i == 0 && (c == '.' || c == '-' || c == '_') {
			return fmt.Errorf("staff ID %q must start with a letter or a digit", id)
		}
	}
	if strings.HasSuffix(strings.ToLower(id), ".md") {
		return fmt.Errorf("staff ID %q: give the ID without .md", id)
	}
	base := strings.ToUpper(strings.SplitN(id, ".", 2)[0])
	switch base {
	case "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
		"LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9":
		return fmt.Errorf("staff ID %q is a reserved device name on Windows", id)
	}
	return nil
}
