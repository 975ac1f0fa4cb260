package render

import (
	"bufio"
	"io"
	"strconv"
	"unicode/utf8"

	"github.com/staffnote/follow/pkg/dates"
	"github.com/staffnote/follow/pkg/schedule"
)

// DueJSON writes items as WriteJSON writes a []schedule.Item (indented by two spaces, no
// HTML escaping, a newline at the end: the same bytes, TestDueJSONMatchesEncoding proves
// it), one item at a time through one buffer, without reflection.
func DueJSON(w io.Writer, items DueItems) error {
	bw := bufio.NewWriterSize(w, dueBufSize)
	n := items.Len()
	if n == 0 {
		bw.WriteString("[]\n")
		return bw.Flush()
	}
	buf := make([]byte, 0, 2048)
	bw.WriteString("[\n")
	for i := range n {
		it := items.Item(i)
		buf = appendDueJSON(buf[:0], &it)
		if i < n-1 {
			buf = append(buf, ',')
		}
		buf = append(buf, '\n')
		if _, err := bw.Write(buf); err != nil {
			return err
		}
	}
	bw.WriteString("]\n")
	return bw.Flush()
}

// appendDueJSON appends one item as encoding/json writes it inside an indented array.
func appendDueJSON(b []byte, it *schedule.Item) []byte {
	b = append(b, "  {\n    \"date\": "...)
	if it.Date == 0 {
		b = append(b, "null"...)
	} else {
		b = append(b, '"')
		b = append(b, it.Date.String()...)
		b = append(b, '"')
	}
	b = jsonField(b, "staff", it.Staff)
	b = jsonField(b, "name", it.Name)
	b = jsonField(b, "kind", it.Kind)
	b = jsonField(b, "who", it.Who)
	b = jsonField(b, "role", it.Role)
	b = jsonField(b, "what", it.What)
	b = jsonField(b, "code", it.Code)
	b = jsonField(b, "ref", it.Ref)
	b = append(b, ",\n    \"overdue\": "...)
	b = strconv.AppendBool(b, it.Overdue)
	b = append(b, ",\n    \"days\": "...)
	b = strconv.AppendInt(b, int64(it.Days), 10)
	b = jsonField(b, "owner", it.Owner)
	b = jsonField(b, "manager", it.Manager)
	b = jsonField(b, "client", it.Client)
	b = jsonField(b, "site", it.Site)
	b = jsonField(b, "supervisor", it.Supervisor)
	b = jsonField(b, "site_phone", it.SitePhone)
	if it.At != nil {
		b = appendAtJSON(b, it.At)
	}
	b = jsonField(b, "file", it.File)
	b = append(b, ",\n    \"line\": "...)
	b = strconv.AppendInt(b, int64(it.Line), 10)
	if it.Ending != 0 {
		b = jsonField(b, "ending", it.Ending.String())
	}
	if it.DueWas != 0 {
		b = jsonField(b, "due_was", it.DueWas.String())
	}
	return append(b, "\n  }"...)
}

// appendAtJSON appends the field "at": the time and place of the next appointment, as
// encoding/json writes a dates.Appointment inside an item.
func appendAtJSON(b []byte, a *dates.Appointment) []byte {
	b = append(b, ",\n    \"at\": {"...)
	sep := "\n      \""
	for _, kv := range [...][2]string{{"time", a.Time}, {"end", a.End}, {"place", a.Place}} {
		if kv[1] == "" {
			continue
		}
		b = append(b, sep...)
		b = append(b, kv[0]...)
		b = append(b, "\": "...)
		b = appendJSONString(b, kv[1])
		sep = ",\n      \""
	}
	if sep != "\n      \"" {
		b = append(b, "\n    "...)
	}
	return append(b, '}')
}

func jsonField(b []byte, name, value string) []byte {
	b = append(b, ",\n    \""...)
	b = append(b, name...)
	b = append(b, "\": "...)
	return appendJSONString(b, value)
}

const lowerHex = "0123456789abcdef"

// appendJSONString appends s as a JSON string the way encoding/json does with HTML
// escaping off: ", \ and control characters escaped (\b \f \n \r \t, else \u00XX), invalid
// UTF-8 as \ufffd, U+2028 and U+2029 escaped, everything else as it is.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', lowerHex[c>>4], lowerHex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', lowerHex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
