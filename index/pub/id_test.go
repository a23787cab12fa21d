package pub

import (
	"reflect"
	"testing"
)

// TestContentHashCoversStoredFields: changing any stored field changes the
// hash, so an edited page is rewritten; the sources and the hash itself do
// not, so a new copy of a page is not.
func TestContentHashCoversStoredFields(t *testing.T) {
	base := Document{ID: "CO25041", Title: "T"}
	h := ContentHash(&base)
	v := reflect.ValueOf(&base).Elem()
	for i := range v.NumField() {
		name := v.Type().Field(i).Name
		d := base
		f := reflect.ValueOf(&d).Elem().Field(i)
		switch f.Kind() {
		case reflect.String:
			f.SetString("x")
		case reflect.Slice:
			f.Set(reflect.ValueOf([]string{"x"}))
		case reflect.Struct: // Date
			d.Date = Date{Year: 2025}
		}
		changed := ContentHash(&d) != h
		ignored := name == "Source" || name == "Sources" || name == "ContentHash"
		if changed == ignored {
			t.Errorf("changing %s: hash changed = %v", name, changed)
		}
	}
}

func TestFoldKey(t *testing.T) {
	if got := FoldKey("  Southeast  ASIA and Ångström’s "); got != "southeast asia and angstrom's" {
		t.Errorf("FoldKey = %q", got)
	}
}
func TestIdentifyingCode(t *testing.T) {
	for code, want := range map[string]bool{
		"IP25008": true, "WP12003": true, "NTS12001": true, "co18025": true,
		"": false, "12": false, "2023/31": false, "No. 5": false, "A12": false,
	} {
		if got := IdentifyingCode(code); got != want {
			t.Errorf("IdentifyingCode(%q) = %v, want %v", code, got, want)
		}
	}
}
