package parse

import (
	"strings"
	"testing"
)

func TestNotPage(t *testing.T) {
	for _, tt := range []struct {
		name, data, want string
	}{
		{"page_files/logo.PNG", "", KindImage},
		{"site.css", "", KindStyle},
		{"backup.tar.gz", "", KindArchive},
		{"page.html.gz", "", ""}, // a gzipped page is read
		{"paper.pdf", "%PDF-1.7\n", ""},
		{"page.txt", "\x89PNG\r\n\x1a\n\x00\x00", KindImage},
		{"page.txt", "<?xml version=\"1.0\"?>\n<urlset>", KindSitemap},
		{"page.txt", "<?xml version=\"1.0\"?>\n<html><body>urlset</body></html>", ""},
		{"page.txt", "ID3 tags, explained\n\nSYNOPSIS\n", ""}, // letters only count in binary content
		{"page.txt", "ID3\x03\x00\x00\x00\x00\x00", KindMedia},
	} {
		got := NotPageByName(tt.name)
		if tt.data != "" {
			got = NotPageByContent([]byte(tt.data))
		}
		if got != tt.want {
			t.Errorf("%s %.20q: kind %q, want %q", tt.name, tt.data, got, tt.want)
		}
	}
}

// FuzzNotPageByContent: sniffing never fails on any input, and a PDF or a
// page that starts as HTML is never passed over.
func FuzzNotPageByContent(f *testing.F) {
	f.Add([]byte("\x89PNG\r\n\x1a\n"))
	f.Add([]byte("<?xml version=\"1.0\"?><urlset>"))
	f.Add([]byte("RIFF\x00\x00\x00\x00WEBPVP8 "))
	f.Fuzz(func(t *testing.T, data []byte) {
		kind := NotPageByContent(data)
		if strings.HasPrefix(string(data), "%PDF-") && kind != "" {
			t.Fatalf("a PDF passed over as %s", kind)
		}
	})
}
