package generic

import (
	"encoding/json"
	"html"
	"regexp"
	"strings"

	"github.com/pubindex/pubindex/index/pub"
)

// jsonRecord is what a page saved as a site's JSON record (a WordPress
// post from its API, a catalogue's record) says of itself.
type jsonRecord struct {
	title   string
	date    pub.Date
	authors []string
}

// jsonRecordBytes bounds the stretch of a record read for its fields.
const jsonRecordBytes = 8000

// readJSONRecord reads the top-level title (plain or WordPress's
// {"rendered": …}), date and authors of a JSON record opening the page; a
// record cut short still gives the fields before the cut. Fields nested in
// other objects ("journal": {"title": …}) are not the page's.
func readJSONRecord(first string) jsonRecord {
	var rec jsonRecord
	if !strings.HasPrefix(first, `{"`) {
		return rec
	}
	fs := topLevelFields(first[:min(len(first), jsonRecordBytes)])
	raw := fs["title"]
	if strings.HasPrefix(raw, "{") {
		raw = topLevelFields(raw)["rendered"]
	}
	if t := jsonString(raw); t != "" {
		t = strings.Join(strings.Fields(html.UnescapeString(tagRe.ReplaceAllString(t, ""))), " ")
		if hasLetters(t, 3) {
			rec.title = t
		}
	}
	if d := jsonString(fs["date"]); len(d) >= 10 && isoDayRe.MatchString(d[:10]) {
		rec.date, _ = findDate(d[:10])
	}
	for _, k := range []string{"authors", "author"} {
		if a := jsonString(fs[k]); a != "" {
			rec.authors = splitNames(html.UnescapeString(a))
			break
		}
	}
	return rec
}

var (
	tagRe    = regexp.MustCompile(`<[^>]*>`)
	isoDayRe = regexp.MustCompile(`^(?:19|20)\d\d-\d\d-\d\d$`)
)

// jsonString decodes raw, a JSON string with its quotes; "" when raw is
// no whole string (another kind of value, or cut short).
func jsonString(raw string) string {
	if !strings.HasPrefix(raw, `"`) {
		return ""
	}
	var s string
	if json.Unmarshal([]byte(raw), &s) != nil {
		return ""
	}
	return s
}

// topLevelFields maps each key of the object that opens s to its value's
// raw text, reading only the object's own level and stopping where s is
// cut short; a value cut short is kept as far as it goes.
func topLevelFields(s string) map[string]string {
	out := map[string]string{}
	depth, inStr, esc := 0, false, false
	keyStart, key, valStart := -1, "", -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if inStr {
			switch {
			case esc:
				esc = false
			case c == '\\':
				esc = true
			case c == '"':
				inStr = false
				if depth == 1 && keyStart >= 0 && valStart < 0 {
					key = s[keyStart+1 : i] // a key's text; escapes in keys are rare and left as they are
				}
			}
			continue
		}
		switch c {
		case '"':
			inStr = true
			if depth == 1 && valStart < 0 {
				keyStart = i
			}
		case ':':
			if depth == 1 && key != "" && valStart < 0 {
				valStart = i + 1
			}
		case '{', '[':
			depth++
		case '}', ']':
			depth--
			if depth == 0 {
				if valStart >= 0 {
					out[key] = strings.TrimSpace(s[valStart:i])
				}
				return out
			}
		case ',':
			if depth == 1 && valStart >= 0 {
				out[key] = strings.TrimSpace(s[valStart:i])
				keyStart, key, valStart = -1, "", -1
			}
		}
	}
	if valStart >= 0 && valStart <= len(s) {
		out[key] = strings.TrimSpace(s[valStart:]) // cut short inside a value
	}
	return out
}
